import { BooleanInput, DataTable, List, ReferenceInput, SearchInput, SelectInput, TextInput, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import { CultivationTier, INDUSTRY_SECTIONS, industryLabel, SizeClass } from "@qifu/domain";
import { ListEmpty, TransferListActions } from "@qifu/ui/admin";
import { formatNumber, formatWan } from "@qifu/ui";
import type { TEnterprise } from "../schemas";
import { useLang, type TLang } from "./i18n";
import { useRpc } from "./rpc";
import { SizeChip, TierChip } from "./parts";

function filters(lang: TLang, search: string) {
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={search} sx={{ minWidth: 280 }} />,
    // the server lists only the towns in the caller's scope
    <ReferenceInput key="townId" source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100} alwaysOn>
      <SelectInput
        optionText={(t: { name: string; nameEn?: string }) => (lang === "en" && t.nameEn ? t.nameEn : t.name)}
        label="resources.enterprises.fields.townId"
        sx={{ minWidth: 140 }}
      />
    </ReferenceInput>,
    <SelectInput
      key="industrySection"
      source="industrySection"
      choices={INDUSTRY_SECTIONS.map((s) => ({ id: s.code, name: `${s.code} ${s.name[lang]}` }))}
      alwaysOn
      sx={{ minWidth: 170 }}
    />,
    <SelectInput key="sizeClass" source="sizeClass" choices={SizeClass.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <SelectInput key="tier" source="tier" choices={CultivationTier.choices(lang)} alwaysOn sx={{ minWidth: 170 }} />,
    <TextInput key="tag" source="tag" sx={{ minWidth: 120 }} />,
    <BooleanInput key="claimed" source="claimed" />,
  ];
}

/** Export the list as filtered and sorted on screen; import with the per-row report. */
function Actions() {
  return <TransferListActions resource="enterprises" messages="enterprises" procedures={useRpc().enterprises} />;
}

const listEmpty = (
  <ListEmpty
    title="enterprises.empty_title"
    description="enterprises.empty_description"
    filteredTitle="enterprises.empty_filtered"
    createLabel="enterprises.create_first"
  />
);

const muted = (text: string) => (
  <Box component="span" sx={{ color: "text.disabled" }}>
    {text}
  </Box>
);

export function EnterpriseList() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <List
      exporter={false}
      filters={filters(lang, translate("enterprises.search"))}
      actions={<Actions />}
      sort={{ field: "updatedAt", order: "DESC" }}
      perPage={25}
      empty={listEmpty}
    >
      <DataTable rowClick="show" bulkActionButtons={false} empty={listEmpty} sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
        <DataTable.Col
          source="name"
          render={(r: TEnterprise) => (
            <Box>
              <Box sx={{ fontWeight: 500 }}>{r.name}</Box>
              <Box sx={{ color: "text.secondary", fontSize: 12, fontFamily: "monospace" }}>{r.creditCode}</Box>
            </Box>
          )}
        />
        <DataTable.Col source="townId" render={(r: TEnterprise) => r.townName ?? "—"} />
        <DataTable.Col
          source="industryCode"
          sx={{ maxWidth: 240 }}
          render={(r: TEnterprise) => (r.industryCode ? industryLabel(r.industryCode, lang) : muted("—"))}
        />
        <DataTable.Col
          source="employees"
          align="right"
          render={(r: TEnterprise) => (r.employees == null ? muted("—") : formatNumber(r.employees, lang))}
        />
        <DataTable.Col
          source="revenueWan"
          label="resources.enterprises.fields.revenue"
          align="right"
          render={(r: TEnterprise) => (r.revenueWan == null ? muted("—") : formatWan(r.revenueWan, lang))}
        />
        <DataTable.Col
          source="sizeClass"
          render={(r: TEnterprise) => <SizeChip size={r.sizeClass} lang={lang} none={translate("enterprises.size_none")} />}
        />
        <DataTable.Col source="tier" render={(r: TEnterprise) => <TierChip tier={r.tier} lang={lang} />} />
        <DataTable.Col
          source="accountCount"
          disableSort
          render={(r: TEnterprise) =>
            r.accountCount ? translate("enterprises.accounts_some") : muted(translate("enterprises.accounts_none"))
          }
        />
      </DataTable>
    </List>
  );
}

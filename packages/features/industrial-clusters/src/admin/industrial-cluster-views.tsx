import { CreateButton, DataTable, FilterButton, List, ReferenceInput, SearchInput, SelectInput, TopToolbar, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, ListEmpty, useLang, useTownOptionText } from "@qifu/ui/admin";
import { IndustrialClusterStatus, KeyChain, type TIndustrialCluster, type TIndustrialClusterStatus } from "../schemas";
import { IndustrialClusterInputs, linksForApi } from "./industrial-cluster-inputs";

export const CLUSTER_TONE: Record<TIndustrialClusterStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

/** "2 处缺链" in red, or a calm "—". */
export function GapChip({ n }: { n: number }) {
  const translate = useTranslate();
  return n > 0 ? <StatusChip label={`${n} · ${translate("industrialClusters.gaps")}`} tone="danger" /> : <>—</>;
}

export function IndustrialClusterList() {
  const lang = useLang();
  const translate = useTranslate();
  const townText = useTownOptionText();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate("industrialClusters.search")} sx={{ minWidth: 220 }} />,
    <SelectInput key="chain" source="chain" choices={KeyChain.choices(lang)} alwaysOn sx={{ minWidth: 140 }} />,
    <SelectInput key="status" source="status" choices={IndustrialClusterStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <ReferenceInput key="townId" source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
      <SelectInput optionText={townText} label="resources.industrialClusters.fields.townId" />
    </ReferenceInput>,
  ];
  return (
    <List
      exporter={false}
      filters={filters}
      actions={<TopToolbar><FilterButton /><CreateButton /></TopToolbar>}
      sort={{ field: "updatedAt", order: "DESC" }}
      empty={<ListEmpty title="industrialClusters.empty_title" description="industrialClusters.empty_description" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false} sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
        <DataTable.Col source="name" render={(r: TIndustrialCluster) => <Box sx={{ fontWeight: 500, maxWidth: 300 }}>{r.name}</Box>} />
        <DataTable.Col source="chain" render={(r: TIndustrialCluster) => KeyChain.label(r.chain, lang)} />
        <DataTable.Col source="townId" render={(r: TIndustrialCluster) => (lang === "en" && r.townNameEn) || r.townName} />
        <DataTable.Col source="leadUnit" disableSort render={(r: TIndustrialCluster) => <Box sx={{ maxWidth: 220 }}>{r.leadUnit}</Box>} />
        <DataTable.NumberCol source="memberCount" disableSort />
        <DataTable.Col source="gapCount" disableSort render={(r: TIndustrialCluster) => <GapChip n={r.gapCount} />} />
        <DataTable.Col source="establishedOn" render={(r: TIndustrialCluster) => formatDate(r.establishedOn, lang)} />
        <DataTable.Col source="status" render={(r: TIndustrialCluster) => <StatusChip label={IndustrialClusterStatus.label(r.status, lang)} tone={CLUSTER_TONE[r.status]} />} />
      </DataTable>
    </List>
  );
}

export function IndustrialClusterCreate() {
  return (
    <CreatePage transform={linksForApi}>
      <IndustrialClusterInputs />
    </CreatePage>
  );
}

export function IndustrialClusterEdit() {
  return (
    <EditPage transform={linksForApi}>
      <IndustrialClusterInputs />
    </EditPage>
  );
}

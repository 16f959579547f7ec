import { CreateButton, DataTable, List, SearchInput, SelectInput, TopToolbar, useTranslate } from "react-admin";
import { StatusChip, type StatusTone } from "@qifu/ui";
import { CardLine, CreatePage, EditPage, ListEmpty, ListExportButton, ResponsiveDataTable, useEditRowClick, useLang } from "@qifu/ui/admin";
import { ExpertAvailability, type TExpert, type TExpertAvailability } from "../schemas";
import { ExpertInputs } from "./expert-inputs";
import { useRpc } from "./rpc";

const TONE: Record<TExpertAvailability, StatusTone> = { AVAILABLE: "success", LIMITED: "warning", UNAVAILABLE: "default" };

function AvailabilityChip({ r }: { r: TExpert }) {
  const lang = useLang();
  return <StatusChip label={ExpertAvailability.label(r.availability, lang)} tone={TONE[r.availability]} />;
}

export function ExpertList() {
  const rpc = useRpc();
  const lang = useLang();
  const translate = useTranslate();
  const rowClick = useEditRowClick("experts");
  return (
    <List
      exporter={false}
      filters={[
        <SearchInput key="q" source="q" alwaysOn placeholder={translate("experts.search")} sx={{ minWidth: 220 }} />,
        <SelectInput key="availability" source="availability" choices={ExpertAvailability.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
      ]}
      actions={
        <TopToolbar>
          <ListExportButton run={(input) => rpc.experts.export.query(input)} />
          <CreateButton />
        </TopToolbar>
      }
      sort={{ field: "name", order: "ASC" }}
      empty={<ListEmpty title="experts.empty_title" description="experts.empty_description" />}
    >
      <ResponsiveDataTable<TExpert>
        rowClick={rowClick}
        card={{
          primary: (r) => `${r.name}${r.title ? ` · ${r.title}` : ""}`,
          secondary: (r) => (
            <CardLine>
              <span>{r.field}</span>
              <span>{r.employer ?? ""}</span>
            </CardLine>
          ),
          tertiary: (r) => ExpertAvailability.label(r.availability, lang),
        }}
      >
        <DataTable.Col source="name" />
        <DataTable.Col source="field" />
        <DataTable.Col source="title" disableSort render={(r: TExpert) => r.title ?? "—"} />
        <DataTable.Col source="employer" disableSort render={(r: TExpert) => r.employer ?? "—"} />
        <DataTable.Col source="availability" render={(r: TExpert) => <AvailabilityChip r={r} />} />
        <DataTable.Col
          source="nodeLinks"
          disableSort
          render={(r: TExpert) => (r.nodeLinks.length ? r.nodeLinks.map((l) => l.nodeName).join("、") : "—")}
        />
        <DataTable.Col source="userId" disableSort render={(r: TExpert) => r.username ?? "—"} />
      </ResponsiveDataTable>
    </List>
  );
}

export function ExpertCreate() {
  return (
    <CreatePage redirect="list">
      <ExpertInputs />
    </CreatePage>
  );
}

export function ExpertEdit() {
  return (
    <EditPage redirect="list">
      <ExpertInputs />
    </EditPage>
  );
}

import { CheckboxGroupInput, DataTable, List, SelectInput, TextInput, TopToolbar, CreateButton, required, useTranslate } from "react-admin";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import { ServiceCategory } from "@qifu/domain";
import { CreatePage, EditPage, ListEmpty, ResponsiveDataTable, useLang, useRole } from "@qifu/ui/admin";
import { CultivationLevel, StageProgramme, type TStageServiceRow } from "../schemas";

function Chips({ labels }: { labels: string[] }) {
  return (
    <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
      {labels.length ? labels.map((l) => <Chip key={l} label={l} size="small" variant="outlined" />) : "—"}
    </Box>
  );
}

/** 阶段服务: per level, the catalogue categories and programmes its holders are pointed to. */
export function StageServiceList() {
  const lang = useLang();
  const role = useRole();
  const translate = useTranslate();
  const categories = (r: TStageServiceRow) => r.categories.map((c) => ServiceCategory.label(c, lang));
  const programmes = (r: TStageServiceRow) => r.programmes.map((p) => StageProgramme.label(p, lang));
  return (
    <List
      exporter={false}
      pagination={false}
      actions={<TopToolbar>{role === "DISTRICT_ADMIN" && <CreateButton />}</TopToolbar>}
      empty={<ListEmpty title="cultivation.empty_stage_services" />}
    >
      <Alert severity="info" sx={{ m: 1 }}>
        {translate("cultivation.stage_services_hint")}
      </Alert>
      <ResponsiveDataTable<TStageServiceRow>
        rowClick={role === "DISTRICT_ADMIN" ? "edit" : false}
        card={{
          primary: (r) => CultivationLevel.label(r.level, lang),
          secondary: (r) => <Chips labels={[...categories(r), ...programmes(r)]} />,
        }}
      >
        <DataTable.Col source="level" render={(r: TStageServiceRow) => CultivationLevel.label(r.level, lang)} />
        <DataTable.Col source="categories" disableSort render={(r: TStageServiceRow) => <Chips labels={categories(r)} />} />
        <DataTable.Col source="programmes" disableSort render={(r: TStageServiceRow) => <Chips labels={programmes(r)} />} />
        <DataTable.Col source="note" disableSort />
      </ResponsiveDataTable>
    </List>
  );
}

function StageInputs() {
  const lang = useLang();
  return (
    <>
      <CheckboxGroupInput source="categories" choices={ServiceCategory.choices(lang)} row />
      <CheckboxGroupInput source="programmes" choices={StageProgramme.choices(lang)} row />
      <TextInput source="note" multiline fullWidth />
    </>
  );
}

export function StageServiceCreate() {
  const lang = useLang();
  return (
    <CreatePage redirect="list" defaultValues={{ categories: [], programmes: [] }}>
      <SelectInput source="level" choices={CultivationLevel.choices(lang)} validate={required()} fullWidth />
      <StageInputs />
    </CreatePage>
  );
}

export function StageServiceEdit() {
  const lang = useLang();
  return (
    <EditPage redirect="list">
      <SelectInput source="level" choices={CultivationLevel.choices(lang)} disabled fullWidth />
      <StageInputs />
    </EditPage>
  );
}

import { CreateButton, DataTable, List, NumberInput, SelectInput, TextInput, required, useTranslate } from "react-admin";
import Alert from "@mui/material/Alert";
import { TownKind } from "@qifu/domain";
import { EmptyState } from "@qifu/ui";
import type { TTown } from "../schemas";
import { formPagesOf } from "@qifu/ui/admin";
import { useLang } from "./i18n";
import { FormSection, useEditRowClick } from "./layout";
import { TownBoundariesCard } from "./town-boundaries";

export function TownList() {
  const lang = useLang();
  const translate = useTranslate();
  // Non-district staff get a read-only list: no row click into an edit form they cannot save.
  const rowClick = useEditRowClick("towns");
  return (
    <List
      exporter={false}
      sort={{ field: "sortOrder", order: "ASC" }}
      perPage={50}
      pagination={false}
      empty={<EmptyState title={translate("network.towns.empty_title")} action={<CreateButton variant="contained" />} />}
    >
      {rowClick === false && (
        <Alert severity="info" sx={{ m: 2, mb: 0 }}>
          {translate("network.towns.readonly_hint")}
        </Alert>
      )}
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <DataTable.NumberCol source="sortOrder" sx={{ width: 96, whiteSpace: "nowrap" }} />
        <DataTable.Col source="name" />
        <DataTable.Col source="nameEn" disableSort />
        <DataTable.Col source="code" />
        <DataTable.Col source="kind" render={(r: TTown) => TownKind.label(r.kind, lang)} />
      </DataTable>
      {rowClick !== false && <TownBoundariesCard />}
    </List>
  );
}

function TownInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <FormSection title={translate("network.nodes.section_basic")}>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="nameEn" fullWidth />
      <TextInput source="code" validate={required()} fullWidth />
      <SelectInput source="kind" choices={TownKind.choices(lang)} validate={required()} fullWidth />
      <NumberInput source="sortOrder" min={0} step={1} defaultValue={0} fullWidth />
    </FormSection>
  );
}

export const { Create: TownCreate, Edit: TownEdit } = formPagesOf(TownInputs, { redirect: "list", maxWidth: 800 });

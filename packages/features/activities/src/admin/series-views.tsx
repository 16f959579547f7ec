import { BooleanInput, DataTable, List, NumberInput, TextInput, required, useTranslate } from "react-admin";
import { FormSection } from "@qifu/ui";
import { formPagesOf, ListEmpty, ResponsiveDataTable, useEditRowClick } from "@qifu/ui/admin";
import type { TSeries } from "../schemas";

/** The district's series of activities (data, not code). */
export function SeriesList() {
  const rowClick = useEditRowClick("activitySeries");
  return (
    <List
      exporter={false}
      sort={{ field: "sortOrder", order: "ASC" }}
      empty={<ListEmpty title="activities.series_empty_title" description="activities.series_empty_description" />}
    >
      <ResponsiveDataTable<TSeries>
        rowClick={rowClick}
        card={{ primary: (r) => r.name, secondary: (r) => r.nameEn, tertiary: (r) => String(r.activityCount) }}
      >
        <DataTable.Col source="sortOrder" />
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="nameEn" disableSort />
        <DataTable.Col source="activityCount" disableSort />
        <DataTable.Col source="active" disableSort render={(r: TSeries) => (r.active ? "✓" : "—")} />
      </ResponsiveDataTable>
    </List>
  );
}

function SeriesInputs() {
  const translate = useTranslate();
  return (
    <FormSection title={translate("activities.section_basic")}>
      <TextInput source="code" validate={required()} fullWidth />
      <NumberInput source="sortOrder" defaultValue={0} fullWidth />
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="nameEn" validate={required()} fullWidth />
      <TextInput source="description" multiline fullWidth className="span-all" />
      <BooleanInput source="active" defaultValue />
    </FormSection>
  );
}

export const { Create: SeriesCreate, Edit: SeriesEdit } = formPagesOf(SeriesInputs, { redirect: "list" });

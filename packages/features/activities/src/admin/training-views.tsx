import { DataTable, List, SelectInput, TextInput, required, useTranslate } from "react-admin";
import { FormSection, formatFen } from "@qifu/ui";
import { CardLine, FenInput, formPagesOf, ListEmpty, NodeInput, ResponsiveDataTable, useEditRowClick, useLang } from "@qifu/ui/admin";
import { TrainingProviderKind, type TTraining } from "../schemas";

const used = (r: TTraining) => (r.budgetFen ? `${Math.round((r.spentFen / r.budgetFen) * 100)}%` : "—");

/** Trainings bought from colleges and third parties: contract, budget and spend, sessions, trainees. */
export function TrainingList() {
  const lang = useLang();
  const rowClick = useEditRowClick("trainings");
  return (
    <List
      exporter={false}
      filters={[
        <SelectInput
          key="providerKind"
          source="providerKind"
          choices={TrainingProviderKind.choices(lang)}
          alwaysOn
          sx={{ minWidth: 140 }}
        />,
      ]}
      sort={{ field: "updatedAt", order: "DESC" }}
      empty={<ListEmpty title="activities.trainings_empty_title" description="activities.trainings_empty_description" />}
    >
      <ResponsiveDataTable<TTraining>
        rowClick={rowClick}
        card={{
          primary: (r) => r.title,
          secondary: (r) => (
            <CardLine>
              <span>{r.provider}</span>
              <span>{r.contractNo}</span>
            </CardLine>
          ),
          tertiary: (r) => `${formatFen(r.spentFen, lang)} / ${formatFen(r.budgetFen, lang)}`,
        }}
      >
        <DataTable.Col source="title" />
        <DataTable.Col
          source="provider"
          render={(r: TTraining) => `${r.provider}（${TrainingProviderKind.label(r.providerKind, lang)}）`}
        />
        <DataTable.Col source="contractNo" disableSort />
        <DataTable.Col source="budgetFen" render={(r: TTraining) => formatFen(r.budgetFen, lang)} />
        <DataTable.Col source="spentFen" disableSort render={(r: TTraining) => `${formatFen(r.spentFen, lang)}（${used(r)}）`} />
        <DataTable.Col source="sessions" disableSort />
        <DataTable.Col source="trainees" disableSort />
        <DataTable.Col source="attendances" disableSort />
        <DataTable.Col source="nodeId" disableSort render={(r: TTraining) => r.nodeName} />
      </ResponsiveDataTable>
    </List>
  );
}

function TrainingInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <FormSection title={translate("activities.section_basic")}>
      <TextInput source="title" validate={required()} fullWidth className="span-all" />
      <SelectInput source="providerKind" choices={TrainingProviderKind.choices(lang)} validate={required()} fullWidth />
      <TextInput source="provider" validate={required()} fullWidth />
      <TextInput source="contractNo" validate={required()} fullWidth />
      <NodeInput resource="trainings" />
      <FenInput source="budgetFen" validate={required()} fullWidth />
      <FenInput source="spentFen" fullWidth />
      <TextInput source="description" multiline fullWidth className="span-all" />
    </FormSection>
  );
}

export const { Create: TrainingCreate, Edit: TrainingEdit } = formPagesOf(TrainingInputs, { redirect: "list" });

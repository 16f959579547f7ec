import {
  CreateButton,
  DataTable,
  List,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  required,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { EmptyState, FormSection, formatNumber } from "@qifu/ui";
import { formPagesOf, pick, useEditRowClick, useLang, useTownOptionText, type TLang } from "@qifu/ui/admin";
import { api, useRpcQuery } from "./rpc";
import type { TTarget } from "../schemas";
import { shanghaiYear } from "@qifu/domain";

type TTargetRow = TTarget;

/** The metrics a target can measure, as choices; they come from the features installed on the server. */
function useMetricChoices(lang: TLang) {
  const { data, isPending } = useRpcQuery(api.targets.metrics);
  const metrics = data ?? [];
  return { metrics, isPending, choices: metrics.map((m) => ({ id: m.key, name: pick(m.label, lang) })) };
}

/** "2027 累计链接服务平台" in the current language, for page titles. */
export function TargetRepresentation() {
  const record = useRecordContext<TTargetRow>();
  const lang = useLang();
  return record ? <>{`${record.year} ${pick(record.metricLabel, lang)}`}</> : null;
}

export function TargetList() {
  const lang = useLang();
  const translate = useTranslate();
  const townOptionText = useTownOptionText();
  const { metrics, choices } = useMetricChoices(lang);
  const rowClick = useEditRowClick("targets");
  const unitOf = (key: string) => pick(metrics.find((m) => m.key === key)?.unit, lang);
  const filters = [
    <NumberInput key="year" source="year" alwaysOn sx={{ width: 120 }} />,
    <SelectInput key="metricKey" source="metricKey" choices={choices} alwaysOn sx={{ minWidth: 200 }} />,
    <ReferenceInput key="townId" source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100} alwaysOn>
      <SelectInput optionText={townOptionText} label="resources.targets.fields.townName" sx={{ minWidth: 150 }} />
    </ReferenceInput>,
  ];
  return (
    <List
      exporter={false}
      filters={filters}
      sort={{ field: "year", order: "ASC" }}
      empty={
        <EmptyState
          title={translate("targets.empty_title")}
          description={translate("targets.empty_description")}
          action={<CreateButton variant="contained" />}
        />
      }
    >
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <DataTable.Col
          source="metricKey"
          label="resources.targets.fields.metricLabel"
          render={(r: TTargetRow) => pick(r.metricLabel, lang)}
        />
        <DataTable.Col source="townName" disableSort render={(r: TTargetRow) => r.townName ?? translate("targets.scope_district")} />
        <DataTable.NumberCol source="year" options={{ useGrouping: false }} />
        <DataTable.Col
          source="value"
          align="right"
          render={(r: TTargetRow) => `${formatNumber(r.value, lang)} ${unitOf(r.metricKey)}`.trim()}
        />
        <DataTable.Col source="source" disableSort render={(r: TTargetRow) => r.source ?? ""} />
        <DataTable.Col source="note" disableSort render={(r: TTargetRow) => r.note ?? ""} />
      </DataTable>
    </List>
  );
}

function TargetInputs() {
  const lang = useLang();
  const translate = useTranslate();
  const townOptionText = useTownOptionText();
  const { choices, isPending } = useMetricChoices(lang);
  return (
    <FormSection title={translate("targets.section_basic")}>
      <SelectInput source="metricKey" choices={choices} isPending={isPending} validate={required()} fullWidth className="span-all" />
      <ReferenceInput source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
        <SelectInput
          optionText={townOptionText}
          label="resources.targets.fields.townId"
          emptyText="targets.scope_district"
          helperText={translate("targets.scope_hint")}
          fullWidth
        />
      </ReferenceInput>
      <NumberInput
        source="year"
        validate={[required(), minValue(2020), maxValue(2100)]}
        defaultValue={shanghaiYear(new Date())}
        fullWidth
      />
      <NumberInput source="value" validate={[required(), minValue(0)]} fullWidth />
      {/* 依据: the plan or notice the target comes from, shown beside it on the board */}
      <TextInput source="source" fullWidth className="span-all" />
      <TextInput source="note" multiline minRows={2} fullWidth className="span-all" />
    </FormSection>
  );
}

export const { Create: TargetCreate, Edit: TargetEdit } = formPagesOf(TargetInputs, { redirect: "list", maxWidth: 800 });

import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useTranslate,
} from "react-admin";
import { useWatch } from "react-hook-form";
import Alert from "@mui/material/Alert";
import { FormSection } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import { NodeKind, round2 } from "@qifu/domain";
import { IndicatorKind, RuleKind, SchemeStatus, SubjectKind, type TSchemeDefinition } from "../schemas";
import { api, useRpcQuery } from "./rpc";

const F = "resources.evaluationSchemes.fields.definition.dimensions";

/** The weights' total as the district types (the server refuses anything but 100). */
function WeightTotal() {
  const translate = useTranslate();
  const def = useWatch({ name: "definition" }) as Partial<TSchemeDefinition> | undefined;
  const total = round2((def?.dimensions ?? []).flatMap((d) => d?.indicators ?? []).reduce((a, i) => a + (Number(i?.weight) || 0), 0));
  return (
    <Alert severity={total === 100 ? "success" : "warning"} sx={{ mb: 1 }} data-testid="weight-total">
      {total === 100 ? translate("evaluation.weight_ok") : translate("evaluation.weight_total", { total })}
    </Alert>
  );
}

/** One indicator's own inputs: a metric and rule when computed, a maximum and rubric when scored by experts. */
function IndicatorKindInputs({ kind, ruleKind }: { kind?: string; ruleKind?: string }) {
  const lang = useLang();
  const metrics = useRpcQuery(api.evaluationSchemes.metrics, undefined);
  // nodes are scored only on the metrics computed per node (the server refuses the others)
  const forNodes = useWatch({ name: "subjectKind" }) !== "TOWN";
  const metricChoices = (metrics.data ?? [])
    .filter((m) => m.nodes || !forNodes)
    .map((m) => ({ id: m.key, name: `${m.label[lang]}（${m.unit[lang]}）` }));
  if (kind === "COMPUTED")
    return (
      <>
        <SelectInput
          source="metricKey"
          choices={metricChoices}
          validate={required()}
          label={`${F}.indicators.metricKey`}
          isLoading={metrics.isLoading}
        />
        <SelectInput
          source="rule.kind"
          choices={RuleKind.choices(lang)}
          validate={required()}
          label={`${F}.indicators.rule.kind`}
          defaultValue="LINEAR"
        />
        {ruleKind === "LINEAR" && (
          <>
            <NumberInput source="rule.floor" validate={required()} label={`${F}.indicators.rule.floor`} />
            <NumberInput source="rule.target" validate={required()} label={`${F}.indicators.rule.target`} />
          </>
        )}
        {ruleKind === "THRESHOLDS" && (
          <ArrayInput source="rule.steps" label={`${F}.indicators.rule.steps`}>
            <SimpleFormIterator inline disableReordering>
              <NumberInput source="min" validate={required()} label={`${F}.indicators.rule.steps.min`} />
              <NumberInput source="share" validate={required()} min={0} max={1} step={0.1} label={`${F}.indicators.rule.steps.share`} />
            </SimpleFormIterator>
          </ArrayInput>
        )}
        {ruleKind === "RANK" && <BooleanInput source="rule.higherIsBetter" defaultValue label={`${F}.indicators.rule.higherIsBetter`} />}
      </>
    );
  if (kind === "EXPERT")
    return (
      <>
        <NumberInput source="maxScore" validate={required()} defaultValue={10} label={`${F}.indicators.maxScore`} />
        <TextInput source="rubric" validate={required()} multiline sx={{ minWidth: 260 }} label={`${F}.indicators.rubric`} />
        <TextInput source="evidence" fullWidth label={`${F}.indicators.evidence`} />
      </>
    );
  return null;
}

/** The scheme editor: basics, then dimensions → indicators with the weights' total live, then the star thresholds. */
export function SchemeInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <>
      <FormSection title={translate("evaluation.section_basic")}>
        <TextInput source="name" validate={required()} fullWidth />
        <SelectInput source="status" choices={SchemeStatus.choices(lang)} defaultValue="DRAFT" validate={required()} fullWidth />
        <SelectInput source="subjectKind" choices={SubjectKind.choices(lang)} defaultValue="TOWN" validate={required()} fullWidth />
        <FormDataConsumer>
          {({ formData }) =>
            formData.subjectKind === "NODE" ? (
              <SelectInput source="nodeKind" choices={NodeKind.choices(lang)} emptyText="—" fullWidth />
            ) : null
          }
        </FormDataConsumer>
        <TextInput source="description" multiline fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("evaluation.section_indicators")} hint={translate("evaluation.version_note")} columns={1}>
        <WeightTotal />
        <ArrayInput source="definition.dimensions" label={false}>
          <SimpleFormIterator
            disableReordering
            fullWidth
            sx={{ "& .RaSimpleFormIterator-line": { borderBottom: "1px solid", borderColor: "divider", pb: 1 } }}
          >
            <TextInput source="name" validate={required()} label={`${F}.name`} />
            <ArrayInput source="indicators" label={`${F}.indicators`}>
              <SimpleFormIterator inline disableReordering>
                <TextInput source="key" validate={required()} label={`${F}.indicators.key`} sx={{ minWidth: 120 }} />
                <TextInput source="name" validate={required()} label={`${F}.indicators.name`} />
                <NumberInput
                  source="weight"
                  validate={required()}
                  min={0}
                  max={100}
                  label={`${F}.indicators.weight`}
                  sx={{ minWidth: 90 }}
                />
                <SelectInput
                  source="kind"
                  choices={IndicatorKind.choices(lang)}
                  validate={required()}
                  defaultValue="EXPERT"
                  label={`${F}.indicators.kind`}
                />
                <FormDataConsumer>
                  {({ scopedFormData }) => <IndicatorKindInputs kind={scopedFormData?.kind} ruleKind={scopedFormData?.rule?.kind} />}
                </FormDataConsumer>
              </SimpleFormIterator>
            </ArrayInput>
          </SimpleFormIterator>
        </ArrayInput>
      </FormSection>
      <FormSection title={translate("evaluation.section_stars")} columns={1}>
        <ArrayInput source="starThresholds" label={false}>
          <SimpleFormIterator inline disableReordering>
            <NumberInput
              source="stars"
              min={2}
              max={5}
              validate={required()}
              label="resources.evaluationSchemes.fields.starThresholds.stars"
            />
            <NumberInput
              source="min"
              min={0}
              max={100}
              validate={required()}
              label="resources.evaluationSchemes.fields.starThresholds.min"
            />
          </SimpleFormIterator>
        </ArrayInput>
      </FormSection>
    </>
  );
}

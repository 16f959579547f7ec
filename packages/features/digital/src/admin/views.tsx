import { useState } from "react";
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DataTable,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useRefresh,
  useTranslate,
  useNotify,
} from "react-admin";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import MuiTextField from "@mui/material/TextField";
import { formatFen, messageOf, StatusChip } from "@qifu/ui";
import { CardLine, FeatureList, FenInput, formPagesOf, ResponsiveDataTable, useLang, useRole } from "@qifu/ui/admin";
import {
  ContactStatus,
  DigitalDimension,
  DigitalIndustry,
  DigitalScenario,
  LEVEL_LABELS,
  NeedStatus,
  SolutionStatus,
  Timeline,
  type TBenchmark,
  type TContact,
  type TDiagnosis,
  type TIndicator,
  type TIndicatorSet,
  type TNeed,
  type TSolution,
} from "../schemas";
import { api, useRpc, useRpcMutation } from "./rpc";

/** A small dialog of text fields for a workflow step (review note, outcome). */
function StepDialog({
  title,
  fields,
  onSave,
  onClose,
}: {
  title: string;
  fields: { key: string; label: string; type?: string; required?: boolean }[];
  onSave: (values: Record<string, string>) => Promise<unknown>;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const lang = useLang();
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const ready = fields.every((f) => !f.required || (values[f.key] ?? "").trim().length > 0);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" onClick={(e) => e.stopPropagation()}>
      <DialogContent sx={{ display: "grid", gap: 2, pt: 3 }}>
        <Box sx={{ fontWeight: 600 }}>{title}</Box>
        {fields.map((f) => (
          <MuiTextField
            key={f.key}
            label={f.label}
            type={f.type ?? "text"}
            required={f.required}
            InputLabelProps={f.type === "date" ? { shrink: true } : undefined}
            value={values[f.key] ?? ""}
            onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
          />
        ))}
        {error !== null && <Alert severity="error">{messageOf(error, lang)}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("digital.cancel")}</Button>
        <Button variant="contained" disabled={!ready} onClick={() => onSave(values).then(onClose, setError)}>
          {translate("digital.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

// ── indicator sets and indicators (the district edits the placeholders) ─────────
export function SetList() {
  const lang = useLang();
  return (
    <FeatureList search={false} create emptyTitle="digital.empty" emptyHint="digital.empty_hint">
      <Alert severity="info" sx={{ m: 1 }}>
        {useTranslate()("digital.placeholder_hint")}
      </Alert>
      <ResponsiveDataTable<TIndicatorSet> card={{ primary: (r) => r.name, secondary: (r) => `${r.edition} · ${r.indicatorCount}` }}>
        <DataTable.Col source="name" />
        <DataTable.Col source="industry" render={(r: TIndicatorSet) => DigitalIndustry.label(r.industry, lang)} />
        <DataTable.Col source="edition" />
        <DataTable.Col source="indicatorCount" disableSort />
        <DataTable.Col
          source="level1Min"
          disableSort
          render={(r: TIndicatorSet) => `${r.level1Min} / ${r.level2Min} / ${r.level3Min} / ${r.level4Min}`}
        />
        <DataTable.Col
          source="thresholdsPlaceholder"
          disableSort
          render={(r: TIndicatorSet) =>
            r.thresholdsPlaceholder ? <StatusChip label={lang === "zh" ? "待确认" : "To confirm"} tone="warning" /> : "—"
          }
        />
        <DataTable.Col source="active" disableSort render={(r: TIndicatorSet) => (r.active ? "✓" : "—")} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}
function SetInputs() {
  const lang = useLang();
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="industry" choices={DigitalIndustry.choices(lang)} validate={required()} />
      <TextInput source="edition" validate={required()} />
      <TextInput source="source" validate={required()} fullWidth />
      <NumberInput source="level1Min" validate={required()} />
      <NumberInput source="level2Min" validate={required()} />
      <NumberInput source="level3Min" validate={required()} />
      <NumberInput source="level4Min" validate={required()} />
      <BooleanInput source="thresholdsPlaceholder" />
      <BooleanInput source="active" />
    </>
  );
}
export const { Create: SetCreate, Edit: SetEdit } = formPagesOf(SetInputs, { redirect: "list" });

export function IndicatorList() {
  const lang = useLang();
  return (
    <FeatureList
      search={false}
      filters={[
        <ReferenceInput key="setId" source="setId" reference="digitalSets" alwaysOn>
          <SelectInput optionText="name" />
        </ReferenceInput>,
        <SelectInput key="dimension" source="dimension" choices={DigitalDimension.choices(lang)} alwaysOn />,
      ]}
      perPage={50}
      emptyTitle="digital.empty"
      emptyHint="digital.empty_hint"
    >
      <ResponsiveDataTable<TIndicator> card={{ primary: (r) => `${r.code} ${r.name}`, secondary: (r) => r.question }}>
        <DataTable.Col source="code" />
        <DataTable.Col source="dimension" render={(r: TIndicator) => DigitalDimension.label(r.dimension, lang)} />
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="question" disableSort />
        <DataTable.Col source="scenario" disableSort render={(r: TIndicator) => DigitalScenario.label(r.scenario, lang)} />
        <DataTable.Col source="options" disableSort render={(r: TIndicator) => r.options.map((o) => o.points).join(" / ")} />
        <DataTable.Col source="maxPoints" disableSort />
        <DataTable.Col
          source="placeholder"
          disableSort
          render={(r: TIndicator) => (r.placeholder ? <StatusChip label={lang === "zh" ? "待确认" : "To confirm"} tone="warning" /> : "—")}
        />
      </ResponsiveDataTable>
    </FeatureList>
  );
}
function IndicatorInputs({ creating }: { creating: boolean }) {
  const lang = useLang();
  return (
    <>
      {creating && (
        <ReferenceInput source="setId" reference="digitalSets">
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
      )}
      <SelectInput source="dimension" choices={DigitalDimension.choices(lang)} validate={required()} />
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="question" validate={required()} fullWidth multiline />
      <SelectInput source="scenario" choices={DigitalScenario.choices(lang)} validate={required()} />
      <ArrayInput source="options">
        <SimpleFormIterator inline>
          <TextInput source="label" validate={required()} />
          <NumberInput source="points" validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      <NumberInput source="sortOrder" />
      <BooleanInput source="placeholder" />
    </>
  );
}
export const { Create: IndicatorCreate, Edit: IndicatorEdit } = formPagesOf(IndicatorInputs, { redirect: "list" });

// ── diagnoses, needs pool ────────────────────────────────────────────────────
export function DiagnosisList() {
  const lang = useLang();
  const rpc = useRpc();
  return (
    <FeatureList
      filters={[
        <SelectInput key="level" source="level" choices={[0, 1, 2, 3, 4].map((l) => ({ id: l, name: LEVEL_LABELS[l][lang] }))} alwaysOn />,
        <SelectInput key="industry" source="industry" choices={DigitalIndustry.choices(lang)} />,
        <SelectInput
          key="status"
          source="status"
          choices={[
            { id: "COMMITTED", name: lang === "zh" ? "已提交" : "Committed" },
            { id: "DRAFT", name: lang === "zh" ? "草稿" : "Draft" },
          ]}
        />,
      ]}
      exportRun={(input) => rpc.digitalDiagnoses.export.query(input)}
      emptyTitle="digital.empty"
      emptyHint="digital.empty_hint"
    >
      <ResponsiveDataTable<TDiagnosis>
        rowClick={false}
        card={{
          primary: (r) => r.enterpriseName,
          secondary: (r) => (
            <CardLine>
              <span>{r.levelLabel?.[lang] ?? (lang === "zh" ? "草稿" : "Draft")}</span>
              <span>{r.score ?? ""}</span>
            </CardLine>
          ),
        }}
      >
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="industry" disableSort render={(r: TDiagnosis) => DigitalIndustry.label(r.industry, lang)} />
        <DataTable.Col source="score" />
        <DataTable.Col
          source="level"
          render={(r: TDiagnosis) =>
            r.levelLabel ? r.levelLabel[lang] : <StatusChip label={lang === "zh" ? "草稿" : "Draft"} tone="default" />
          }
        />
        <DataTable.Col source="weak" disableSort render={(r: TDiagnosis) => r.weak.map((w) => w.name).join("、")} />
        <DataTable.Col source="byNodeName" disableSort />
        <DataTable.Col source="committedAt" render={(r: TDiagnosis) => r.committedAt?.slice(0, 10) ?? "—"} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

export function NeedList() {
  const lang = useLang();
  const rpc = useRpc();
  return (
    <FeatureList
      filters={[
        <SelectInput key="scenario" source="scenario" choices={DigitalScenario.choices(lang)} alwaysOn />,
        <SelectInput key="industry" source="industry" choices={DigitalIndustry.choices(lang)} alwaysOn />,
        <ReferenceInput key="townId" source="townId" reference="towns">
          <SelectInput optionText="name" />
        </ReferenceInput>,
        <SelectInput key="status" source="status" choices={NeedStatus.choices(lang)} />,
      ]}
      exportRun={(input) => rpc.digitalNeeds.export.query(input)}
      emptyTitle="digital.empty"
      emptyHint="digital.empty_hint"
    >
      <ResponsiveDataTable<TNeed>
        rowClick={false}
        card={{ primary: (r) => `${r.enterpriseName} · ${DigitalScenario.label(r.scenario, lang)}`, secondary: (r) => r.text }}
      >
        <DataTable.Col source="postedOn" />
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="industry" disableSort render={(r: TNeed) => DigitalIndustry.label(r.industry, lang)} />
        <DataTable.Col source="scenario" render={(r: TNeed) => DigitalScenario.label(r.scenario, lang)} />
        <DataTable.Col source="text" disableSort />
        <DataTable.Col source="indicatorNames" disableSort render={(r: TNeed) => r.indicatorNames.join("、")} />
        <DataTable.Col source="budgetFen" render={(r: TNeed) => (r.budgetFen === null ? "—" : formatFen(r.budgetFen, lang))} />
        <DataTable.Col source="timeline" disableSort render={(r: TNeed) => Timeline.label(r.timeline, lang)} />
        <DataTable.Col source="contacts" disableSort />
        <DataTable.Col
          source="status"
          render={(r: TNeed) => <StatusChip label={NeedStatus.label(r.status, lang)} tone={r.status === "ADOPTED" ? "success" : "info"} />}
        />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

// ── solutions: providers offer, staff review ─────────────────────────────────
function ReviewButtons({ s }: { s: TSolution }) {
  const translate = useTranslate();
  const role = useRole();
  const refresh = useRefresh();
  const notify = useNotify();
  const lang = useLang();
  const review = useRpcMutation(api.digitalSolutions.review);
  const [open, setOpen] = useState<"REJECT" | "WITHDRAW" | null>(null);
  if (role !== "DISTRICT_ADMIN" && role !== "TOWN_ADMIN") return null;
  return (
    <Box sx={{ display: "flex", gap: 1 }} onClick={(e) => e.stopPropagation()}>
      {s.status !== "PUBLISHED" && (
        <Button
          size="small"
          variant="contained"
          onClick={() =>
            review.mutate(
              { id: s.id, decision: "PUBLISH" },
              { onSuccess: refresh, onError: (e) => notify(messageOf(e, lang), { type: "error" }) },
            )
          }
        >
          {translate("digital.publish")}
        </Button>
      )}
      {s.status === "PENDING" && (
        <Button size="small" color="error" onClick={() => setOpen("REJECT")}>
          {translate("digital.reject")}
        </Button>
      )}
      {s.status === "PUBLISHED" && (
        <Button size="small" color="error" onClick={() => setOpen("WITHDRAW")}>
          {translate("digital.withdraw")}
        </Button>
      )}
      {open && (
        <StepDialog
          title={`${translate(open === "REJECT" ? "digital.reject" : "digital.withdraw")} · ${s.name}`}
          fields={[{ key: "note", label: translate("digital.note"), required: true }]}
          onClose={() => setOpen(null)}
          onSave={(v) => review.mutateAsync({ id: s.id, decision: open, note: v.note }).then(refresh)}
        />
      )}
    </Box>
  );
}
const SOLUTION_TONE = { PENDING: "warning", PUBLISHED: "success", REJECTED: "danger", WITHDRAWN: "default" } as const;
export function SolutionList() {
  const lang = useLang();
  const rpc = useRpc();
  return (
    <FeatureList
      filters={[
        <SelectInput key="scenario" source="scenario" choices={DigitalScenario.choices(lang)} alwaysOn />,
        <SelectInput key="status" source="status" choices={SolutionStatus.choices(lang)} alwaysOn />,
      ]}
      exportRun={(input) => rpc.digitalSolutions.export.query(input)}
      create
      emptyTitle="digital.empty"
      emptyHint="digital.empty_hint"
    >
      <ResponsiveDataTable<TSolution>
        card={{
          primary: (r) => r.name,
          secondary: (r) => (
            <CardLine>
              <span>{r.providerName}</span>
              <StatusChip label={SolutionStatus.label(r.status, lang)} tone={SOLUTION_TONE[r.status]} />
            </CardLine>
          ),
          tertiary: (r) => <ReviewButtons s={r} />,
        }}
      >
        <DataTable.Col source="name" />
        <DataTable.Col source="providerName" disableSort />
        <DataTable.Col source="scenario" render={(r: TSolution) => DigitalScenario.label(r.scenario, lang)} />
        <DataTable.Col
          source="industries"
          disableSort
          render={(r: TSolution) => r.industries.map((i) => DigitalIndustry.label(i, lang)).join("、")}
        />
        <DataTable.Col
          source="price"
          disableSort
          render={(r: TSolution) => `${formatFen(r.priceMinFen, lang)}–${formatFen(r.priceMaxFen, lang)}`}
        />
        <DataTable.Col source="deployDays" />
        <DataTable.Col
          source="status"
          render={(r: TSolution) => <StatusChip label={SolutionStatus.label(r.status, lang)} tone={SOLUTION_TONE[r.status]} />}
        />
        <DataTable.Col source="reviewNote" disableSort />
        <DataTable.Col source="actions" disableSort render={(r: TSolution) => <ReviewButtons s={r} />} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}
function SolutionInputs() {
  const lang = useLang();
  return (
    <>
      <ReferenceInput source="providerNodeId" reference="nodes" sort={{ field: "name", order: "ASC" }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="scenario" choices={DigitalScenario.choices(lang)} validate={required()} />
      <SelectArrayInput source="industries" choices={DigitalIndustry.choices(lang)} validate={required()} />
      <FenInput source="priceMinFen" validate={required()} />
      <FenInput source="priceMaxFen" validate={required()} />
      <NumberInput source="deployDays" validate={required()} />
      <TextInput source="contact" validate={required()} />
      <TextInput source="cases" fullWidth multiline />
      <TextInput source="description" fullWidth multiline />
    </>
  );
}
export const { Create: SolutionCreate, Edit: SolutionEdit } = formPagesOf(SolutionInputs, { redirect: "list" });

// ── contacts: the provider records the outcome ───────────────────────────────
function OutcomeButtons({ c }: { c: TContact }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const outcome = useRpcMutation(api.digitalContacts.outcome);
  const [open, setOpen] = useState<"ADOPTED" | "NOT_ADOPTED" | null>(null);
  if (useRole() !== "NODE_OPERATOR" || (c.status !== "SENT" && c.status !== "TALKING")) return null;
  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }} onClick={(e) => e.stopPropagation()}>
      {c.status === "SENT" && (
        <Button size="small" variant="outlined" onClick={() => outcome.mutateAsync({ id: c.id, status: "TALKING" }).then(refresh)}>
          {translate("digital.talk")}
        </Button>
      )}
      <Button size="small" variant="contained" onClick={() => setOpen("ADOPTED")}>
        {translate("digital.adopt")}
      </Button>
      <Button size="small" color="error" onClick={() => setOpen("NOT_ADOPTED")}>
        {translate("digital.not_adopt")}
      </Button>
      {open === "ADOPTED" && (
        <StepDialog
          title={`${translate("digital.adopt")} · ${c.enterpriseName}`}
          fields={[
            { key: "price", label: translate("digital.price_yuan"), type: "number", required: true },
            { key: "goLiveOn", label: translate("digital.go_live"), type: "date", required: true },
          ]}
          onClose={() => setOpen(null)}
          onSave={(v) =>
            outcome
              .mutateAsync({ id: c.id, status: "ADOPTED", priceFen: Math.round(Number(v.price) * 100), goLiveOn: v.goLiveOn })
              .then(refresh)
          }
        />
      )}
      {open === "NOT_ADOPTED" && (
        <StepDialog
          title={`${translate("digital.not_adopt")} · ${c.enterpriseName}`}
          fields={[{ key: "answer", label: translate("digital.note"), required: true }]}
          onClose={() => setOpen(null)}
          onSave={(v) => outcome.mutateAsync({ id: c.id, status: "NOT_ADOPTED", answer: v.answer }).then(refresh)}
        />
      )}
    </Box>
  );
}
const CONTACT_TONE = { SENT: "warning", TALKING: "info", ADOPTED: "success", NOT_ADOPTED: "default" } as const;
export function ContactList() {
  const lang = useLang();
  const rpc = useRpc();
  return (
    <FeatureList
      filters={[<SelectInput key="status" source="status" choices={ContactStatus.choices(lang)} alwaysOn />]}
      exportRun={(input) => rpc.digitalContacts.export.query(input)}
      emptyTitle="digital.empty"
      emptyHint="digital.empty_hint"
    >
      <ResponsiveDataTable<TContact>
        rowClick={false}
        card={{
          primary: (r) => `${r.enterpriseName} · ${r.solutionName}`,
          secondary: (r) => (
            <CardLine>
              <span>{r.needText}</span>
              <StatusChip label={ContactStatus.label(r.status, lang)} tone={CONTACT_TONE[r.status]} />
            </CardLine>
          ),
          tertiary: (r) => <OutcomeButtons c={r} />,
        }}
      >
        <DataTable.Col source="sentOn" />
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="needText" disableSort />
        <DataTable.Col source="solutionName" disableSort />
        <DataTable.Col source="providerName" disableSort />
        <DataTable.Col
          source="status"
          render={(r: TContact) => <StatusChip label={ContactStatus.label(r.status, lang)} tone={CONTACT_TONE[r.status]} />}
        />
        <DataTable.Col source="priceFen" disableSort render={(r: TContact) => (r.priceFen === null ? "—" : formatFen(r.priceFen, lang))} />
        <DataTable.Col source="goLiveOn" disableSort />
        <DataTable.Col source="answer" disableSort />
        <DataTable.Col source="actions" disableSort render={(r: TContact) => <OutcomeButtons c={r} />} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

// ── benchmarks ───────────────────────────────────────────────────────────────
export function BenchmarkList() {
  const lang = useLang();
  return (
    <FeatureList create emptyTitle="digital.empty" emptyHint="digital.empty_hint">
      <ResponsiveDataTable<TBenchmark> card={{ primary: (r) => r.title, secondary: (r) => r.enterpriseName }}>
        <DataTable.Col source="title" />
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="level" disableSort render={(r: TBenchmark) => (r.level === null ? "—" : LEVEL_LABELS[r.level][lang])} />
        <DataTable.Col source="recognisedOn" />
        <DataTable.Col source="published" disableSort render={(r: TBenchmark) => (r.published ? "✓" : "—")} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}
function BenchmarkInputs() {
  return (
    <>
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="recognisedOn" type="date" validate={required()} />
      <TextInput source="before" validate={required()} fullWidth multiline />
      <TextInput source="after" validate={required()} fullWidth multiline />
      <ReferenceInput source="solutionIds" reference="digitalSolutions">
        <AutocompleteArrayInput optionText="name" filterToQuery={(q: string) => ({ q })} />
      </ReferenceInput>
      <BooleanInput source="published" />
    </>
  );
}
export const { Create: BenchmarkCreate, Edit: BenchmarkEdit } = formPagesOf(BenchmarkInputs, { redirect: "list" });

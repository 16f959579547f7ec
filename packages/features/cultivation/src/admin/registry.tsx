import {
  AutocompleteInput,
  BooleanInput,
  Button as RaButton,
  DataTable,
  DateInput,
  List,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  CreateButton,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import Alert from "@mui/material/Alert";
import Link from "@mui/material/Link";
import { formatDate, messageOf, StatusChip } from "@qifu/ui";
import {
  CardLine,
  CreatePage,
  EditPage,
  FeatureList,
  FileUploadInput,
  ListEmpty,
  ResponsiveDataTable,
  useLang,
  useRole,
} from "@qifu/ui/admin";
import {
  CriterionOp,
  CultivationLevel,
  FIGURE_UNITS,
  FigureKey,
  RecognisingBody,
  type TCriterion,
  type TFigure,
  type TRecognition,
} from "../schemas";
import { useRpc } from "./rpc";

/** 认定记录: the history the tier is derived from (the district records; towns read their own). */
export function RecognitionList() {
  const lang = useLang();
  const role = useRole();
  const rpc = useRpc();
  return (
    <FeatureList
      search={false}
      filters={[
        <SelectInput key="level" source="level" choices={CultivationLevel.choices(lang)} alwaysOn sx={{ minWidth: 170 }} />,
        <BooleanInput key="expiring" source="expiring" alwaysOn />,
      ]}
      exportRun={(input) => rpc.cultivationRecognitions.export.query(input)}
      create={role === "DISTRICT_ADMIN"}
      emptyTitle="cultivation.empty_recognitions"
      emptyHint="cultivation.empty_recognitions_hint"
    >
      <ResponsiveDataTable<TRecognition>
        rowClick={role === "DISTRICT_ADMIN" ? "edit" : false}
        card={{
          primary: (r) => r.enterpriseName,
          secondary: (r) => (
            <CardLine>
              <span>{CultivationLevel.label(r.level, lang)}</span>
              <span>{r.batch}</span>
              <span>{r.validUntil ? formatDate(r.validUntil, lang) : "—"}</span>
            </CardLine>
          ),
        }}
      >
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="level" render={(r: TRecognition) => CultivationLevel.label(r.level, lang)} />
        <DataTable.Col source="body" disableSort render={(r: TRecognition) => RecognisingBody.label(r.body, lang)} />
        <DataTable.Col source="batch" disableSort />
        <DataTable.Col source="recognisedOn" render={(r: TRecognition) => formatDate(r.recognisedOn, lang)} />
        <DataTable.Col source="validUntil" render={(r: TRecognition) => (r.validUntil ? formatDate(r.validUntil, lang) : "—")} />
        <DataTable.Col
          source="certificateFileId"
          disableSort
          render={(r: TRecognition) => (r.certificateFileId ? <CertificateAnchor id={r.certificateFileId} /> : "—")}
        />
        <DataTable.Col
          source="current"
          disableSort
          render={(r: TRecognition) =>
            r.revoked ? (
              <StatusChip label={lang === "zh" ? "已撤销" : "Revoked"} tone="danger" />
            ) : r.current ? (
              <StatusChip label={lang === "zh" ? "有效" : "Valid"} tone="success" />
            ) : (
              <StatusChip label={lang === "zh" ? "已失效" : "Lapsed"} tone="default" />
            )
          }
        />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

/** The certificate's download (the server checks the caller reaches the recognition). */
function CertificateAnchor({ id }: { id: string }) {
  const translate = useTranslate();
  return (
    <Link href={`/files/${id}`} target="_blank" rel="noopener" onClick={(e) => e.stopPropagation()}>
      {translate("cultivation.certificate")}
    </Link>
  );
}

/** On the edit page: the current certificate, and that a new upload replaces it. */
function CertificateLink() {
  const record = useRecordContext<TRecognition>();
  const translate = useTranslate();
  if (!record?.certificateFileId) return null;
  return (
    <Alert severity="info" sx={{ mb: 1 }}>
      <CertificateAnchor id={record.certificateFileId} /> · {translate("cultivation.certificate_replace")}
    </Alert>
  );
}

function TierHint() {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate("cultivation.tier_hint")}
    </Alert>
  );
}

export function RecognitionCreate() {
  const lang = useLang();
  return (
    <CreatePage redirect="list" defaultValues={{ body: "PROVINCIAL" }}>
      <TierHint />
      <ReferenceInput source="enterpriseId" reference="enterprises">
        <AutocompleteInput optionText="name" validate={required()} fullWidth />
      </ReferenceInput>
      <SelectInput source="level" choices={CultivationLevel.choices(lang)} validate={required()} fullWidth />
      <SelectInput source="body" choices={RecognisingBody.choices(lang)} validate={required()} fullWidth />
      <TextInput source="batch" validate={required()} fullWidth />
      <DateInput source="recognisedOn" validate={required()} fullWidth />
      <DateInput source="validUntil" fullWidth />
      <DateInput source="reexamineOn" fullWidth />
      <TextInput source="note" multiline fullWidth />
      <FileUploadInput source="certificateFileIds" label="resources.cultivationRecognitions.fields.certificateFileIds" max={1} />
    </CreatePage>
  );
}

export function RecognitionEdit() {
  return (
    <EditPage redirect="list">
      <TierHint />
      <TextInput source="enterpriseName" readOnly fullWidth />
      <TextInput source="batch" validate={required()} fullWidth />
      <DateInput source="validUntil" fullWidth />
      <DateInput source="reexamineOn" fullWidth />
      <BooleanInput source="revoked" />
      <TextInput source="note" multiline fullWidth />
      <CertificateLink />
      <FileUploadInput source="certificateFileIds" label="resources.cultivationRecognitions.fields.certificateFileIds" max={1} />
    </EditPage>
  );
}

/** 认定条件: thresholds with their source; placeholders flagged for the district to check. */
export function CriterionList() {
  const lang = useLang();
  const translate = useTranslate();
  const role = useRole();
  return (
    <List
      exporter={false}
      perPage={50}
      filters={[<SelectInput key="level" source="level" choices={CultivationLevel.choices(lang)} alwaysOn sx={{ minWidth: 170 }} />]}
      actions={<TopToolbar>{role === "DISTRICT_ADMIN" && <CreateButton />}</TopToolbar>}
      empty={<ListEmpty title="cultivation.empty_criteria" />}
    >
      <Alert severity="warning" sx={{ m: 1 }}>
        {translate("cultivation.placeholder_hint")}
      </Alert>
      <ResponsiveDataTable<TCriterion>
        rowClick={role === "DISTRICT_ADMIN" ? "edit" : false}
        card={{
          primary: (r) => `${CultivationLevel.label(r.level, lang)} · ${FigureKey.label(r.figureKey, lang)}`,
          secondary: (r) => `${CriterionOp.label(r.op, lang)} ${r.threshold} ${FIGURE_UNITS[r.figureKey][lang]}`,
        }}
      >
        <DataTable.Col source="level" render={(r: TCriterion) => CultivationLevel.label(r.level, lang)} />
        <DataTable.Col source="figureKey" disableSort render={(r: TCriterion) => FigureKey.label(r.figureKey, lang)} />
        <DataTable.Col
          source="threshold"
          disableSort
          render={(r: TCriterion) => `${CriterionOp.label(r.op, lang)} ${r.threshold} ${FIGURE_UNITS[r.figureKey][lang]}`}
        />
        <DataTable.Col source="source" disableSort />
        <DataTable.Col
          source="placeholder"
          disableSort
          render={(r: TCriterion) =>
            r.placeholder ? (
              <StatusChip label={lang === "zh" ? "待核实" : "To confirm"} tone="warning" />
            ) : (
              <StatusChip label={lang === "zh" ? "已核实" : "Confirmed"} tone="success" />
            )
          }
        />
      </ResponsiveDataTable>
    </List>
  );
}

function CriterionInputs({ create }: { create?: boolean }) {
  const lang = useLang();
  return (
    <>
      <SelectInput source="level" choices={CultivationLevel.choices(lang)} validate={required()} readOnly={!create} fullWidth />
      <SelectInput source="figureKey" choices={FigureKey.choices(lang)} validate={required()} readOnly={!create} fullWidth />
      <SelectInput source="op" choices={CriterionOp.choices(lang)} validate={required()} fullWidth />
      <NumberInput source="threshold" validate={required()} fullWidth />
      <TextInput source="source" validate={required()} fullWidth />
      <DateInput source="sourceDate" fullWidth />
      <BooleanInput source="placeholder" />
    </>
  );
}
export const CriterionCreate = () => (
  <CreatePage redirect="list" defaultValues={{ op: "GTE", placeholder: true }}>
    <CriterionInputs create />
  </CreatePage>
);
export const CriterionEdit = () => (
  <EditPage redirect="list">
    <CriterionInputs />
  </EditPage>
);

function ConfirmButton({ figure }: { figure: TFigure }) {
  const rpc = useRpc();
  const notify = useNotify();
  const refresh = useRefresh();
  const lang = useLang();
  const translate = useTranslate();
  if (figure.confirmedAt) return <StatusChip label={translate("cultivation.confirmed")} tone="success" />;
  return (
    <RaButton
      label="cultivation.confirm"
      variant="outlined"
      onClick={async (e) => {
        e.stopPropagation();
        try {
          await rpc.cultivationFigures.confirm.mutate({ ids: [figure.id] });
          notify("cultivation.done", { type: "success" });
          refresh();
        } catch (err) {
          notify(messageOf(err, lang), { type: "error" });
        }
      }}
    />
  );
}

/** 企业培育指标: what enterprises reported; a town admin confirms its town's before they count. */
export function FigureList() {
  const lang = useLang();
  return (
    <List
      exporter={false}
      filters={[<BooleanInput key="unconfirmed" source="unconfirmed" alwaysOn />]}
      empty={<ListEmpty title="cultivation.empty_figures" description="cultivation.empty_figures_hint" />}
    >
      <ResponsiveDataTable<TFigure>
        rowClick={false}
        card={{
          primary: (r) => `${r.enterpriseName} · ${FigureKey.label(r.figureKey, lang)}`,
          secondary: (r) => `${r.value} ${FIGURE_UNITS[r.figureKey][lang]} · ${r.year} · ${r.confirmedAt ? "✓" : "?"}`,
        }}
      >
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="figureKey" render={(r: TFigure) => FigureKey.label(r.figureKey, lang)} />
        <DataTable.Col source="value" disableSort render={(r: TFigure) => `${r.value} ${FIGURE_UNITS[r.figureKey][lang]}`} />
        <DataTable.Col source="year" disableSort />
        <DataTable.Col source="source" disableSort />
        <DataTable.Col source="reportedAt" render={(r: TFigure) => formatDate(r.reportedAt, lang)} />
        <DataTable.Col source="confirmedAt" disableSort render={(r: TFigure) => <ConfirmButton figure={r} />} />
      </ResponsiveDataTable>
    </List>
  );
}

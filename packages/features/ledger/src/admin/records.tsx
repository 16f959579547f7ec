import { useState } from "react";
import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  DateInput,
  FormDataConsumer,
  List,
  NumberInput,
  ReferenceInput,
  SelectInput,
  Show,
  TextInput,
  required,
  useGetIdentity,
  useInput,
  useRecordContext,
  useTranslate,
} from "react-admin";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import MuiTextField from "@mui/material/TextField";
import { ServiceCategory, shanghaiYear } from "@qifu/domain";
import { FileList, FormSection, formatDate } from "@qifu/ui";
import {
  CardLine,
  CreatePage,
  FileUploadInput,
  InfoCard,
  InfoRow,
  ListEmpty,
  NodeInput,
  ResponsiveDataTable,
  TransferListActions,
  useLang,
} from "@qifu/ui/admin";
import { api, useRpc, useRpcQuery } from "./rpc";
import { LedgerChannel, LowRatingReason, RecordSource, VisitOutcome, type TRecord } from "../schemas";
import { Stars } from "./parts";

/** Pick an enterprise from the whole registry by name or credit code (node staff serve every town's enterprises). */
function EnterpriseInput() {
  const translate = useTranslate();
  const { field, fieldState } = useInput<string>({ source: "enterpriseId", validate: required() });
  const [q, setQ] = useState("");
  const options = useRpcQuery(api.ledgerRecords.enterpriseOptions, { q: q || undefined }, { staleTime: 30_000 });
  const selected = useRpcQuery(api.ledgerRecords.enterpriseOptions, { ids: field.value ? [field.value] : [] }, { enabled: !!field.value });
  const all = [...(selected.data ?? []), ...(options.data ?? []).filter((o) => o.id !== field.value)];
  return (
    <Autocomplete
      options={all}
      value={all.find((o) => o.id === field.value) ?? null}
      getOptionLabel={(o) => `${o.name}（${o.creditCode}）`}
      onChange={(_, o) => field.onChange(o?.id ?? null)}
      onInputChange={(_, v, reason) => reason === "input" && setQ(v)}
      filterOptions={(x) => x}
      loading={options.isFetching}
      className="span-all"
      renderInput={(params) => (
        <MuiTextField
          {...params}
          label={`${translate("resources.ledgerRecords.fields.enterpriseId")} *`}
          variant="filled"
          error={!!fieldState.error}
          helperText={fieldState.error?.message ? translate(fieldState.error.message) : " "}
        />
      )}
    />
  );
}

/** The inputs of a ledger record written by staff. */
function RecordInputs() {
  const lang = useLang();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <>
      <FormSection title={translate("resources.ledgerRecords.name", { smart_count: 1 })}>
        <EnterpriseInput />
        <NodeInput resource="ledgerRecords" />
        <FormDataConsumer>
          {({ formData }) => (
            <ReferenceInput
              source="productId"
              reference="serviceProducts"
              filter={{ nodeId: formData.nodeId ?? identity?.nodeId, status: "PUBLISHED" }}
              perPage={50}
            >
              <SelectInput optionText="title" label="resources.ledgerRecords.fields.productId" fullWidth emptyText="—" />
            </ReferenceInput>
          )}
        </FormDataConsumer>
        <SelectInput source="category" choices={ServiceCategory.choices(lang)} validate={required()} fullWidth />
        <DateInput source="servedOn" validate={required()} fullWidth />
        <SelectInput source="channel" choices={LedgerChannel.choices(lang)} validate={required()} defaultValue="OFFLINE" fullWidth />
        <TextInput source="staffName" validate={required()} fullWidth />
        <TextInput source="summary" validate={required()} multiline minRows={3} fullWidth className="span-all" />
        <Box className="span-all">
          <FileUploadInput source="fileIds" label="resources.ledgerRecords.fields.fileIds" />
        </Box>
      </FormSection>
    </>
  );
}

export function RecordCreate() {
  const { identity } = useGetIdentity();
  return (
    <CreatePage
      transform={(d: Record<string, unknown>) => ({ ...d, nodeId: d.nodeId ?? identity?.nodeId, productId: d.productId || null })}
    >
      <RecordInputs />
    </CreatePage>
  );
}

function RecordActions() {
  return <TransferListActions resource="ledgerRecords" messages="ledger" procedures={useRpc().ledgerRecords} />;
}

export function RecordList() {
  const lang = useLang();
  const year = shanghaiYear(new Date());
  const filters = [
    <NumberInput key="year" source="year" alwaysOn sx={{ width: 100 }} min={2000} max={2100} />,
    <ReferenceInput key="townId" source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100} alwaysOn>
      <SelectInput optionText="name" label="resources.ledgerRecords.fields.townId" sx={{ minWidth: 130 }} />
    </ReferenceInput>,
    <SelectInput key="category" source="category" choices={ServiceCategory.choices(lang)} alwaysOn sx={{ minWidth: 130 }} />,
    <SelectInput key="channel" source="channel" choices={LedgerChannel.choices(lang)} alwaysOn sx={{ minWidth: 100 }} />,
    <ReferenceInput key="nodeId" source="nodeId" reference="nodes" sort={{ field: "name", order: "ASC" }} perPage={50}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={(q: string) => ({ q })}
        label="resources.ledgerRecords.fields.nodeId"
        sx={{ minWidth: 220 }}
      />
    </ReferenceInput>,
    <SelectInput key="source" source="source" choices={RecordSource.choices(lang)} />,
    <BooleanInput key="rated" source="rated" />,
  ];
  return (
    <List
      exporter={false}
      filters={filters}
      filterDefaultValues={{ year }}
      actions={<RecordActions />}
      sort={{ field: "servedOn", order: "DESC" }}
      empty={<ListEmpty title="ledger.empty.records" description="ledger.empty.records_hint" />}
    >
      <ResponsiveDataTable<TRecord>
        card={{
          primary: (r) => r.enterpriseName,
          secondary: (r) => (
            <CardLine>
              <span>{r.nodeName}</span>
              <span>
                {ServiceCategory.label(r.category, lang)} · {LedgerChannel.label(r.channel, lang)}
              </span>
              <Stars score={r.ratingScore} />
            </CardLine>
          ),
          tertiary: (r) => r.servedOn,
        }}
      >
        <DataTable.Col source="servedOn" render={(r: TRecord) => r.servedOn} />
        <DataTable.Col
          source="enterpriseId"
          disableSort
          render={(r: TRecord) => <Box sx={{ fontWeight: 500, maxWidth: 240 }}>{r.enterpriseName}</Box>}
        />
        <DataTable.Col source="nodeId" render={(r: TRecord) => <Box sx={{ maxWidth: 220 }}>{r.nodeName}</Box>} />
        <DataTable.Col source="category" render={(r: TRecord) => ServiceCategory.label(r.category, lang)} />
        <DataTable.Col source="channel" render={(r: TRecord) => LedgerChannel.label(r.channel, lang)} />
        <DataTable.Col source="staffName" disableSort />
        <DataTable.Col source="ratingScore" render={(r: TRecord) => <Stars score={r.ratingScore} />} />
      </ResponsiveDataTable>
    </List>
  );
}

function RecordDetail() {
  const r = useRecordContext<TRecord>();
  const lang = useLang();
  const translate = useTranslate();
  const detail = useRpcQuery(api.ledgerRecords.detail, { id: r?.id ?? "" }, { enabled: !!r?.id });
  if (!r) return null;
  const f = (k: string) => translate(`resources.ledgerRecords.fields.${k}`);
  return (
    <Box sx={{ display: "grid", gap: 2, p: 2, gridTemplateColumns: { xs: "1fr", md: "3fr 2fr" }, alignItems: "start" }}>
      <InfoCard title={`${r.enterpriseName} · ${r.servedOn}`}>
        <InfoRow label={f("nodeName")}>
          {r.nodeName}
          {r.townName ? ` · ${r.townName}` : ""}
        </InfoRow>
        <InfoRow label={f("productTitle")}>{r.productTitle ?? "—"}</InfoRow>
        <InfoRow label={f("category")}>{ServiceCategory.label(r.category, lang)}</InfoRow>
        <InfoRow label={f("channel")}>{LedgerChannel.label(r.channel, lang)}</InfoRow>
        <InfoRow label={f("staffName")}>{r.staffName}</InfoRow>
        <InfoRow label={f("summary")}>
          <Box sx={{ whiteSpace: "pre-wrap" }}>{r.summary}</Box>
        </InfoRow>
        <InfoRow label={f("source")}>
          {RecordSource.label(r.source, lang)}
          {r.requestId ? (
            <>
              {" "}
              · <a href={`#/serviceRequests/${r.requestId}/show`}>{translate("ledger.request_link")}</a>
            </>
          ) : null}
        </InfoRow>
        <InfoRow label={translate("ledger.evidence")}>
          <FileList files={detail.data?.files ?? []} />
        </InfoRow>
      </InfoCard>
      <InfoCard title={translate("ledger.rating")}>
        <InfoRow label={f("ratingScore")}>
          <Stars score={r.ratingScore} />
        </InfoRow>
        {r.ratingReasons.length > 0 && (
          <InfoRow label={f("ratingReasons")}>{r.ratingReasons.map((x) => LowRatingReason.label(x, lang)).join("、")}</InfoRow>
        )}
        {r.ratingComment && <InfoRow label={f("ratingComment")}>{r.ratingComment}</InfoRow>}
        {r.ratedAt && <InfoRow label={f("ratedAt")}>{formatDate(r.ratedAt, lang)}</InfoRow>}
        {r.visitOutcome && (
          <InfoRow label={translate("ledger.return_visit")}>
            {VisitOutcome.label(r.visitOutcome, lang)}：{r.visitNote}
          </InfoRow>
        )}
      </InfoCard>
    </Box>
  );
}

export function RecordShow() {
  return (
    <Show sx={{ maxWidth: 1100 }}>
      <RecordDetail />
    </Show>
  );
}

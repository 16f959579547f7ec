import { useState } from "react";
import {
  DataTable,
  DeleteButton,
  EditButton,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  Show,
  TextInput,
  TopToolbar,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import Box from "@mui/material/Box";
import IconButton from "@mui/material/IconButton";
import MuiTextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import DeleteOutline from "@mui/icons-material/DeleteOutline";
import { formatDate, formatDateTime, FormSection, messageOf, StatusChip, type StatusTone } from "@qifu/ui";
import {
  CardLine,
  FeatureList,
  FileUploadInput,
  formPagesOf,
  InfoCard,
  InfoRow,
  ResponsiveDataTable,
  StepDialogButton,
  thisShanghaiYear,
  useLang,
  useRole,
} from "@qifu/ui/admin";
import {
  MAX_SHOWCASE_PICTURES,
  ShowcaseKind,
  ShowcaseStatus,
  type TShowcaseDetail,
  type TShowcaseEntry,
  type TShowcaseStatus,
} from "../schemas";
import { api, useRpcMutation, useRpcQuery } from "./rpc";

const TONE: Record<TShowcaseStatus, StatusTone> = {
  DRAFT: "default",
  SUBMITTED: "warning",
  PUBLISHED: "success",
  RETURNED: "danger",
  WITHDRAWN: "default",
};

function StatusOf({ status }: { status: TShowcaseStatus }) {
  const lang = useLang();
  return <StatusChip label={ShowcaseStatus.label(status, lang)} tone={TONE[status]} />;
}

export function ShowcaseList() {
  const lang = useLang();
  return (
    <FeatureList
      filters={[
        <SelectInput key="kind" source="kind" choices={ShowcaseKind.choices(lang)} alwaysOn sx={{ minWidth: 140 }} />,
        <SelectInput key="status" source="status" choices={ShowcaseStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
        <NumberInput key="year" source="year" sx={{ maxWidth: 120 }} />,
      ]}
      create
      emptyTitle="showcase.empty_title"
      emptyHint="showcase.empty_description"
      sort={{ field: "updatedAt", order: "DESC" }}
    >
      <ResponsiveDataTable<TShowcaseEntry>
        rowClick="show"
        card={{
          primary: (r) => r.title,
          secondary: (r) => (
            <CardLine>
              <span>{ShowcaseKind.label(r.kind, lang)}</span>
              <StatusOf status={r.status} />
            </CardLine>
          ),
          tertiary: (r) => [r.honour, r.townName].filter(Boolean).join(" · "),
        }}
      >
        <DataTable.Col source="title" />
        <DataTable.Col source="kind" render={(r: TShowcaseEntry) => ShowcaseKind.label(r.kind, lang)} />
        <DataTable.Col source="honour" disableSort render={(r: TShowcaseEntry) => r.honour ?? "—"} />
        <DataTable.Col source="townName" disableSort render={(r: TShowcaseEntry) => r.townName ?? (lang === "zh" ? "区级" : "District")} />
        <DataTable.Col source="status" render={(r: TShowcaseEntry) => <StatusOf status={r.status} />} />
        <DataTable.Col source="publishedAt" render={(r: TShowcaseEntry) => formatDate(r.publishedAt, lang)} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

/** The node and, once it is chosen, its products, records and published results to link. */
function LinkInputs({ nodeId }: { nodeId: string | null | undefined }) {
  const translate = useTranslate();
  const options = useRpcQuery(api.showcase.linkOptions, { nodeId: nodeId || undefined });
  const o = options.data;
  const pickNode = nodeId ? undefined : translate("showcase.pick_node_first");
  return (
    <>
      <SelectInput source="nodeId" choices={o?.nodes ?? []} isPending={options.isPending} fullWidth emptyText="—" />
      <SelectInput source="productId" choices={o?.products ?? []} disabled={!nodeId} helperText={pickNode} fullWidth emptyText="—" />
      <SelectInput source="ledgerRecordId" choices={o?.records ?? []} disabled={!nodeId} helperText={pickNode} fullWidth emptyText="—" />
      <SelectInput
        source="evaluationSubjectId"
        choices={o?.results ?? []}
        disabled={!nodeId}
        helperText={pickNode}
        fullWidth
        emptyText="—"
      />
    </>
  );
}

function ShowcaseInputs() {
  const lang = useLang();
  const translate = useTranslate();
  const district = useRole() === "DISTRICT_ADMIN";
  return (
    <>
      <FormSection title={translate("showcase.section_story")}>
        <SelectInput source="kind" choices={ShowcaseKind.choices(lang)} validate={required()} fullWidth />
        <TextInput source="honour" fullWidth helperText={lang === "zh" ? "如：2026年度服务标兵" : "e.g. 2026 service model"} />
        <TextInput source="title" validate={required()} fullWidth className="span-all" />
        <NumberInput source="year" validate={required()} defaultValue={thisShanghaiYear()} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.kind === "PERSON" && (
              <>
                <TextInput source="personName" validate={required()} />
                <TextInput source="personRole" fullWidth />
              </>
            )
          }
        </FormDataConsumer>
        <TextInput source="summary" validate={required()} multiline minRows={2} fullWidth className="span-all" />
        <TextInput source="body" validate={required()} multiline minRows={8} fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("showcase.section_links")} hint={translate("showcase.section_links_hint")}>
        {district && <TownChoice />}
        <FormDataConsumer>{({ formData }) => <LinkInputs nodeId={formData.nodeId} />}</FormDataConsumer>
      </FormSection>
      <FormSection title={translate("showcase.section_pictures")}>
        <FileUploadInput source="fileIds" max={MAX_SHOWCASE_PICTURES} images />
      </FormSection>
    </>
  );
}

/** The district may file an entry under a town, or leave it the district centre's (a town admin's entries are its own town's). */
function TownChoice() {
  const lang = useLang();
  return (
    <ReferenceInput source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
      <SelectInput optionText="name" fullWidth emptyText={lang === "zh" ? "区级" : "District level"} />
    </ReferenceInput>
  );
}

export const { Create: ShowcaseCreate, Edit: ShowcaseEdit } = formPagesOf(ShowcaseInputs, { redirect: "show" });

/** The review steps a caller may take on the entry now. */
function ReviewActions({ entry }: { entry: TShowcaseEntry }) {
  const translate = useTranslate();
  const role = useRole();
  const notify = useNotify();
  const refresh = useRefresh();
  const lang = useLang();
  const [note, setNote] = useState("");
  const submit = useRpcMutation(api.showcase.submit);
  const review = useRpcMutation(api.showcase.review);
  const withdraw = useRpcMutation(api.showcase.withdraw);
  const run = (p: Promise<unknown>) =>
    p.then(
      () => {
        notify("showcase.done", { type: "success" });
        setNote("");
        refresh();
        return true;
      },
      (e: unknown) => {
        notify(messageOf(e, lang), { type: "error" });
        return false;
      },
    );
  const district = role === "DISTRICT_ADMIN";
  const noteField = (label: string, req: boolean) => (
    <MuiTextField label={translate(label)} required={req} multiline minRows={2} value={note} onChange={(e) => setNote(e.target.value)} />
  );
  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
      {["DRAFT", "RETURNED", "WITHDRAWN"].includes(entry.status) && (
        <StepDialogButton
          label={translate("showcase.submit")}
          title={`${translate("showcase.submit")} · ${entry.title}`}
          onConfirm={() => run(submit.mutateAsync({ id: entry.id }))}
        >
          <Typography variant="body2">{entry.summary}</Typography>
        </StepDialogButton>
      )}
      {district && entry.status === "SUBMITTED" && (
        <>
          <StepDialogButton
            label={translate("showcase.publish")}
            title={`${translate("showcase.publish")} · ${entry.title}`}
            onConfirm={() => run(review.mutateAsync({ id: entry.id, decision: "PUBLISH", note: note.trim() || undefined }))}
          >
            {noteField("showcase.note", false)}
          </StepDialogButton>
          <StepDialogButton
            label={translate("showcase.return")}
            title={`${translate("showcase.return")} · ${entry.title}`}
            color="error"
            variant="outlined"
            disabled={!note.trim()}
            onConfirm={() => run(review.mutateAsync({ id: entry.id, decision: "RETURN", note: note.trim() }))}
          >
            {noteField("showcase.return_reason", true)}
          </StepDialogButton>
        </>
      )}
      {district && entry.status === "PUBLISHED" && (
        <StepDialogButton
          label={translate("showcase.withdraw")}
          title={`${translate("showcase.withdraw")} · ${entry.title}`}
          color="error"
          variant="outlined"
          disabled={note.trim().length < 2}
          onConfirm={() => run(withdraw.mutateAsync({ id: entry.id, note: note.trim() }))}
        >
          {noteField("showcase.withdraw_reason", true)}
        </StepDialogButton>
      )}
    </Box>
  );
}

function Pictures({ d }: { d: TShowcaseDetail }) {
  const translate = useTranslate();
  const notify = useNotify();
  const lang = useLang();
  const update = useRpcMutation(api.showcase.update);
  const role = useRole();
  const canEdit = role === "DISTRICT_ADMIN" || !["SUBMITTED", "PUBLISHED"].includes(d.status);
  if (!d.pictures.length) return <Typography color="text.secondary">{translate("showcase.pictures_none")}</Typography>;
  return (
    <Box sx={{ display: "grid", gap: 1.5, gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))" }}>
      {d.pictures.map((p) => (
        <Box key={p.id} sx={{ position: "relative", borderRadius: 1, overflow: "hidden", bgcolor: "grey.100", aspectRatio: "4 / 3" }}>
          <Box component="img" src={p.url} alt={p.name} sx={{ width: "100%", height: "100%", objectFit: "cover", display: "block" }} />
          {canEdit && (
            <IconButton
              size="small"
              aria-label={translate("showcase.remove_picture")}
              title={translate("showcase.remove_picture")}
              sx={{ position: "absolute", top: 4, right: 4, bgcolor: "rgba(255,255,255,.85)" }}
              onClick={() =>
                update.mutate(
                  { id: d.id, data: { removeFileIds: [p.id] } },
                  { onError: (e: unknown) => notify(messageOf(e, lang), { type: "error" }) },
                )
              }
            >
              <DeleteOutline fontSize="small" />
            </IconButton>
          )}
        </Box>
      ))}
    </Box>
  );
}

function ShowcaseDetail() {
  const record = useRecordContext<TShowcaseEntry>();
  const translate = useTranslate();
  const lang = useLang();
  const detail = useRpcQuery(api.showcase.detail, { id: record?.id ?? "" }, { enabled: !!record });
  if (!record) return null;
  const d = detail.data;
  const l = d?.links;
  const dash = "—";
  return (
    <Box
      sx={{ display: "grid", gap: 2, p: { xs: 1, sm: 2 }, gridTemplateColumns: { xs: "minmax(0,1fr)", md: "minmax(0,2fr) minmax(0,1fr)" } }}
    >
      <Box sx={{ display: "grid", gap: 2, alignContent: "start" }}>
        <InfoCard title={record.title} action={<StatusOf status={record.status} />}>
          <InfoRow label={translate("resources.showcase.fields.kind")}>{ShowcaseKind.label(record.kind, lang)}</InfoRow>
          <InfoRow label={translate("resources.showcase.fields.honour")}>{record.honour ?? dash}</InfoRow>
          <InfoRow label={translate("resources.showcase.fields.year")}>{record.year}</InfoRow>
          <InfoRow label={translate("resources.showcase.fields.townName")}>
            {record.townName ?? (lang === "zh" ? "区级" : "District")}
          </InfoRow>
          {record.personName && (
            <InfoRow label={translate("resources.showcase.fields.personName")}>
              {record.personName}
              {record.personRole ? ` · ${record.personRole}` : ""}
            </InfoRow>
          )}
          <InfoRow label={translate("resources.showcase.fields.summary")}>{record.summary}</InfoRow>
          <Typography variant="body2" component="div" sx={{ mt: 1.5, whiteSpace: "pre-line", lineHeight: 1.8 }}>
            {record.body}
          </Typography>
        </InfoCard>
        <InfoCard title={translate("showcase.section_pictures")}>{d ? <Pictures d={d} /> : null}</InfoCard>
      </Box>
      <Box sx={{ display: "grid", gap: 2, alignContent: "start" }}>
        <InfoCard title={translate("showcase.timeline")}>
          <InfoRow label={translate("showcase.created")}>{formatDateTime(record.createdAt, lang)}</InfoRow>
          <InfoRow label={translate("showcase.submitted")}>{record.submittedAt ? formatDateTime(record.submittedAt, lang) : dash}</InfoRow>
          <InfoRow label={translate("showcase.reviewed")}>{record.reviewedAt ? formatDateTime(record.reviewedAt, lang) : dash}</InfoRow>
          <InfoRow label={translate("showcase.published")}>{record.publishedAt ? formatDateTime(record.publishedAt, lang) : dash}</InfoRow>
          {record.reviewNote && <InfoRow label={translate("showcase.note")}>{record.reviewNote}</InfoRow>}
          <Box sx={{ mt: 1.5 }}>
            <ReviewActions entry={record} />
          </Box>
        </InfoCard>
        <InfoCard title={translate("showcase.links")}>
          <InfoRow label={translate("resources.showcase.fields.nodeId")}>{l?.node?.name ?? dash}</InfoRow>
          <InfoRow label={translate("resources.showcase.fields.productId")}>{l?.product?.title ?? dash}</InfoRow>
          <InfoRow label={translate("showcase.record")}>
            {l?.record ? `${l.record.servedOn} · ${l.record.nodeName}${l.record.rating ? ` · ★${l.record.rating}` : ""}` : dash}
          </InfoRow>
          <InfoRow label={translate("showcase.evaluation")}>
            {l?.evaluation
              ? `${l.evaluation.roundName} · ${translate("showcase.stars", { stars: l.evaluation.stars, rank: l.evaluation.rank, total: l.evaluation.total.toFixed(1) })}`
              : dash}
          </InfoRow>
        </InfoCard>
      </Box>
    </Box>
  );
}

/** Only what the server would allow is offered: a town admin edits its drafts and returned entries. */
function ShowActions() {
  const record = useRecordContext<TShowcaseEntry>();
  const role = useRole();
  const lockedForTown = role !== "DISTRICT_ADMIN" && !!record && ["SUBMITTED", "PUBLISHED"].includes(record.status);
  return (
    <TopToolbar>
      {!lockedForTown && <EditButton />}
      {record && record.status !== "PUBLISHED" && !lockedForTown && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
}

export function ShowcaseShow() {
  return (
    <Show actions={<ShowActions />}>
      <ShowcaseDetail />
    </Show>
  );
}

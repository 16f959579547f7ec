import { useState } from "react";
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DataTable,
  EditButton,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
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
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import MuiTextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { CultivationTier, SizeClass } from "@qifu/domain";
import { formatFen, messageOf, StatusChip } from "@qifu/ui";
import { CardLine, FeatureList, FenInput, formPagesOf, InfoCard, InfoRow, ResponsiveDataTable, useLang, useRole } from "@qifu/ui/admin";
import { ApplicationStatus, PolicyLevel, PolicyStatus, SupportKind, type TApplication, type TPolicy } from "../schemas";
import { api, useRpc, useRpcMutation, useRpcQuery } from "./rpc";

const POLICY_TONE = { DRAFT: "default", PUBLISHED: "success", CLOSED: "warning" } as const;
const APPLICATION_TONE = { SUBMITTED: "warning", APPROVED: "success", REJECTED: "danger", WITHDRAWN: "default" } as const;

// ── the library ────────────────────────────────────────────────────────────────
export function PolicyList() {
  const lang = useLang();
  const rpc = useRpc();
  const district = useRole() === "DISTRICT_ADMIN";
  return (
    <FeatureList
      create={district}
      filters={[
        <SelectInput key="status" source="status" choices={PolicyStatus.choices(lang)} alwaysOn />,
        <SelectInput key="level" source="level" choices={PolicyLevel.choices(lang)} />,
        <SelectInput key="supportKind" source="supportKind" choices={SupportKind.choices(lang)} />,
        <BooleanInput key="autoGrant" source="autoGrant" />,
      ]}
      exportRun={(input) => rpc.policies.export.query(input)}
      emptyTitle="policies.empty"
      emptyHint="policies.empty_hint"
    >
      <ResponsiveDataTable<TPolicy>
        rowClick="show"
        card={{
          primary: (r) => r.title,
          secondary: (r) => (
            <CardLine>
              <span>{r.issuer}</span>
              <StatusChip label={PolicyStatus.label(r.status, lang)} tone={POLICY_TONE[r.status]} />
            </CardLine>
          ),
        }}
      >
        <DataTable.Col source="title" />
        <DataTable.Col source="level" render={(r: TPolicy) => PolicyLevel.label(r.level, lang)} />
        <DataTable.Col source="supportKind" disableSort render={(r: TPolicy) => SupportKind.label(r.supportKind, lang)} />
        <DataTable.Col source="handlerName" disableSort />
        <DataTable.Col
          source="autoGrant"
          disableSort
          render={(r: TPolicy) => (r.autoGrant ? <StatusChip label={lang === "zh" ? "免申即享" : "Automatic"} tone="info" /> : "—")}
        />
        <DataTable.Col source="applyTo" render={(r: TPolicy) => r.applyTo ?? "—"} />
        <DataTable.Col
          source="status"
          render={(r: TPolicy) => <StatusChip label={PolicyStatus.label(r.status, lang)} tone={POLICY_TONE[r.status]} />}
        />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

function PolicyInputs() {
  const lang = useLang();
  const translate = useTranslate();
  const record = useRecordContext<TPolicy>();
  const departments = useRpcQuery(api.policies.departments, {});
  return (
    <>
      {record?.status === "PUBLISHED" && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate("policies.edit_published_hint")}
        </Alert>
      )}
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="issuer" validate={required()} fullWidth />
      <SelectInput source="level" choices={PolicyLevel.choices(lang)} validate={required()} />
      <TextInput source="docNumber" />
      <TextInput source="issuedOn" type="date" />
      <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
        <TextInput source="effectiveFrom" type="date" />
        <TextInput source="effectiveTo" type="date" />
        <TextInput source="applyFrom" type="date" />
        <TextInput source="applyTo" type="date" />
      </Box>
      <TextInput source="summary" validate={required()} fullWidth multiline minRows={3} />
      <SelectInput source="supportKind" choices={SupportKind.choices(lang)} validate={required()} />
      <TextInput source="supportText" validate={required()} fullWidth />
      <FenInput source="maxAmountFen" />
      <ReferenceInput source="handlerNodeId" reference="nodes" sort={{ field: "name", order: "ASC" }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} fullWidth />
      </ReferenceInput>
      <SelectInput source="handlerDepartmentId" choices={departments.data ?? []} emptyText="—" />
      <TextInput source="howToApply" fullWidth multiline />
      <BooleanInput source="autoGrant" />
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {useTranslate()("policies.criteria")}
      </Typography>
      <ReferenceArrayInput source="townIds" reference="towns">
        <AutocompleteArrayInput optionText="name" />
      </ReferenceArrayInput>
      <TextInput
        source="industryCodes"
        helperText="policies.industry_hint"
        format={(v: string[] | undefined) => (v ?? []).join(",")}
        parse={(v: string) => v.split(/[,，\s]+/).filter(Boolean)}
      />
      <SelectArrayInput source="sizeClasses" choices={SizeClass.choices(lang)} />
      <SelectArrayInput source="tiers" choices={CultivationTier.choices(lang).filter((c) => c.id !== "NONE")} />
      <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
        <NumberInput source="minYears" />
        <NumberInput source="revenueMinWan" />
        <NumberInput source="revenueMaxWan" />
        <NumberInput source="employeesMin" />
        <NumberInput source="employeesMax" />
      </Box>
      <TextInput
        source="tags"
        format={(v: string[] | undefined) => (v ?? []).join(",")}
        parse={(v: string) => v.split(/[,，\s]+/).filter(Boolean)}
      />
      <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
        <ReferenceInput source="notReceivedPolicyId" reference="policies">
          <AutocompleteInput optionText="title" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 320 }} />
        </ReferenceInput>
        <NumberInput source="notReceivedYears" />
      </Box>
    </>
  );
}
export const { Create: PolicyCreate, Edit: PolicyEdit } = formPagesOf(PolicyInputs, { redirect: "show" });

function PublishButton() {
  const p = useRecordContext<TPolicy>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const publish = useRpcMutation(api.policies.publish);
  const role = useRole();
  if (!p || role !== "DISTRICT_ADMIN" || p.status === "CLOSED") return null;
  return (
    <Button
      variant="contained"
      size="small"
      disabled={publish.isPending}
      onClick={() =>
        publish.mutateAsync({ id: p.id }).then(
          (r) => {
            notify(translate("policies.pushed", { enterprises: r.pushedEnterprises, recipients: r.recipients, version: r.version }), {
              type: "success",
            });
            refresh();
          },
          (e) => notify(e.message, { type: "error" }),
        )
      }
    >
      {translate(p.status === "DRAFT" ? "policies.publish" : "policies.republish")}
    </Button>
  );
}

function AutoRecipients({ policy }: { policy: TPolicy }) {
  const translate = useTranslate();
  const lang = useLang();
  const notify = useNotify();
  const list = useRpcQuery(api.policies.autoRecipients, { policyId: policy.id });
  const confirm = useRpcMutation(api.policies.confirmAuto);
  const rows = list.data?.data ?? [];
  const waiting = rows.filter((r) => !r.granted).length;
  return (
    <InfoCard
      title={translate("policies.auto_title")}
      action={
        policy.status === "PUBLISHED" && waiting > 0 ? (
          <Button
            variant="contained"
            size="small"
            data-testid="confirm-auto"
            disabled={confirm.isPending}
            onClick={() =>
              confirm.mutateAsync({ policyId: policy.id }).then(
                (r) => {
                  notify(translate("policies.confirmed", { granted: r.granted }), { type: "success" });
                  list.refetch();
                },
                (e) => notify(messageOf(e, lang), { type: "error" }),
              )
            }
          >
            {translate("policies.confirm_all", { n: waiting })}
          </Button>
        ) : undefined
      }
    >
      {list.isPending ? (
        <CircularProgress size={24} />
      ) : list.error ? (
        <Alert severity="error">{messageOf(list.error, lang)}</Alert>
      ) : rows.length === 0 ? (
        <Typography variant="body2">{translate("policies.auto_empty")}</Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid="auto-recipients">
          {rows.map((r) => (
            <li key={r.enterpriseId}>
              <b>{r.enterpriseName}</b>（{r.townName ?? "—"}）{r.reasons.map((x) => x[lang]).join(" · ")}{" "}
              <StatusChip label={translate(r.granted ? "policies.granted" : "policies.waiting")} tone={r.granted ? "success" : "warning"} />
            </li>
          ))}
        </Box>
      )}
    </InfoCard>
  );
}

function PolicyDetail() {
  const p = useRecordContext<TPolicy>();
  const lang = useLang();
  const translate = useTranslate();
  const role = useRole();
  if (!p) return null;
  return (
    <Box sx={{ display: "grid", gap: 2, p: 2 }}>
      <InfoCard title={p.title} action={<StatusChip label={PolicyStatus.label(p.status, lang)} tone={POLICY_TONE[p.status]} />}>
        <InfoRow label={translate("resources.policies.fields.issuer")}>{`${p.issuer} ${p.docNumber ?? ""}`}</InfoRow>
        <InfoRow label={translate("resources.policies.fields.level")}>{PolicyLevel.label(p.level, lang)}</InfoRow>
        <InfoRow label={translate("resources.policies.fields.summary")}>{p.summary}</InfoRow>
        <InfoRow label={translate("resources.policies.fields.supportText")}>
          {SupportKind.label(p.supportKind, lang)}：{p.supportText}
          {p.maxAmountFen !== null && `（${translate("policies.most")} ${formatFen(p.maxAmountFen, lang)}）`}
        </InfoRow>
        <InfoRow label={translate("policies.who")}>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {p.whoQualifies.map((w) => (
              <li key={w.zh}>{w[lang]}</li>
            ))}
          </Box>
        </InfoRow>
        <InfoRow label={translate("policies.window")}>
          {p.autoGrant ? translate("policies.auto") : `${p.applyFrom ?? "—"} ～ ${p.applyTo ?? "—"}`}
        </InfoRow>
        <InfoRow label={translate("resources.policies.fields.handlerName")}>{p.handlerName ?? "—"}</InfoRow>
        <InfoRow label={translate("policies.version")}>{p.version ? `v${p.version} · ${p.publishedAt?.slice(0, 10)}` : "—"}</InfoRow>
      </InfoCard>
      {p.autoGrant && role !== "TOWN_ADMIN" && role !== "COMMISSIONER" && <AutoRecipients policy={p} />}
    </Box>
  );
}

export function PolicyShow() {
  const district = useRole() === "DISTRICT_ADMIN";
  return (
    <Show
      actions={
        <TopToolbar>
          <PublishButton />
          {district && <EditButton />}
        </TopToolbar>
      }
    >
      <PolicyDetail />
    </Show>
  );
}

// ── applications: the handling unit reviews ──────────────────────────────────
function ReviewButtons({ a }: { a: TApplication }) {
  const translate = useTranslate();
  const lang = useLang();
  const refresh = useRefresh();
  const role = useRole();
  const review = useRpcMutation(api.policyApplications.review);
  const [open, setOpen] = useState<"APPROVED" | "REJECTED" | null>(null);
  const [amount, setAmount] = useState(a.requestedFen !== null ? String(a.requestedFen / 100) : "");
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  if (a.status !== "SUBMITTED" || !["DISTRICT_ADMIN", "NODE_OPERATOR", "DEPARTMENT_HANDLER"].includes(role ?? "")) return null;
  const save = () =>
    review
      .mutateAsync({
        id: a.id,
        decision: open!,
        ...(open === "APPROVED" && amount ? { grantedFen: Math.round(Number(amount) * 100) } : {}),
        ...(note ? { note } : {}),
      })
      .then(() => {
        setOpen(null);
        refresh();
      }, setError);
  return (
    <Box sx={{ display: "flex", gap: 1 }} onClick={(e) => e.stopPropagation()}>
      <Button size="small" variant="contained" onClick={() => setOpen("APPROVED")} data-testid="approve">
        {translate("policies.approve")}
      </Button>
      <Button size="small" color="error" onClick={() => setOpen("REJECTED")}>
        {translate("policies.reject")}
      </Button>
      {open && (
        <Dialog open onClose={() => setOpen(null)} fullWidth maxWidth="xs">
          <DialogContent sx={{ display: "grid", gap: 2, pt: 3 }}>
            <Box
              sx={{ fontWeight: 600 }}
            >{`${translate(open === "APPROVED" ? "policies.approve" : "policies.reject")} · ${a.enterpriseName}`}</Box>
            <Typography variant="body2">{a.material}</Typography>
            {open === "APPROVED" && (
              <MuiTextField
                label={translate("policies.amount_yuan")}
                type="number"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
              />
            )}
            <MuiTextField
              label={translate("policies.note")}
              required={open === "REJECTED"}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              multiline
            />
            {error !== null && <Alert severity="error">{messageOf(error, lang)}</Alert>}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(null)}>{translate("policies.cancel")}</Button>
            <Button variant="contained" disabled={review.isPending || (open === "REJECTED" && !note.trim())} onClick={save}>
              {translate("policies.save")}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Box>
  );
}

export function ApplicationList() {
  const lang = useLang();
  const rpc = useRpc();
  return (
    <FeatureList
      filters={[
        <SelectInput key="status" source="status" choices={ApplicationStatus.choices(lang)} alwaysOn />,
        <ReferenceInput key="policyId" source="policyId" reference="policies" alwaysOn>
          <AutocompleteInput optionText="title" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
        </ReferenceInput>,
        <BooleanInput key="auto" source="auto" />,
      ]}
      exportRun={(input) => rpc.policyApplications.export.query(input)}
      emptyTitle="policies.empty"
      emptyHint="policies.applications_hint"
    >
      <ResponsiveDataTable<TApplication>
        rowClick={false}
        card={{
          primary: (r) => `${r.enterpriseName} · ${r.policyTitle}`,
          secondary: (r) => (
            <CardLine>
              <span>{r.submittedAt.slice(0, 10)}</span>
              <StatusChip label={ApplicationStatus.label(r.status, lang)} tone={APPLICATION_TONE[r.status]} />
            </CardLine>
          ),
          tertiary: (r) => <ReviewButtons a={r} />,
        }}
      >
        <DataTable.Col source="submittedAt" render={(r: TApplication) => r.submittedAt.slice(0, 10)} />
        <DataTable.Col source="policyTitle" disableSort />
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="auto" disableSort render={(r: TApplication) => (r.auto ? "✓" : "—")} />
        <DataTable.Col
          source="requestedFen"
          disableSort
          render={(r: TApplication) => (r.requestedFen === null ? "—" : formatFen(r.requestedFen, lang))}
        />
        <DataTable.Col source="grantedFen" render={(r: TApplication) => (r.grantedFen === null ? "—" : formatFen(r.grantedFen, lang))} />
        <DataTable.Col
          source="status"
          render={(r: TApplication) => <StatusChip label={ApplicationStatus.label(r.status, lang)} tone={APPLICATION_TONE[r.status]} />}
        />
        <DataTable.Col source="reviewNote" disableSort />
        <DataTable.Col source="actions" disableSort render={(r: TApplication) => <ReviewButtons a={r} />} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

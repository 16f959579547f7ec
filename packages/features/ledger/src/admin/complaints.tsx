import { useState } from "react";
import { BooleanInput, DataTable, List, SelectInput, Show, TopToolbar, useRecordContext, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { formatDateTime } from "@qifu/ui";
import { CardLine, InfoCard, InfoRow, ListEmpty, ResponsiveDataTable, useLang, useRole } from "@qifu/ui/admin";
import { api, useRpcQuery } from "./rpc";
import { ComplaintStatus, type TComplaint } from "../schemas";
import { StepDialogButton } from "@qifu/ui/admin";
import { ComplaintStatusChip, DueCell, useStep } from "./parts";

/**
 * The complaint time limit above the list: the town admins see it, the district admin sets
 * it (working days on the working calendar; a new limit applies to complaints filed after).
 */
function ComplaintLimit() {
  const role = useRole();
  const translate = useTranslate();
  const run = useStep();
  const supervisor = role === "DISTRICT_ADMIN" || role === "TOWN_ADMIN";
  const { data, refetch } = useRpcQuery(api.serviceComplaints.settings, undefined, { enabled: supervisor });
  const [days, setDays] = useState<string | null>(null);
  if (!supervisor || !data) return null;
  const n = Number(days ?? data.complaintLimitDays);
  return (
    <TopToolbar sx={{ alignItems: "center", gap: 1.5 }}>
      <Typography variant="body2" color="text.secondary" data-testid="complaint-limit">
        {translate("ledger.complaint_limit", { days: data.complaintLimitDays })}
      </Typography>
      {role === "DISTRICT_ADMIN" && (
        <StepDialogButton
          label={translate("ledger.complaint_limit_edit")}
          title={translate("ledger.complaint_limit_title")}
          variant="outlined"
          disabled={!Number.isInteger(n) || n < 1 || n > 60}
          onConfirm={async () => {
            const ok = await run(api.serviceComplaints.setSettings, { complaintLimitDays: n });
            if (ok) await refetch();
            return ok;
          }}
        >
          <TextField
            type="number"
            label={translate("ledger.complaint_limit_days")}
            value={days ?? String(data.complaintLimitDays)}
            onChange={(e) => setDays(e.target.value)}
            slotProps={{ htmlInput: { min: 1, max: 60 } }}
            helperText={translate("ledger.complaint_limit_hint")}
            autoFocus
          />
        </StepDialogButton>
      )}
    </TopToolbar>
  );
}

/** Still with the node: its due date matters. */
const isOpenComplaint = (r: TComplaint) => r.status === "FILED" || r.status === "HANDLING";

export function ComplaintList() {
  const lang = useLang();
  return (
    <List
      exporter={false}
      actions={<ComplaintLimit />}
      filters={[
        <SelectInput key="status" source="status" choices={ComplaintStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
        <BooleanInput key="overdue" source="overdue" alwaysOn />,
      ]}
      sort={{ field: "createdAt", order: "DESC" }}
      empty={<ListEmpty title="ledger.empty.complaints" />}
    >
      <ResponsiveDataTable<TComplaint>
        card={{
          primary: (r) => r.subject,
          secondary: (r) => (
            <CardLine>
              <span>
                {r.enterpriseName} · {r.nodeName}
              </span>
              <ComplaintStatusChip status={r.status} />
              {isOpenComplaint(r) && <DueCell dueAt={r.dueAt} overdue={r.overdue} open />}
            </CardLine>
          ),
          tertiary: (r) => formatDateTime(r.createdAt, lang),
        }}
      >
        <DataTable.Col
          source="subject"
          disableSort
          render={(r: TComplaint) => <Box sx={{ fontWeight: 500, maxWidth: 320 }}>{r.subject}</Box>}
        />
        <DataTable.Col source="nodeId" disableSort render={(r: TComplaint) => <Box sx={{ maxWidth: 220 }}>{r.nodeName}</Box>} />
        <DataTable.Col source="enterpriseId" disableSort render={(r: TComplaint) => r.enterpriseName} />
        <DataTable.Col source="status" render={(r: TComplaint) => <ComplaintStatusChip status={r.status} />} />
        <DataTable.Col source="createdAt" render={(r: TComplaint) => formatDateTime(r.createdAt, lang)} />
        <DataTable.Col
          source="dueAt"
          render={(r: TComplaint) => <DueCell dueAt={r.dueAt} overdue={r.overdue} open={isOpenComplaint(r)} />}
        />
      </ResponsiveDataTable>
    </List>
  );
}

function ComplaintActions() {
  const c = useRecordContext<TComplaint>();
  const role = useRole();
  const translate = useTranslate();
  const run = useStep();
  const [answer, setAnswer] = useState("");
  if (!c || (role !== "DISTRICT_ADMIN" && role !== "TOWN_ADMIN")) return null;
  return (
    <TopToolbar sx={{ gap: 1 }}>
      {c.status === "FILED" && (
        <StepDialogButton
          label={translate("ledger.handle")}
          title={translate("ledger.handle")}
          onConfirm={() => run(api.serviceComplaints.handle, { id: c.id })}
        >
          {c.subject}
        </StepDialogButton>
      )}
      {c.status === "HANDLING" && (
        <StepDialogButton
          label={translate("ledger.answer")}
          title={translate("ledger.answer_title")}
          disabled={answer.trim().length < 4}
          onConfirm={() => run(api.serviceComplaints.answer, { id: c.id, answer })}
        >
          <TextField
            label={translate("resources.serviceComplaints.fields.answer")}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            multiline
            minRows={4}
            autoFocus
          />
        </StepDialogButton>
      )}
      {c.status === "ANSWERED" && (
        <StepDialogButton
          label={translate("ledger.close")}
          title={translate("ledger.close")}
          variant="outlined"
          onConfirm={() => run(api.serviceComplaints.close, { id: c.id })}
        >
          {c.answer}
        </StepDialogButton>
      )}
    </TopToolbar>
  );
}

function ComplaintDetail() {
  const c = useRecordContext<TComplaint>();
  const lang = useLang();
  const translate = useTranslate();
  if (!c) return null;
  const f = (k: string) => translate(`resources.serviceComplaints.fields.${k}`);
  return (
    <Box sx={{ p: 2 }}>
      <InfoCard title={c.subject} action={<ComplaintStatusChip status={c.status} />}>
        <InfoRow label={f("nodeName")}>
          {c.nodeName}
          {c.townName ? ` · ${c.townName}` : ""}
        </InfoRow>
        <InfoRow label={f("enterpriseName")}>{c.enterpriseName}</InfoRow>
        <InfoRow label={f("content")}>
          <Box sx={{ whiteSpace: "pre-wrap" }}>{c.content}</Box>
        </InfoRow>
        <InfoRow label={f("createdAt")}>{formatDateTime(c.createdAt, lang)}</InfoRow>
        <InfoRow label={f("dueAt")}>
          <DueCell dueAt={c.dueAt} overdue={c.overdue} open={c.status === "FILED" || c.status === "HANDLING"} />
        </InfoRow>
        {c.reopenReason && <InfoRow label={f("reopenReason")}>{c.reopenReason}</InfoRow>}
        {c.answer && (
          <InfoRow label={f("answer")}>
            <Box sx={{ whiteSpace: "pre-wrap" }}>{c.answer}</Box>
          </InfoRow>
        )}
      </InfoCard>
    </Box>
  );
}

export function ComplaintShow() {
  return (
    <Show actions={<ComplaintActions />} sx={{ maxWidth: 900 }}>
      <ComplaintDetail />
    </Show>
  );
}

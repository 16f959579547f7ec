import { useState } from "react";
import { BooleanInput, DataTable, List, SelectInput, Show, TopToolbar, useRecordContext, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import TextField from "@mui/material/TextField";
import { formatDateTime } from "@qifu/ui";
import { InfoCard, InfoRow, ListEmpty, useLang, useRole } from "@qifu/ui/admin";
import { ComplaintStatus, type TComplaint } from "../schemas";
import { ComplaintStatusChip, DueCell, StepDialogButton, useStep } from "./parts";

export function ComplaintList() {
  const lang = useLang();
  return (
    <List exporter={false} filters={[<SelectInput key="status" source="status" choices={ComplaintStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />, <BooleanInput key="overdue" source="overdue" alwaysOn />]} sort={{ field: "createdAt", order: "DESC" }} empty={<ListEmpty title="ledger.empty.complaints" />}>
      <DataTable rowClick="show" bulkActionButtons={false} sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
        <DataTable.Col source="subject" disableSort render={(r: TComplaint) => <Box sx={{ fontWeight: 500, maxWidth: 320 }}>{r.subject}</Box>} />
        <DataTable.Col source="nodeId" disableSort render={(r: TComplaint) => <Box sx={{ maxWidth: 220 }}>{r.nodeName}</Box>} />
        <DataTable.Col source="enterpriseId" disableSort render={(r: TComplaint) => r.enterpriseName} />
        <DataTable.Col source="status" render={(r: TComplaint) => <ComplaintStatusChip status={r.status} />} />
        <DataTable.Col source="createdAt" render={(r: TComplaint) => formatDateTime(r.createdAt, lang)} />
        <DataTable.Col source="dueAt" render={(r: TComplaint) => <DueCell dueAt={r.dueAt} overdue={r.overdue} open={r.status === "FILED" || r.status === "HANDLING"} />} />
      </DataTable>
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
      {c.status === "FILED" && <StepDialogButton label={translate("ledger.handle")} title={translate("ledger.handle")} onConfirm={() => run("serviceComplaints.handle", { id: c.id })}>{c.subject}</StepDialogButton>}
      {c.status === "HANDLING" && (
        <StepDialogButton label={translate("ledger.answer")} title={translate("ledger.answer_title")} disabled={answer.trim().length < 4} onConfirm={() => run("serviceComplaints.answer", { id: c.id, answer })}>
          <TextField label={translate("resources.serviceComplaints.fields.answer")} value={answer} onChange={(e) => setAnswer(e.target.value)} multiline minRows={4} autoFocus />
        </StepDialogButton>
      )}
      {c.status === "ANSWERED" && <StepDialogButton label={translate("ledger.close")} title={translate("ledger.close")} variant="outlined" onConfirm={() => run("serviceComplaints.close", { id: c.id })}>{c.answer}</StepDialogButton>}
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
        <InfoRow label={f("nodeName")}>{c.nodeName}{c.townName ? ` · ${c.townName}` : ""}</InfoRow>
        <InfoRow label={f("enterpriseName")}>{c.enterpriseName}</InfoRow>
        <InfoRow label={f("content")}><Box sx={{ whiteSpace: "pre-wrap" }}>{c.content}</Box></InfoRow>
        <InfoRow label={f("createdAt")}>{formatDateTime(c.createdAt, lang)}</InfoRow>
        <InfoRow label={f("dueAt")}><DueCell dueAt={c.dueAt} overdue={c.overdue} open={c.status === "FILED" || c.status === "HANDLING"} /></InfoRow>
        {c.reopenReason && <InfoRow label={f("reopenReason")}>{c.reopenReason}</InfoRow>}
        {c.answer && <InfoRow label={f("answer")}><Box sx={{ whiteSpace: "pre-wrap" }}>{c.answer}</Box></InfoRow>}
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

import { useState } from "react";
import { BooleanInput, DataTable, List, SearchInput, SelectInput, Show, TopToolbar, useRecordContext, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { ServiceCategory, shanghaiDate } from "@qifu/domain";
import { FileUpload, formatDateTime, type TUploadedFile } from "@qifu/ui";
import { CardLine, InfoCard, InfoRow, ListEmpty, ResponsiveDataTable, useLang } from "@qifu/ui/admin";
import { LedgerChannel, RequestStatus, type TLedgerChannel, type TRequest } from "../schemas";
import { StepDialogButton } from "@qifu/ui/admin";
import { DueCell, RequestStatusChip, useStep } from "./parts";
import { api } from "./rpc";

const today = () => shanghaiDate(new Date());

/** Still with the node: its due date matters. */
const isOpenRequest = (r: TRequest) => r.status === "PENDING" || r.status === "ACCEPTED";

export function RequestList() {
  const lang = useLang();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 220 }} />,
    <SelectInput key="status" source="status" choices={RequestStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <SelectInput key="category" source="category" choices={ServiceCategory.choices(lang)} alwaysOn sx={{ minWidth: 140 }} />,
    <BooleanInput key="overdue" source="overdue" alwaysOn />,
  ];
  return (
    <List
      exporter={false}
      filters={filters}
      sort={{ field: "createdAt", order: "DESC" }}
      empty={<ListEmpty title="ledger.empty.requests" description="ledger.empty.requests_hint" />}
    >
      <ResponsiveDataTable<TRequest>
        card={{
          primary: (r) => r.productTitle,
          secondary: (r) => (
            <CardLine>
              <span>
                {r.enterpriseName} · {r.nodeName}
              </span>
              <RequestStatusChip status={r.status} />
              {isOpenRequest(r) && <DueCell dueAt={r.dueAt} overdue={r.overdue} open />}
            </CardLine>
          ),
          tertiary: (r) => r.number,
        }}
      >
        <DataTable.Col source="number" render={(r: TRequest) => <Box sx={{ whiteSpace: "nowrap" }}>{r.number}</Box>} />
        <DataTable.Col
          source="enterpriseId"
          render={(r: TRequest) => <Box sx={{ fontWeight: 500, maxWidth: 240 }}>{r.enterpriseName}</Box>}
        />
        <DataTable.Col source="productId" disableSort render={(r: TRequest) => <Box sx={{ maxWidth: 280 }}>{r.productTitle}</Box>} />
        <DataTable.Col source="nodeId" render={(r: TRequest) => <Box sx={{ maxWidth: 220 }}>{r.nodeName}</Box>} />
        <DataTable.Col source="channel" disableSort render={(r: TRequest) => LedgerChannel.label(r.channel, lang)} />
        <DataTable.Col source="status" render={(r: TRequest) => <RequestStatusChip status={r.status} />} />
        <DataTable.Col source="createdAt" render={(r: TRequest) => formatDateTime(r.createdAt, lang)} />
        <DataTable.Col source="dueAt" render={(r: TRequest) => <DueCell dueAt={r.dueAt} overdue={r.overdue} open={isOpenRequest(r)} />} />
      </ResponsiveDataTable>
    </List>
  );
}

/** The inputs of a delivered service: date, channel, staff, summary, evidence. */
export function DeliveryFields({ value, onChange }: { value: TDelivery; onChange: (v: TDelivery) => void }) {
  const lang = useLang();
  const translate = useTranslate();
  const f = (k: string) => translate(`resources.ledgerRecords.fields.${k}`);
  return (
    <>
      <Box sx={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 2 }}>
        <TextField
          type="date"
          label={f("servedOn")}
          value={value.servedOn}
          onChange={(e) => onChange({ ...value, servedOn: e.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today() } }}
        />
        <TextField
          select
          label={f("channel")}
          value={value.channel}
          onChange={(e) => onChange({ ...value, channel: e.target.value as TLedgerChannel })}
        >
          {LedgerChannel.choices(lang).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <TextField label={f("staffName")} value={value.staffName} onChange={(e) => onChange({ ...value, staffName: e.target.value })} />
      <TextField
        label={f("summary")}
        value={value.summary}
        onChange={(e) => onChange({ ...value, summary: e.target.value })}
        multiline
        minRows={3}
      />
      <FileUpload value={value.files} onChange={(files) => onChange({ ...value, files })} max={5} label={f("fileIds")} />
    </>
  );
}
export type TDelivery = { servedOn: string; channel: TLedgerChannel; staffName: string; summary: string; files: TUploadedFile[] };

function RequestActions() {
  const r = useRecordContext<TRequest>();
  const translate = useTranslate();
  const run = useStep();
  const [reason, setReason] = useState("");
  // null until edited: the form starts from the request, so the channel the enterprise chose is the default
  const [edited, setDelivery] = useState<TDelivery | null>(null);
  if (!r) return null;
  const delivery: TDelivery = edited ?? { servedOn: today(), channel: r.channel, staffName: "", summary: "", files: [] };
  return (
    <TopToolbar sx={{ gap: 1 }}>
      {r.status === "PENDING" && (
        <StepDialogButton
          label={translate("ledger.accept")}
          title={translate("ledger.accept")}
          onConfirm={() => run(api.serviceRequests.accept, { id: r.id })}
        >
          {r.note}
        </StepDialogButton>
      )}
      {r.status === "ACCEPTED" && (
        <StepDialogButton
          label={translate("ledger.deliver")}
          title={translate("ledger.deliver_title")}
          onConfirm={() =>
            run(api.serviceRequests.deliver, {
              id: r.id,
              servedOn: delivery.servedOn,
              channel: delivery.channel,
              staffName: delivery.staffName,
              summary: delivery.summary,
              fileIds: delivery.files.map((x) => x.id),
            })
          }
        >
          <DeliveryFields value={delivery} onChange={setDelivery} />
        </StepDialogButton>
      )}
      {(r.status === "PENDING" || r.status === "ACCEPTED") && (
        <StepDialogButton
          label={translate("ledger.decline")}
          title={translate("ledger.decline")}
          color="error"
          variant="outlined"
          disabled={reason.trim().length < 2}
          onConfirm={() => run(api.serviceRequests.decline, { id: r.id, reason })}
        >
          <TextField
            label={translate("ledger.decline_reason")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            minRows={2}
            autoFocus
          />
        </StepDialogButton>
      )}
    </TopToolbar>
  );
}

function RequestDetail() {
  const r = useRecordContext<TRequest>();
  const lang = useLang();
  const translate = useTranslate();
  if (!r) return null;
  const f = (k: string) => translate(`resources.serviceRequests.fields.${k}`);
  return (
    <Box sx={{ display: "grid", gap: 2, p: 2 }}>
      <InfoCard title={`${r.number} · ${r.productTitle}`} action={<RequestStatusChip status={r.status} />}>
        <InfoRow label={f("enterpriseName")}>{r.enterpriseName}</InfoRow>
        <InfoRow label={f("nodeName")}>
          {r.nodeName}
          {r.townName ? ` · ${r.townName}` : ""}
        </InfoRow>
        <InfoRow label={f("category")}>{ServiceCategory.label(r.category, lang)}</InfoRow>
        <InfoRow label={f("channel")}>{LedgerChannel.label(r.channel, lang)}</InfoRow>
        <InfoRow label={f("note")}>
          <Box sx={{ whiteSpace: "pre-wrap" }}>{r.note}</Box>
        </InfoRow>
        <InfoRow label={f("contactName")}>{[r.contactName, r.contactPhone].filter(Boolean).join(" ") || "—"}</InfoRow>
        <InfoRow label={f("createdAt")}>{formatDateTime(r.createdAt, lang)}</InfoRow>
        <InfoRow label={f("dueAt")}>
          <DueCell dueAt={r.dueAt} overdue={r.overdue} open={isOpenRequest(r)} />
        </InfoRow>
        {r.reason && <InfoRow label={f("reason")}>{r.reason}</InfoRow>}
        {r.recordId && (
          <InfoRow label={translate("ledger.menu.records")}>
            <a href={`#/ledgerRecords/${r.recordId}/show`}>{translate("ledger.record_link")}</a>
          </InfoRow>
        )}
      </InfoCard>
    </Box>
  );
}

export function RequestShow() {
  return (
    <Show actions={<RequestActions />} sx={{ maxWidth: 900 }}>
      <RequestDetail />
    </Show>
  );
}

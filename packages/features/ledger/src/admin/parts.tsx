import { useNotify, useRefresh, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import Rating from "@mui/material/Rating";
import { formatDateTime, messageOf, StatusChip, type StatusTone } from "@qifu/ui";
import { mutateAt, useLang, type TInputOf, type TMutationProcedure } from "@qifu/ui/admin";
import { useRpc } from "./rpc";
import { ComplaintStatus, RequestStatus, type TComplaintStatus, type TRequestStatus } from "../schemas";

const REQUEST_TONE: Record<TRequestStatus, StatusTone> = {
  PENDING: "warning",
  ACCEPTED: "info",
  DECLINED: "danger",
  DELIVERED: "success",
  CANCELLED: "default",
};
const COMPLAINT_TONE: Record<TComplaintStatus, StatusTone> = { FILED: "warning", HANDLING: "info", ANSWERED: "success", CLOSED: "default" };

export function RequestStatusChip({ status }: { status: TRequestStatus }) {
  return <StatusChip label={RequestStatus.label(status, useLang())} tone={REQUEST_TONE[status]} />;
}
/** The due time of an open case; red with 已超时 once the sweep flagged it. */
export function DueCell({ dueAt, overdue, open }: { dueAt: string | null; overdue: boolean; open: boolean }) {
  const lang = useLang();
  const translate = useTranslate();
  if (!dueAt || !open) return <>—</>;
  return (
    <Box
      component="span"
      sx={{ display: "inline-flex", gap: 0.5, alignItems: "center", whiteSpace: "nowrap", color: overdue ? "error.main" : undefined }}
    >
      {formatDateTime(dueAt, lang)}
      {overdue && <StatusChip label={translate("ledger.overdue")} tone="danger" />}
    </Box>
  );
}
export function ComplaintStatusChip({ status }: { status: TComplaintStatus }) {
  return <StatusChip label={ComplaintStatus.label(status, useLang())} tone={COMPLAINT_TONE[status]} />;
}
export function Stars({ score }: { score: number | null }) {
  const translate = useTranslate();
  return score == null ? (
    <span style={{ color: "#888" }}>{translate("ledger.not_rated")}</span>
  ) : (
    <Rating value={score} readOnly size="small" />
  );
}

/** Run a workflow procedure (`run(api.serviceComplaints.close, { id })`); notify and refresh on success, show the server's message otherwise. */
export function useStep() {
  const rpc = useRpc();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const lang = useLang();
  return async <P extends TMutationProcedure>(procedure: P, input: TInputOf<P>) => {
    try {
      await mutateAt(rpc, procedure, input);
      notify(translate("ledger.done"), { type: "success" });
      refresh();
      return true;
    } catch (e) {
      notify(e instanceof Error ? e.message : messageOf(e, lang), { type: "error" });
      return false;
    }
  };
}

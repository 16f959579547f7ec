import { useState } from "react";
import { DataTable, List, SelectInput, useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EmptyState, formatDateTime, messageOf, StatusChip } from "@qifu/ui";
import { ClaimStatus, type TClaim } from "../schemas";
import { useLang } from "./i18n";
import { mutateAt } from "@qifu/ui/admin";
import { api, useRpc } from "./rpc";

const TONE = { PENDING: "warning", APPROVED: "success", REJECTED: "default", CLOSED: "default", EXPIRED: "default" } as const;

/** Approve or reject one claim; rejecting needs a reason the enterprise will read. */
function ReviewButtons() {
  const claim = useRecordContext<TClaim>();
  const translate = useTranslate();
  const lang = useLang();
  const rpc = useRpc();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState<null | "approve" | "reject">(null);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  if (!claim || claim.status !== "PENDING") return null;
  const submit = async () => {
    setBusy(true);
    try {
      if (!open) return;
      await mutateAt(rpc, api.enterpriseClaims[open], { id: claim.id, ...(note.trim() ? { note: note.trim() } : {}) });
      notify(translate(open === "approve" ? "claims.done_approve" : "claims.done_reject"), { type: "success" });
      setOpen(null);
      setNote("");
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : messageOf(e, lang), { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ display: "flex", gap: 1 }} onClick={(e) => e.stopPropagation()}>
      <Button size="small" variant="contained" onClick={() => setOpen("approve")}>
        {translate("claims.approve")}
      </Button>
      <Button size="small" color="error" onClick={() => setOpen("reject")}>
        {translate("claims.reject")}
      </Button>
      <Dialog open={open !== null} onClose={() => !busy && setOpen(null)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate(open === "reject" ? "claims.reject_title" : "claims.approve_title")}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 0.5, fontWeight: 600 }}>
            {claim.name}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ fontFamily: "monospace", mb: 2 }}>
            {claim.creditCode}
          </Typography>
          {open === "approve" && (
            <Typography variant="body2" sx={{ mb: 2 }}>
              {claim.matchedEnterpriseName
                ? translate("claims.approve_link", { name: claim.matchedEnterpriseName })
                : translate("claims.approve_new")}
            </Typography>
          )}
          <TextField
            label={translate(open === "reject" ? "claims.reason" : "claims.note")}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            fullWidth
            multiline
            minRows={2}
            required={open === "reject"}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(null)} disabled={busy}>
            {translate("claims.cancel")}
          </Button>
          <Button
            variant="contained"
            color={open === "reject" ? "error" : "primary"}
            onClick={submit}
            disabled={busy || (open === "reject" && note.trim().length < 2)}
          >
            {translate(open === "reject" ? "claims.reject" : "claims.approve")}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

export function ClaimList() {
  const lang = useLang();
  const translate = useTranslate();
  const statusChoices = ClaimStatus.values.map((id) => ({ id, name: ClaimStatus.labels[id][lang] }));
  return (
    <List
      exporter={false}
      filters={[<SelectInput key="status" source="status" choices={statusChoices} alwaysOn sx={{ minWidth: 140 }} />]}
      filterDefaultValues={{ status: "PENDING" }}
      sort={{ field: "createdAt", order: "DESC" }}
      empty={false}
      actions={false}
    >
      <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyState title={translate("claims.empty_title")} />}>
        <DataTable.Col
          source="name"
          render={(c: TClaim) => (
            <Box>
              <Box sx={{ fontWeight: 500 }}>{c.name}</Box>
              <Box sx={{ color: "text.secondary", fontSize: 12, fontFamily: "monospace" }}>{c.creditCode}</Box>
            </Box>
          )}
        />
        <DataTable.Col source="username" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="contactName" disableSort render={(c: TClaim) => `${c.contactName ?? ""} ${c.contactPhone ?? ""}`} />
        <DataTable.Col
          source="matchedEnterpriseName"
          disableSort
          render={(c: TClaim) =>
            c.matchedEnterpriseName ?? (
              <Box component="span" sx={{ color: "text.secondary" }}>
                {translate("claims.new_record")}
              </Box>
            )
          }
        />
        <DataTable.Col source="createdAt" render={(c: TClaim) => formatDateTime(c.createdAt, lang)} />
        <DataTable.Col
          source="status"
          render={(c: TClaim) => (
            <Box>
              <StatusChip label={ClaimStatus.labels[c.status][lang]} tone={TONE[c.status]} />
              {c.reviewNote && <Box sx={{ fontSize: 12, color: "text.secondary", mt: 0.5 }}>{c.reviewNote}</Box>}
            </Box>
          )}
        />
        <DataTable.Col label="" disableSort render={() => <ReviewButtons />} />
      </DataTable>
    </List>
  );
}

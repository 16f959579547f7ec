import { useState } from "react";
import { DataTable, SelectInput, useNotify, useRefresh, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { shanghaiDate } from "@qifu/domain";
import { formatFen, messageOf, StatusChip, type StatusTone } from "@qifu/ui";
import { CardLine, FeatureList, ResponsiveDataTable, useLang, useRole } from "@qifu/ui/admin";
import { Collateral, SendingStatus, Urgency, type TSending, type TSendingStatus } from "../schemas";
import { pct } from "./product-views";
import { api, useRpc, useRpcMutation, useRpcQuery } from "./rpc";

export const SENDING_TONE: Record<TSendingStatus, StatusTone> = {
  SENT: "warning",
  REVIEWING: "info",
  DECLINED: "default",
  APPROVED: "info",
  GRANTED: "success",
};

function useFail() {
  const notify = useNotify();
  const lang = useLang();
  return (e: unknown) => notify(messageOf(e, lang), { type: "error" });
}

/** 婉拒: the institution says why (the enterprise sees it). */
function DeclineDialog({ s, onClose }: { s: TSending; onClose: () => void }) {
  const translate = useTranslate();
  const answer = useRpcMutation(api.financingSendings.answer);
  const refresh = useRefresh();
  const fail = useFail();
  const [reason, setReason] = useState("");
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {translate("financing.decline_title")} · {s.enterpriseName}
      </DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          margin="dense"
          label={translate("financing.decline_reason")}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          inputProps={{ maxLength: 500 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("financing.cancel")}</Button>
        <Button
          variant="contained"
          color="error"
          disabled={answer.isPending || reason.trim().length < 2}
          onClick={() =>
            answer.mutate(
              { id: s.id, decision: "DECLINE", reason: reason.trim() },
              { onSuccess: () => (onClose(), refresh()), onError: fail },
            )
          }
        >
          {translate("financing.decline")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

const yuanToFen = (v: string) => (v.trim() === "" ? null : Math.round(Number(v) * 100));

/** 登记结果: amount approved; once lent, amount granted, rate and date, and the scheme it draws on. */
function OutcomeDialog({ s, onClose }: { s: TSending; onClose: () => void }) {
  const translate = useTranslate();
  const lang = useLang();
  const outcome = useRpcMutation(api.financingSendings.outcome);
  const schemes = useRpcQuery(api.financingSendings.schemeChoices, undefined);
  const refresh = useRefresh();
  const fail = useFail();
  const [approved, setApproved] = useState(String((s.approvedFen ?? s.needAmountFen) / 100));
  const [granted, setGranted] = useState("");
  const [rate, setRate] = useState(s.rateBp ? String(s.rateBp / 100) : "");
  const [grantedOn, setGrantedOn] = useState(shanghaiDate(new Date()));
  const [schemeId, setSchemeId] = useState("");
  const save = () => {
    const grantedFen = yuanToFen(granted);
    outcome.mutate(
      {
        id: s.id,
        approvedFen: yuanToFen(approved) ?? 0,
        grantedFen,
        rateBp: Math.round(Number(rate) * 100),
        grantedOn: grantedFen ? grantedOn : null,
        schemeId: schemeId || null,
      },
      { onSuccess: () => (onClose(), refresh()), onError: fail },
    );
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {translate("financing.outcome_title")} · {s.enterpriseName}
      </DialogTitle>
      <DialogContent sx={{ display: "grid", gap: 2, pt: "8px !important", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}>
        <TextField label={translate("financing.approved")} type="number" value={approved} onChange={(e) => setApproved(e.target.value)} />
        <TextField label={translate("financing.rate")} type="number" value={rate} onChange={(e) => setRate(e.target.value)} />
        <TextField label={translate("financing.granted")} type="number" value={granted} onChange={(e) => setGranted(e.target.value)} />
        <TextField
          label={translate("financing.granted_on")}
          type="date"
          value={grantedOn}
          onChange={(e) => setGrantedOn(e.target.value)}
          InputLabelProps={{ shrink: true }}
        />
        <TextField
          select
          label={translate("financing.scheme")}
          value={schemeId}
          onChange={(e) => setSchemeId(e.target.value)}
          sx={{ gridColumn: "1 / -1" }}
        >
          <MenuItem value="">{translate("financing.no_scheme")}</MenuItem>
          {(schemes.data ?? []).map((x) => (
            <MenuItem key={x.id} value={x.id}>
              {x.name}（{translate("financing.left", { amount: formatFen(x.leftFen, lang) })}）
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("financing.cancel")}</Button>
        <Button variant="contained" disabled={outcome.isPending || !rate || !approved} onClick={save}>
          {translate("financing.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The institution's buttons for one contact; the server checks again (its own node, the contact's state). */
function AnswerButtons({ s }: { s: TSending }) {
  const translate = useTranslate();
  const answer = useRpcMutation(api.financingSendings.answer);
  const refresh = useRefresh();
  const fail = useFail();
  const [open, setOpen] = useState<"decline" | "outcome" | null>(null);
  const role = useRole();
  if (role !== "NODE_OPERATOR") return null;
  const stop = (e: React.MouseEvent) => e.stopPropagation();
  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }} onClick={stop}>
      {s.status === "SENT" && (
        <>
          <Button
            size="small"
            variant="contained"
            disabled={answer.isPending}
            onClick={() => answer.mutate({ id: s.id, decision: "ACCEPT" }, { onSuccess: refresh, onError: fail })}
          >
            {translate("financing.accept")}
          </Button>
          <Button size="small" color="error" onClick={() => setOpen("decline")}>
            {translate("financing.decline")}
          </Button>
        </>
      )}
      {(s.status === "REVIEWING" || s.status === "APPROVED") && (
        <Button size="small" variant="outlined" onClick={() => setOpen("outcome")}>
          {translate("financing.record_outcome")}
        </Button>
      )}
      {open === "decline" && <DeclineDialog s={s} onClose={() => setOpen(null)} />}
      {open === "outcome" && <OutcomeDialog s={s} onClose={() => setOpen(null)} />}
    </Box>
  );
}

function Outcome({ s }: { s: TSending }) {
  const lang = useLang();
  if (s.status === "DECLINED") return <>{s.declineReason}</>;
  const parts = [
    s.approvedFen !== null ? `${lang === "zh" ? "批" : "approved"} ${formatFen(s.approvedFen, lang)}` : null,
    s.grantedFen !== null ? `${lang === "zh" ? "放" : "granted"} ${formatFen(s.grantedFen, lang)} · ${s.grantedOn}` : null,
    s.rateBp !== null ? pct(s.rateBp) : null,
    s.schemeName,
  ].filter(Boolean);
  return <>{parts.join(" · ") || "—"}</>;
}

/** 融资对接: an institution's inbox (what was sent to it); the district and towns follow the contacts in their scope. */
export function SendingList() {
  const rpc = useRpc();
  const lang = useLang();
  return (
    <FeatureList
      filters={[<SelectInput key="status" source="status" choices={SendingStatus.choices(lang)} alwaysOn />]}
      exportRun={(input) => rpc.financingSendings.export.query(input)}
      emptyTitle="financing.sendings_empty"
      emptyHint="financing.sendings_empty_hint"
    >
      <ResponsiveDataTable<TSending>
        rowClick={false}
        card={{
          primary: (r) => `${r.enterpriseName} · ${formatFen(r.needAmountFen, lang)}`,
          secondary: (r) => (
            <CardLine>
              <span>{r.needPurpose}</span>
              <span>{SendingStatus.label(r.status, lang)}</span>
            </CardLine>
          ),
          tertiary: (r) => <AnswerButtons s={r} />,
        }}
      >
        <DataTable.Col source="sentOn" />
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="nodeId" disableSort render={(r: TSending) => r.nodeName} />
        <DataTable.Col source="needAmountFen" disableSort render={(r: TSending) => formatFen(r.needAmountFen, lang)} />
        <DataTable.Col
          source="needPurpose"
          disableSort
          render={(r: TSending) => `${r.needPurpose}（${r.needTermMonths}${lang === "zh" ? "个月" : " mo"}）`}
        />
        <DataTable.Col source="needCollateral" disableSort render={(r: TSending) => Collateral.label(r.needCollateral, lang)} />
        <DataTable.Col source="needUrgency" disableSort render={(r: TSending) => Urgency.label(r.needUrgency, lang)} />
        <DataTable.Col
          source="status"
          render={(r: TSending) => <StatusChip label={SendingStatus.label(r.status, lang)} tone={SENDING_TONE[r.status]} />}
        />
        <DataTable.Col source="outcome" disableSort render={(r: TSending) => <Outcome s={r} />} />
        <DataTable.Col source="actions" label=" " disableSort render={(r: TSending) => <AnswerButtons s={r} />} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

import { useState } from "react";
import {
  AutocompleteArrayInput,
  DataTable,
  DateInput,
  NumberInput,
  ReferenceArrayInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  required,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from "react-admin";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import CircularProgress from "@mui/material/CircularProgress";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import MenuItem from "@mui/material/MenuItem";
import MuiTextField from "@mui/material/TextField";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { ServiceCategory } from "@qifu/domain";
import { downloadBase64File, FileUpload, formatDate, formatDateTime, formatFen, messageOf, StatusChip, type TUploadedFile } from "@qifu/ui";
import { CardLine, FeatureList, FenInput, formPagesOf, ResponsiveDataTable, useLang, useRole } from "@qifu/ui/admin";
import {
  BatchStatus,
  IssueMode,
  RedemptionStatus,
  SignalKind,
  VoucherStatus,
  type TBatch,
  type TRedemption,
  type TSettlement,
  type TSignal,
  type TSpotCheck,
  type TVoucher,
} from "../schemas";
import { api, useRpc, useRpcMutation, useRpcQuery } from "./rpc";

const stop = (e: React.MouseEvent) => e.stopPropagation();
/** The 24 months that have ended, latest first (YYYY-MM, Shanghai): only an ended month can be settled. */
const endedMonths = () => {
  const d = new Date(Date.now() + 8 * 3600_000);
  return Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1 - i, 1)).toISOString().slice(0, 7));
};
const lastMonth = () => endedMonths()[0];
/** "2026年11月" / "Nov 2026". */
const monthLabel = (m: string, lang: "zh" | "en") =>
  lang === "zh"
    ? `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`
    : new Date(`${m}-15T00:00:00Z`).toLocaleDateString("en", { month: "short", year: "numeric", timeZone: "UTC" });

/** A dialog with a body and an OK button that runs `onSave`; its error shows in the dialog. */
function ActionDialog({
  title,
  hint,
  ready = true,
  onSave,
  onClose,
  children,
}: {
  title: string;
  hint?: string;
  ready?: boolean;
  onSave: () => Promise<unknown>;
  onClose: () => void;
  children: React.ReactNode;
}) {
  const translate = useTranslate();
  const lang = useLang();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" onClick={stop}>
      <DialogContent sx={{ display: "grid", gap: 2, pt: 3 }}>
        <Typography variant="h6">{title}</Typography>
        {hint && <Alert severity="info">{hint}</Alert>}
        {children}
        {error !== null && <Alert severity="error">{messageOf(error, lang)}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("vouchers.cancel")}</Button>
        <Button
          variant="contained"
          disabled={!ready || busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            onSave().then(onClose, (e) => {
              setError(e);
              setBusy(false);
            });
          }}
        >
          {translate("vouchers.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

// ── batches ──────────────────────────────────────────────────────────────────
const BATCH_TONE = { OPEN: "success", CLOSED: "default" } as const;
function AllocateButton({ b }: { b: TBatch }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const allocate = useRpcMutation(api.vouchers.allocate);
  const [open, setOpen] = useState(false);
  const [ids, setIds] = useState<{ id: string; name: string }[]>([]);
  const [q, setQ] = useState("");
  const [found, setFound] = useState<{ id: string; name: string }[]>([]);
  const [face, setFace] = useState(b.faceValuesFen[0]);
  if (useRole() !== "DISTRICT_ADMIN" || b.status !== "OPEN") return null;
  const search = async (text: string) => {
    setQ(text);
    const r = await dataProvider.getList<{ id: string; name: string }>("enterprises", {
      pagination: { page: 1, perPage: 10 },
      sort: { field: "name", order: "ASC" },
      filter: { q: text },
    });
    setFound(r.data.map((e) => ({ id: e.id, name: e.name })));
  };
  return (
    <Box onClick={stop}>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
        {translate("vouchers.allocate")}
      </Button>
      {open && (
        <ActionDialog
          title={`${translate("vouchers.allocate")} · ${b.name}`}
          hint={translate("vouchers.allocate_hint")}
          ready={ids.length > 0}
          onClose={() => setOpen(false)}
          onSave={() =>
            allocate.mutateAsync({ batchId: b.id, enterpriseIds: ids.map((x) => x.id), faceValueFen: face }).then((r) => {
              notify(
                `${translate("vouchers.done")}: ${r.issued}${r.skipped.length ? ` / ${r.skipped.map((s) => s.reason).join("；")}` : ""}`,
                { type: "info" },
              );
              refresh();
            })
          }
        >
          <MuiTextField select label={translate("vouchers.face_value")} value={face} onChange={(e) => setFace(Number(e.target.value))}>
            {b.faceValuesFen.map((f) => (
              <MenuItem key={f} value={f}>
                {formatFen(f)}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField label={translate("vouchers.enterprises")} value={q} onChange={(e) => void search(e.target.value)} />
          <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1 }}>
            {found.map((e) => (
              <Button
                key={e.id}
                size="small"
                variant={ids.some((x) => x.id === e.id) ? "contained" : "outlined"}
                onClick={() => setIds(ids.some((x) => x.id === e.id) ? ids.filter((x) => x.id !== e.id) : [...ids, e])}
              >
                {e.name}
              </Button>
            ))}
          </Box>
          {ids.length > 0 && <Typography variant="body2">{ids.map((x) => x.name).join("、")}</Typography>}
        </ActionDialog>
      )}
    </Box>
  );
}

export function BatchList() {
  const lang = useLang();
  const role = useRole();
  return (
    <FeatureList
      filters={[<SelectInput key="status" source="status" choices={BatchStatus.choices(lang)} alwaysOn />]}
      create={role === "DISTRICT_ADMIN"}
      emptyTitle="vouchers.empty"
      emptyHint="vouchers.empty_hint"
    >
      <ResponsiveDataTable<TBatch>
        rowClick={role === "DISTRICT_ADMIN" ? "edit" : false}
        card={{
          primary: (r) => r.name,
          secondary: (r) => (
            <CardLine>
              <span>{`${formatFen(r.spentFen, lang)} / ${formatFen(r.budgetFen, lang)}`}</span>
              <StatusChip label={BatchStatus.label(r.status, lang)} tone={BATCH_TONE[r.status]} />
            </CardLine>
          ),
          tertiary: (r) => <AllocateButton b={r} />,
        }}
      >
        <DataTable.Col source="name" />
        <DataTable.Col source="budgetFen" render={(r: TBatch) => formatFen(r.budgetFen, lang)} />
        <DataTable.Col source="issuedFen" disableSort render={(r: TBatch) => formatFen(r.issuedFen, lang)} />
        <DataTable.Col source="spentFen" disableSort render={(r: TBatch) => formatFen(r.spentFen, lang)} />
        <DataTable.Col
          source="faceValuesFen"
          disableSort
          render={(r: TBatch) => r.faceValuesFen.map((f) => formatFen(f, lang)).join("、")}
        />
        <DataTable.Col
          source="categories"
          disableSort
          render={(r: TBatch) => r.categories.map((c) => ServiceCategory.label(c, lang)).join("、")}
        />
        <DataTable.Col
          source="validity"
          disableSort
          render={(r: TBatch) => `${formatDate(r.validFrom, lang)} – ${formatDate(r.validTo, lang)}`}
        />
        <DataTable.Col source="issueMode" render={(r: TBatch) => IssueMode.label(r.issueMode, lang)} />
        <DataTable.Col
          source="status"
          render={(r: TBatch) => <StatusChip label={BatchStatus.label(r.status, lang)} tone={BATCH_TONE[r.status]} />}
        />
        <DataTable.Col source="actions" disableSort render={(r: TBatch) => <AllocateButton b={r} />} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}
function BatchInputs() {
  const lang = useLang();
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <FenInput source="budgetFen" validate={required()} />
      <TextInput
        source="faceValuesFen"
        validate={required()}
        helperText={lang === "zh" ? "单位元，多个面额用逗号分隔，如 2000,5000" : "In yuan, separated by commas, e.g. 2000,5000"}
        format={(v: number[] | string | undefined) => (Array.isArray(v) ? v.map((f) => f / 100).join(",") : (v ?? ""))}
        parse={(v: string) =>
          v
            .split(/[,，、\s]+/)
            .filter(Boolean)
            .map((x) => Math.round(Number(x) * 100))
        }
      />
      <SelectArrayInput source="categories" choices={ServiceCategory.choices(lang)} validate={required()} />
      <ReferenceArrayInput source="nodeIds" reference="nodes" sort={{ field: "name", order: "ASC" }}>
        <AutocompleteArrayInput optionText="name" filterToQuery={(q: string) => ({ q })} fullWidth />
      </ReferenceArrayInput>
      <NumberInput source="quotaPerEnterprise" defaultValue={1} min={1} max={20} />
      <FenInput source="quotaPerCategoryFen" validate={required()} />
      <DateInput source="validFrom" validate={required()} />
      <DateInput source="validTo" validate={required()} />
      <SelectInput source="issueMode" choices={IssueMode.choices(lang)} defaultValue="APPLICATION" />
      <SelectInput source="status" choices={BatchStatus.choices(lang)} defaultValue="OPEN" />
      <TextInput source="description" fullWidth multiline />
    </>
  );
}
export const { Create: BatchCreate, Edit: BatchEdit } = formPagesOf(BatchInputs, { redirect: "list" });

// ── vouchers ─────────────────────────────────────────────────────────────────
const VOUCHER_TONE = { APPLIED: "warning", ISSUED: "success", REJECTED: "default" } as const;
function DecideButtons({ v }: { v: TVoucher }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const notify = useNotify();
  const lang = useLang();
  const decide = useRpcMutation(api.vouchers.decide);
  if (useRole() !== "DISTRICT_ADMIN" || v.status !== "APPLIED") return null;
  const run = (approve: boolean) =>
    decide.mutate({ id: v.id, approve }, { onSuccess: refresh, onError: (e) => notify(messageOf(e, lang), { type: "error" }) });
  return (
    <Box sx={{ display: "flex", gap: 1 }} onClick={stop}>
      <Button size="small" variant="contained" onClick={() => run(true)}>
        {translate("vouchers.issue")}
      </Button>
      <Button size="small" color="error" onClick={() => run(false)}>
        {translate("vouchers.reject")}
      </Button>
    </Box>
  );
}
export function VoucherList() {
  const lang = useLang();
  return (
    <FeatureList
      filters={[<SelectInput key="status" source="status" choices={VoucherStatus.choices(lang)} alwaysOn />]}
      emptyTitle="vouchers.empty"
      emptyHint="vouchers.empty_hint"
    >
      <ResponsiveDataTable<TVoucher>
        rowClick={false}
        card={{
          primary: (r) => r.enterpriseName,
          secondary: (r) => (
            <CardLine>
              <span>{`${r.code} · ${formatFen(r.balanceFen, lang)} / ${formatFen(r.faceValueFen, lang)}`}</span>
              <StatusChip label={VoucherStatus.label(r.status, lang)} tone={VOUCHER_TONE[r.status]} />
            </CardLine>
          ),
          tertiary: (r) => <DecideButtons v={r} />,
        }}
      >
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townName" disableSort />
        <DataTable.Col source="batchName" disableSort />
        <DataTable.Col source="code" disableSort />
        <DataTable.Col source="faceValueFen" disableSort render={(r: TVoucher) => formatFen(r.faceValueFen, lang)} />
        <DataTable.Col source="balanceFen" render={(r: TVoucher) => formatFen(r.balanceFen, lang)} />
        <DataTable.Col source="validTo" disableSort render={(r: TVoucher) => formatDate(r.validTo, lang)} />
        <DataTable.Col source="source" disableSort render={(r: TVoucher) => IssueMode.label(r.source, lang)} />
        <DataTable.Col
          source="status"
          disableSort
          render={(r: TVoucher) => <StatusChip label={VoucherStatus.label(r.status, lang)} tone={VOUCHER_TONE[r.status]} />}
        />
        <DataTable.Col source="actions" disableSort render={(r: TVoucher) => <DecideButtons v={r} />} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

// ── redemptions ──────────────────────────────────────────────────────────────
const REDEMPTION_TONE = { PENDING: "warning", CONFIRMED: "success" } as const;
/** The record picker's "record a new service" choice (a Select shows nothing for an empty value). */
const NEW_RECORD = "new";
/** A code as the enterprise shows it: QF and eight characters. */
const FULL_CODE = /^QF[0-9A-Z]{8}$/;

/**
 * Node staff: the redeem form. The code is looked up first, so staff see whose voucher it is, its
 * balance and whether this node can take it, and can pick the ledger record of a service already
 * given (or let the redemption record a new one).
 */
function RedeemButton() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const lang = useLang();
  const redeem = useRpcMutation(api.voucherRedemptions.redeem);
  const [open, setOpen] = useState(false);
  const now = new Date(Date.now() + 8 * 3600_000 - 60_000).toISOString().slice(0, 16);
  const [v, setV] = useState({ code: "", ledgerRecordId: "", category: "", amount: "", servedAt: now, steps: "" });
  const [files, setFiles] = useState<TUploadedFile[]>([]);
  const code = v.code.trim().toUpperCase();
  const lookup = useRpcQuery(api.voucherRedemptions.lookup, { code }, { enabled: open && FULL_CODE.test(code) });
  if (useRole() !== "NODE_OPERATOR") return null;
  const found = FULL_CODE.test(code) ? lookup.data : undefined;
  const record = found?.records.find((r) => r.id === v.ledgerRecordId);
  const category = record?.category ?? v.category;
  const steps = v.steps
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  return (
    <>
      <Button variant="contained" size="small" onClick={() => setOpen(true)} data-testid="redeem-open">
        {translate("vouchers.redeem")}
      </Button>
      {open && (
        <ActionDialog
          title={translate("vouchers.redeem")}
          hint={translate("vouchers.redeem_hint")}
          ready={!!found?.voucher && !found.blocked && !!category && Number(v.amount) > 0 && steps.length > 0}
          onClose={() => setOpen(false)}
          onSave={() =>
            redeem
              .mutateAsync({
                code,
                ledgerRecordId: record?.id ?? null,
                category: category as never,
                amountFen: Math.round(Number(v.amount) * 100),
                servedAt: `${v.servedAt}:00+08:00`,
                steps,
                fileIds: files.map((f) => f.id),
              })
              .then(refresh)
          }
        >
          <MuiTextField
            label={translate("vouchers.code")}
            value={v.code}
            onChange={(e) => setV({ ...v, code: e.target.value, ledgerRecordId: "" })}
            placeholder="QF…"
            error={FULL_CODE.test(code) && (lookup.isError || lookup.data?.voucher === null)}
            helperText={
              !FULL_CODE.test(code)
                ? translate("vouchers.code_hint")
                : lookup.isPending
                  ? translate("vouchers.code_checking")
                  : lookup.isError
                    ? messageOf(lookup.error, lang)
                    : lookup.data?.voucher === null
                      ? lookup.data.blocked?.[lang]
                      : undefined
            }
            inputProps={{ "data-testid": "redeem-code", autoComplete: "off" }}
          />
          {found?.voucher && (
            <Alert severity={found.blocked ? "error" : "info"} data-testid="redeem-voucher">
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {found.voucher.enterpriseName} · {found.voucher.batchName}
              </Typography>
              <Typography variant="body2">
                {translate("vouchers.balance_until", {
                  balance: formatFen(found.voucher.balanceFen, lang),
                  date: formatDate(found.voucher.validTo, lang),
                })}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {found.voucher.categories.map((c) => ServiceCategory.label(c, lang)).join("、")}
              </Typography>
              {found.blocked && <Typography variant="body2">{found.blocked[lang]}</Typography>}
            </Alert>
          )}
          {found && !found.blocked && (
            <MuiTextField
              select
              label={translate("vouchers.ledger_record")}
              value={v.ledgerRecordId || NEW_RECORD}
              onChange={(e) => setV({ ...v, ledgerRecordId: e.target.value === NEW_RECORD ? "" : e.target.value })}
              helperText={found.records.length ? undefined : translate("vouchers.no_records")}
              inputProps={{ "data-testid": "redeem-record" }}
            >
              <MenuItem value={NEW_RECORD}>{translate("vouchers.new_record")}</MenuItem>
              {found.records.map((r) => (
                <MenuItem key={r.id} value={r.id} sx={{ whiteSpace: "normal" }}>
                  {`${formatDate(r.servedOn, lang)} · ${ServiceCategory.label(r.category, lang)} · ${r.summary}`}
                </MenuItem>
              ))}
            </MuiTextField>
          )}
          <MuiTextField
            select
            label={translate("vouchers.category")}
            value={category}
            onChange={set("category")}
            disabled={!!record}
            helperText={record ? translate("vouchers.category_from_record") : undefined}
            inputProps={{ "data-testid": "redeem-category" }}
          >
            {ServiceCategory.choices(lang)
              .filter((c) => !found?.voucher || found.voucher.categories.includes(c.id))
              .map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
          </MuiTextField>
          <MuiTextField
            label={translate("vouchers.amount")}
            type="number"
            value={v.amount}
            onChange={set("amount")}
            inputProps={{ "data-testid": "redeem-amount", min: 0.01, step: 0.01 }}
          />
          <MuiTextField
            label={translate("vouchers.served_at")}
            type="datetime-local"
            value={v.servedAt}
            onChange={set("servedAt")}
            InputLabelProps={{ shrink: true }}
          />
          <MuiTextField
            label={translate("vouchers.steps")}
            multiline
            minRows={3}
            value={v.steps}
            onChange={set("steps")}
            inputProps={{ "data-testid": "redeem-steps" }}
          />
          <FileUpload label={translate("vouchers.evidence")} max={5} value={files} onChange={setFiles} />
        </ActionDialog>
      )}
    </>
  );
}
export function RedemptionList() {
  const lang = useLang();
  const rpc = useRpc();
  const role = useRole();
  return (
    <FeatureList
      filters={[
        <SelectInput key="status" source="status" choices={RedemptionStatus.choices(lang)} alwaysOn />,
        <TextInput key="period" source="period" placeholder="2026-01" alwaysOn sx={{ maxWidth: 120 }} />,
      ]}
      exportRun={role === "ENTERPRISE" ? undefined : (input) => rpc.voucherRedemptions.export.query(input)}
      emptyTitle="vouchers.empty"
      emptyHint="vouchers.empty_hint"
    >
      <Box sx={{ p: 1 }}>
        <RedeemButton />
      </Box>
      <ResponsiveDataTable<TRedemption>
        rowClick={false}
        card={{
          primary: (r) => `${r.enterpriseName} · ${formatFen(r.amountFen, lang)}`,
          secondary: (r) => (
            <CardLine>
              <span>{`${r.nodeName} · ${ServiceCategory.label(r.category, lang)} · ${formatDateTime(r.servedAt, lang)}`}</span>
              <StatusChip label={RedemptionStatus.label(r.status, lang)} tone={REDEMPTION_TONE[r.status]} />
            </CardLine>
          ),
        }}
      >
        <DataTable.Col source="servedAt" render={(r: TRedemption) => formatDateTime(r.servedAt, lang)} />
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="nodeName" disableSort />
        <DataTable.Col source="category" disableSort render={(r: TRedemption) => ServiceCategory.label(r.category, lang)} />
        <DataTable.Col source="amountFen" render={(r: TRedemption) => formatFen(r.amountFen, lang)} />
        <DataTable.Col source="steps" disableSort render={(r: TRedemption) => r.steps.join(" → ")} />
        <DataTable.Col
          source="status"
          disableSort
          render={(r: TRedemption) => <StatusChip label={RedemptionStatus.label(r.status, lang)} tone={REDEMPTION_TONE[r.status]} />}
        />
        <DataTable.Col source="rating" disableSort render={(r: TRedemption) => (r.rating ? "★".repeat(r.rating) : "—")} />
        <DataTable.Col source="settled" disableSort render={(r: TRedemption) => (r.settled ? "✓" : "—")} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

// ── settlements ──────────────────────────────────────────────────────────────
function SettlePanel() {
  const translate = useTranslate();
  const lang = useLang();
  const refresh = useRefresh();
  const [period, setPeriod] = useState(lastMonth());
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(period);
  const preview = useRpcQuery(api.voucherSettlements.preview, { period }, { enabled: valid });
  const settle = useRpcMutation(api.voucherSettlements.settle);
  const notify = useNotify();
  const p = preview.data;
  return (
    <Card variant="outlined" sx={{ m: 1 }}>
      <CardContent sx={{ display: "grid", gap: 1.5 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate("vouchers.preview")}
        </Typography>
        <Alert severity="info">{translate("vouchers.settle_hint")}</Alert>
        <Box sx={{ display: "flex", gap: 2, alignItems: "center", flexWrap: "wrap" }}>
          <MuiTextField
            select
            size="small"
            label={translate("vouchers.month")}
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            sx={{ flex: "0 0 200px" }}
            inputProps={{ "data-testid": "settle-period" }}
          >
            {endedMonths().map((m) => (
              <MenuItem key={m} value={m}>
                {monthLabel(m, lang)}
              </MenuItem>
            ))}
          </MuiTextField>
          {preview.isLoading && valid && <CircularProgress size={20} />}
          {p && (
            <Typography data-testid="settle-total">
              {translate("vouchers.preview_total", { amount: formatFen(p.totalFen, lang), count: p.count })}
            </Typography>
          )}
          {p && (
            <StatusChip
              label={translate(p.settled ? "vouchers.period_settled" : "vouchers.period_open")}
              tone={p.settled ? "success" : "warning"}
            />
          )}
          {p && !p.settled && (
            <Button
              variant="contained"
              disabled={settle.isPending || p.count === 0}
              data-testid="settle-run"
              onClick={() =>
                settle.mutate(
                  { period },
                  { onSuccess: () => (refresh(), void preview.refetch()), onError: (e) => notify(messageOf(e, lang), { type: "error" }) },
                )
              }
            >
              {translate("vouchers.settle")}
            </Button>
          )}
        </Box>
        {preview.error && <Alert severity="error">{messageOf(preview.error, lang)}</Alert>}
        {p && p.pending > 0 && <Alert severity="warning">{translate("vouchers.pending_left", { count: p.pending })}</Alert>}
        {p && p.lines.length > 0 && (
          <Table size="small" aria-label={translate("vouchers.preview_lines")} sx={{ maxWidth: 720 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("vouchers.line_node")}</TableCell>
                <TableCell>{translate("vouchers.line_town")}</TableCell>
                <TableCell align="right">{translate("vouchers.line_count")}</TableCell>
                <TableCell align="right">{translate("vouchers.line_amount")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {p.lines.map((l) => (
                <TableRow key={l.nodeId}>
                  <TableCell>{l.nodeName}</TableCell>
                  <TableCell>{l.townName ?? "—"}</TableCell>
                  <TableCell align="right">{l.count}</TableCell>
                  <TableCell align="right">{formatFen(l.amountFen, lang)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
function SheetButton({ s }: { s: TSettlement }) {
  const translate = useTranslate();
  const rpc = useRpc();
  const lang = useLang();
  return (
    <Button
      size="small"
      variant="outlined"
      sx={{ whiteSpace: "nowrap" }}
      onClick={async (e) => (stop(e), downloadBase64File(await rpc.voucherSettlements.sheet.query({ id: s.id, lang })))}
    >
      {translate("vouchers.download_sheet")}
    </Button>
  );
}
export function SettlementList() {
  const lang = useLang();
  return (
    <FeatureList search={false} emptyTitle="vouchers.empty" emptyHint="vouchers.settle_hint">
      <SettlePanel />
      <ResponsiveDataTable<TSettlement>
        rowClick={false}
        card={{
          primary: (r) => `${r.period} · ${formatFen(r.totalFen, lang)}`,
          secondary: (r) => `${r.count} · ${formatDateTime(r.settledAt, lang)}`,
          tertiary: (r) => <SheetButton s={r} />,
        }}
      >
        <DataTable.Col source="period" />
        <DataTable.Col source="totalFen" render={(r: TSettlement) => formatFen(r.totalFen, lang)} />
        <DataTable.Col source="count" disableSort />
        <DataTable.Col
          source="lines"
          disableSort
          render={(r: TSettlement) => r.lines.map((l) => `${l.nodeName} ${formatFen(l.amountFen, lang)}`).join("；")}
        />
        <DataTable.Col source="settledAt" disableSort render={(r: TSettlement) => formatDateTime(r.settledAt, lang)} />
        <DataTable.Col source="actions" disableSort render={(r: TSettlement) => <SheetButton s={r} />} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

// ── spot checks ──────────────────────────────────────────────────────────────
function DrawButton() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const draw = useRpcMutation(api.voucherSpotChecks.draw);
  const [open, setOpen] = useState(false);
  const [v, setV] = useState({ period: lastMonth(), size: "5", seed: "", note: "" });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  return (
    <>
      <Button variant="contained" size="small" onClick={() => setOpen(true)}>
        {translate("vouchers.draw")}
      </Button>
      {open && (
        <ActionDialog
          title={translate("vouchers.draw")}
          hint={translate("vouchers.draw_hint")}
          ready={/^\d{4}-\d{2}$/.test(v.period) && Number(v.size) > 0}
          onClose={() => setOpen(false)}
          onSave={() =>
            draw
              .mutateAsync({ period: v.period, size: Number(v.size), seed: v.seed ? Number(v.seed) : undefined, note: v.note || null })
              .then(refresh)
          }
        >
          <MuiTextField
            type="month"
            label={translate("vouchers.month")}
            value={v.period}
            onChange={set("period")}
            InputLabelProps={{ shrink: true }}
          />
          <MuiTextField type="number" label={translate("vouchers.sample_size")} value={v.size} onChange={set("size")} />
          <MuiTextField type="number" label={translate("vouchers.seed_optional")} value={v.seed} onChange={set("seed")} />
          <MuiTextField label={translate("vouchers.review_note")} value={v.note} onChange={set("note")} />
        </ActionDialog>
      )}
    </>
  );
}
export function SpotCheckList() {
  const lang = useLang();
  return (
    <FeatureList search={false} emptyTitle="vouchers.empty" emptyHint="vouchers.draw_hint">
      <Box sx={{ p: 1 }}>
        <DrawButton />
      </Box>
      <ResponsiveDataTable<TSpotCheck>
        rowClick={false}
        card={{
          primary: (r) => `${r.period} · ${r.redemptionIds.length}`,
          secondary: (r) => `seed ${r.seed} · ${formatDateTime(r.drawnAt, lang)}`,
        }}
      >
        <DataTable.Col source="period" />
        <DataTable.Col source="size" disableSort />
        <DataTable.Col source="seed" disableSort />
        <DataTable.Col source="redemptionIds" disableSort render={(r: TSpotCheck) => <SampleNames ids={r.redemptionIds} />} />
        <DataTable.Col source="note" disableSort />
        <DataTable.Col source="drawnAt" render={(r: TSpotCheck) => formatDateTime(r.drawnAt, lang)} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}
function SampleNames({ ids }: { ids: string[] }) {
  const lang = useLang();
  const rows = useRpcQuery(api.voucherRedemptions.getMany, { ids }, { enabled: ids.length > 0 });
  if (!rows.data) return <span>{ids.length}</span>;
  return <span>{rows.data.map((r) => `${r.enterpriseName}@${r.nodeName} ${formatFen(r.amountFen, lang)}`).join("；")}</span>;
}

// ── fraud signals ────────────────────────────────────────────────────────────
function ReviewButtons({ s, onDone }: { s: TSignal; onDone: () => void }) {
  const translate = useTranslate();
  const review = useRpcMutation(api.voucherSignals.review);
  const [open, setOpen] = useState<"CLEARED" | "CONFIRMED" | null>(null);
  const [note, setNote] = useState("");
  return (
    <Box sx={{ display: "flex", gap: 1 }}>
      <Button size="small" variant="outlined" onClick={() => setOpen("CLEARED")}>
        {translate("vouchers.review_cleared")}
      </Button>
      <Button size="small" color="error" variant="outlined" onClick={() => setOpen("CONFIRMED")}>
        {translate("vouchers.review_confirmed")}
      </Button>
      {open && (
        <ActionDialog
          title={translate(open === "CLEARED" ? "vouchers.review_cleared" : "vouchers.review_confirmed")}
          onClose={() => setOpen(null)}
          onSave={() => review.mutateAsync({ key: s.key, verdict: open, note: note || null }).then(onDone)}
        >
          <MuiTextField label={translate("vouchers.review_note")} value={note} onChange={(e) => setNote(e.target.value)} multiline />
        </ActionDialog>
      )}
    </Box>
  );
}
export function SignalList() {
  const translate = useTranslate();
  const lang = useLang();
  const q = useRpcQuery(api.voucherSignals.list, {});
  return (
    <Box sx={{ p: 2, display: "grid", gap: 1.5 }}>
      <Typography variant="h6">{translate("vouchers.menu_signals")}</Typography>
      <Alert severity="info">{translate("vouchers.signals_hint")}</Alert>
      {q.isLoading && <CircularProgress />}
      {q.error && <Alert severity="error">{messageOf(q.error, lang)}</Alert>}
      {q.data?.length === 0 && <Alert severity="success">{translate("vouchers.no_signals")}</Alert>}
      {q.data?.map((s) => (
        <Card key={s.key} variant="outlined" data-testid="voucher-signal">
          <CardContent sx={{ display: "grid", gap: 0.5 }}>
            <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
              <StatusChip label={SignalKind.label(s.kind, lang)} tone={s.verdict === "CLEARED" ? "default" : "danger"} />
              {s.verdict && (
                <StatusChip
                  label={translate(s.verdict === "CLEARED" ? "vouchers.review_cleared" : "vouchers.review_confirmed")}
                  tone={s.verdict === "CLEARED" ? "success" : "danger"}
                />
              )}
            </Box>
            <Typography variant="body2">{`${s.enterpriseName ?? ""} @ ${s.nodeName ?? ""} · ${formatFen(s.amountFen, lang)}`}</Typography>
            <Typography variant="body2" color="text.secondary">
              {s.detail[lang]}
              {s.note ? ` — ${s.note}` : ""}
            </Typography>
            <ReviewButtons s={s} onDone={() => void q.refetch()} />
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}

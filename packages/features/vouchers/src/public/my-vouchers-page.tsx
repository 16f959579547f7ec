import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Container from "@mui/material/Container";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import Rating from "@mui/material/Rating";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { ServiceCategory } from "@qifu/domain";
import { EmptyState, ErrorState, formatDate, formatDateTime, formatFen, LoadingState, messageOf, StatusChip } from "@qifu/ui";
import { AccountGate } from "@qifu/ui/public";
import type { TBatch, TRedemption, TVoucher } from "../schemas";
import { useVouchersPublic } from "./context";

const MINE_KEY = ["vouchers", "mine"] as const;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

function VoucherCard({ v }: { v: TVoucher }) {
  const { t, lang } = useVouchersPublic();
  const expired = v.validTo < today();
  const tone = v.status === "ISSUED" && !expired ? "success" : v.status === "APPLIED" ? "warning" : "default";
  const label = expired
    ? t.expired
    : v.status === "APPLIED"
      ? t.applied
      : v.status === "ISSUED"
        ? `${t.validTo} ${formatDate(v.validTo, lang)}`
        : "—";
  return (
    <Card variant="outlined" data-testid="voucher-card" sx={{ opacity: expired ? 0.7 : 1 }}>
      <CardContent sx={{ display: "grid", gap: 0.75 }}>
        <Typography sx={{ fontWeight: 600 }}>{v.batchName}</Typography>
        <Box sx={{ display: "flex", alignItems: "baseline", gap: 1, flexWrap: "wrap" }}>
          <Typography variant="h5" component="span" color={expired ? "text.secondary" : "primary"}>
            {formatFen(v.balanceFen, lang)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {`${t.balance} / ${t.faceValue} ${formatFen(v.faceValueFen, lang)}`}
          </Typography>
        </Box>
        <StatusChip label={label} tone={tone} />
        {v.status === "ISSUED" && (
          <Typography variant="body2">
            {t.code}：
            <Box
              component="span"
              sx={{ fontFamily: "monospace", fontSize: 17, fontWeight: 600, letterSpacing: 1 }}
              data-testid="voucher-code"
            >
              {v.code}
            </Box>
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary">
          {`${t.categories}：${v.categories.map((c) => ServiceCategory.label(c, lang)).join("、")}`}
        </Typography>
      </CardContent>
    </Card>
  );
}

function BatchCard({ b, held }: { b: TBatch; held: boolean }) {
  const { client, t, lang } = useVouchersPublic();
  const qc = useQueryClient();
  const [face, setFace] = useState(b.faceValuesFen[0]);
  const apply = useMutation({
    mutationFn: () => client.vouchers.request.mutate({ batchId: b.id, faceValueFen: face }),
    onSuccess: () => qc.invalidateQueries({ queryKey: MINE_KEY }),
  });
  return (
    <Card variant="outlined" data-testid="voucher-batch">
      <CardContent sx={{ display: "grid", gap: 1 }}>
        <Typography sx={{ fontWeight: 600 }}>{b.name}</Typography>
        {b.description && (
          <Typography variant="body2" color="text.secondary">
            {b.description}
          </Typography>
        )}
        <Typography variant="body2">{`${t.categories}：${b.categories.map((c) => ServiceCategory.label(c, lang)).join("、")}`}</Typography>
        <Typography variant="body2">{`${t.quota} ${formatFen(b.quotaPerCategoryFen, lang)} · ${t.validTo} ${formatDate(b.validTo, lang)}`}</Typography>
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
          {b.faceValuesFen.map((f) => (
            <Button key={f} size="small" variant={f === face ? "contained" : "outlined"} onClick={() => setFace(f)} sx={{ minHeight: 40 }}>
              {formatFen(f, lang)}
            </Button>
          ))}
        </Box>
        {apply.error && <Alert severity="error">{messageOf(apply.error, lang)}</Alert>}
        <Button
          variant="contained"
          disabled={held || apply.isPending}
          onClick={() => apply.mutate()}
          sx={{ minHeight: 44 }}
          data-testid="voucher-apply"
        >
          {held ? t.applied : t.apply}
        </Button>
      </CardContent>
    </Card>
  );
}

function ConfirmDialog({ r, onClose }: { r: TRedemption; onClose: () => void }) {
  const { client, t, lang } = useVouchersPublic();
  const qc = useQueryClient();
  const [rating, setRating] = useState<number | null>(5);
  const [comment, setComment] = useState("");
  const confirm = useMutation({
    mutationFn: () => client.voucherRedemptions.confirm.mutate({ id: r.id, rating: rating ?? 5, comment: comment || null }),
    onSuccess: () => (void qc.invalidateQueries({ queryKey: MINE_KEY }), onClose()),
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogContent sx={{ display: "grid", gap: 2 }}>
        <Typography variant="h6" component="h2" sx={{ fontSize: 18 }}>
          {t.confirmTitle}
        </Typography>
        <Typography variant="body2">{`${r.nodeName} · ${ServiceCategory.label(r.category, lang)} · ${formatFen(r.amountFen, lang)}`}</Typography>
        <Box>
          <Typography variant="body2" color="text.secondary">
            {t.rating}
          </Typography>
          <Rating
            value={rating}
            onChange={(_, v) => setRating(v)}
            size="large"
            getLabelText={(v) => (lang === "zh" ? `${v} 星` : `${v} star${v === 1 ? "" : "s"}`)}
            data-testid="voucher-rating"
          />
        </Box>
        <TextField
          label={t.comment}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          multiline
          minRows={2}
          inputProps={{ maxLength: 500 }}
        />
        {confirm.error && <Alert severity="error">{messageOf(confirm.error, lang)}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t.cancel}</Button>
        <Button
          variant="contained"
          disabled={!rating || confirm.isPending}
          onClick={() => confirm.mutate()}
          data-testid="voucher-confirm-submit"
        >
          {t.submit}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function RedemptionCard({ r, onConfirm }: { r: TRedemption; onConfirm: () => void }) {
  const { t, lang } = useVouchersPublic();
  return (
    <Card variant="outlined" data-testid="voucher-redemption">
      <CardContent sx={{ display: "grid", gap: 0.75 }}>
        <Box sx={{ display: "flex", justifyContent: "space-between", gap: 1, flexWrap: "wrap" }}>
          <Typography sx={{ fontWeight: 600 }}>{`${ServiceCategory.label(r.category, lang)} · ${formatFen(r.amountFen, lang)}`}</Typography>
          <StatusChip
            label={r.status === "CONFIRMED" ? (r.settled ? t.settled : t.confirmed) : t.waiting}
            tone={r.status === "CONFIRMED" ? "success" : "warning"}
          />
        </Box>
        <Typography variant="body2" color="text.secondary">{`${r.nodeName} · ${formatDateTime(r.servedAt, lang)}`}</Typography>
        <Typography variant="body2">{`${t.steps}：${r.steps.join(" → ")}`}</Typography>
        {r.files.length > 0 && (
          <Typography variant="body2">
            {t.evidence}：
            {r.files.map((f) => (
              <a key={f.id} href={f.url} target="_blank" rel="noreferrer" style={{ marginRight: 8 }}>
                {f.name}
              </a>
            ))}
          </Typography>
        )}
        {r.rating !== null && <Rating value={r.rating} readOnly size="small" />}
        {r.status === "PENDING" && (
          <Button variant="contained" onClick={onConfirm} sx={{ minHeight: 44, justifySelf: "start" }} data-testid="voucher-confirm">
            {t.confirm}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

/** 我的服务券: vouchers with balance and validity, open batches to apply to, redemptions to confirm and rate (phone first). */
export function MyVouchersPage() {
  const { client, t, lang } = useVouchersPublic();
  const mine = useQuery({ queryKey: MINE_KEY, queryFn: () => client.voucherRedemptions.mine.query({}) });
  const [confirming, setConfirming] = useState<TRedemption | null>(null);
  const d = mine.data;
  const section = (title: string) => (
    <Typography variant="h6" component="h2" sx={{ fontSize: 18, mt: 1 }}>
      {title}
    </Typography>
  );
  return (
    <Container maxWidth="md" sx={{ py: 3, display: "grid", gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t.title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t.intro}
      </Typography>
      <AccountGate action={t.action}>
        {mine.isPending ? (
          <LoadingState label={t.loading} />
        ) : mine.error ? (
          <ErrorState message={messageOf(mine.error, lang)} onRetry={() => mine.refetch()} />
        ) : d ? (
          <Box sx={{ display: "grid", gap: 1.5 }}>
            {section(t.myVouchers)}
            {d.vouchers.length === 0 ? (
              <EmptyState title={t.noVouchers} />
            ) : (
              <Box sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}>
                {d.vouchers.map((v) => (
                  <VoucherCard key={v.id} v={v} />
                ))}
              </Box>
            )}
            {section(t.redemptions)}
            {d.redemptions.length === 0 ? (
              <EmptyState title={t.noRedemptions} />
            ) : (
              d.redemptions.map((r) => <RedemptionCard key={r.id} r={r} onConfirm={() => setConfirming(r)} />)
            )}
            {section(t.openBatches)}
            {d.openBatches.length === 0 ? (
              <EmptyState title={t.noBatches} />
            ) : (
              d.openBatches.map((b) => (
                <BatchCard key={b.id} b={b} held={d.vouchers.some((v) => v.batchId === b.id && v.status !== "REJECTED")} />
              ))
            )}
          </Box>
        ) : null}
      </AccountGate>
      {confirming && <ConfirmDialog r={confirming} onClose={() => setConfirming(null)} />}
    </Container>
  );
}

import { useState, type ReactNode } from "react";
import { Link as RouterLink, Navigate, useLocation } from "react-router";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Container from "@mui/material/Container";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import Rating from "@mui/material/Rating";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { ServiceCategory } from "@qifu/domain";
import { EmptyState, ErrorState, formatDateTime, LoadingState, messageOf, PageBar, StatusChip, type StatusTone } from "@qifu/ui";
import { ComplaintStatus, LedgerChannel, LowRatingReason, RequestStatus, SATISFIED_FROM, type TLowRatingReason, type TRecord, type TRequestStatus } from "../schemas";
import { LOGIN, ME_KEY, useLedgerPublic } from "./context";

const TONE: Record<TRequestStatus, StatusTone> = { PENDING: "warning", ACCEPTED: "info", DECLINED: "danger", DELIVERED: "success", CANCELLED: "default" };
/** Ten to a page: an enterprise served for years would otherwise scroll a phone for ever. */
const PER_PAGE = 10;

/** One section's list, a page at a time (the previous page stays on screen while the next loads). */
function usePagedList<T>(key: string, enabled: boolean, fetch: (pagination: { page: number; perPage: number }) => Promise<{ data: T[]; total: number }>) {
  const [page, setPage] = useState(1);
  const query = useQuery({ queryKey: ["ledger", key, page], queryFn: () => fetch({ page, perPage: PER_PAGE }), enabled, placeholderData: keepPreviousData });
  const pager = <PageBar total={query.data?.total ?? 0} perPage={PER_PAGE} page={page} onChange={setPage} dimmed={query.isPlaceholderData} />;
  return Object.assign(query, { pager });
}

/** A small dialog with a confirm button that runs `action`; closes when it succeeds. */
function ActionDialog({ label, title, disabled, action, children, variant = "contained" }: { label: string; title: string; disabled?: boolean; action: () => Promise<unknown>; children: ReactNode; variant?: "contained" | "outlined" | "text" }) {
  const { t, lang } = useLedgerPublic();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const run = useMutation({ mutationFn: action, onSuccess: () => { setOpen(false); void queryClient.invalidateQueries({ queryKey: ["ledger"] }); } });
  return (
    <>
      <Button size="small" variant={variant} onClick={() => setOpen(true)} sx={{ minHeight: 36 }}>{label}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{title}</DialogTitle>
        <DialogContent sx={{ display: "grid", gap: 2, pt: "8px !important" }}>
          {children}
          {run.isError && <Alert severity="error">{messageOf(run.error, lang)}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t.cancel}</Button>
          <Button variant="contained" disabled={disabled || run.isPending} onClick={() => run.mutate()}>{t.confirm}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function RateButton({ r }: { r: TRecord }) {
  const { client, t, lang } = useLedgerPublic();
  const [score, setScore] = useState<number | null>(null);
  const [reasons, setReasons] = useState<TLowRatingReason[]>([]);
  const [comment, setComment] = useState("");
  const low = score !== null && score < SATISFIED_FROM;
  return (
    <ActionDialog label={t.rate} title={t.rateTitle} disabled={!score || (low && reasons.length === 0)} action={() => client.ledgerRecords.rate.mutate({ id: r.id, score: score!, reasons: low ? reasons : [], comment: comment || null })}>
      <Typography variant="body2">{r.nodeName} · {r.servedOn}</Typography>
      <Box>
        <Typography component="legend" variant="body2" color="text.secondary">{t.score}（{t.scoreHint}）</Typography>
        <Rating name="score" value={score} onChange={(_, v) => setScore(v)} size="large" />
      </Box>
      {low && (
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1 }} role="group" aria-label={t.reasons}>
          <Typography variant="body2" color="text.secondary" sx={{ width: "100%" }}>{t.reasons}</Typography>
          {LowRatingReason.choices(lang).map((c) => {
            const on = reasons.includes(c.id);
            return <Chip key={c.id} label={c.name} color={on ? "primary" : "default"} variant={on ? "filled" : "outlined"} onClick={() => setReasons(on ? reasons.filter((x) => x !== c.id) : [...reasons, c.id])} />;
          })}
        </Box>
      )}
      <TextField label={t.comment} value={comment} onChange={(e) => setComment(e.target.value)} multiline minRows={2} />
    </ActionDialog>
  );
}

function ComplainButton({ r }: { r: TRecord }) {
  const { client, t } = useLedgerPublic();
  const [subject, setSubject] = useState("");
  const [content, setContent] = useState("");
  return (
    <ActionDialog label={t.complain} title={t.complainTitle} variant="text" disabled={subject.trim().length < 4 || content.trim().length < 10} action={() => client.serviceComplaints.create.mutate({ nodeId: r.nodeId, recordId: r.id, subject, content })}>
      <Typography variant="body2">{r.nodeName} · {r.servedOn}</Typography>
      <TextField label={t.subject} value={subject} onChange={(e) => setSubject(e.target.value)} />
      <TextField label={t.content} value={content} onChange={(e) => setContent(e.target.value)} multiline minRows={3} />
    </ActionDialog>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ mb: 4 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>{title}</Typography>
      {children}
    </Box>
  );
}

/** "My services": the enterprise's requests, the services it received (rate them) and its complaints. */
export function MyServicesPage() {
  const { client, t, lang } = useLedgerPublic();
  const location = useLocation();
  const me = useQuery({ queryKey: ME_KEY, queryFn: () => client.auth.me.query(), staleTime: 30_000 });
  const enterprise = me.data?.role === "ENTERPRISE";
  const requests = usePagedList("requests", enterprise, (pagination) => client.serviceRequests.list.query({ pagination }));
  const records = usePagedList("records", enterprise, (pagination) => client.ledgerRecords.list.query({ pagination, sort: { field: "servedOn", order: "DESC" } }));
  const complaints = usePagedList("complaints", enterprise, (pagination) => client.serviceComplaints.list.query({ pagination }));
  if (me.isPending) return <Container sx={{ py: 6 }}><LoadingState label={t.loading} /></Container>;
  if (!enterprise) return <Navigate to={`${LOGIN}?next=${encodeURIComponent(location.pathname)}`} replace />;
  const state = (q: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }) =>
    q.isPending ? <LoadingState label={t.loading} /> : q.isError ? <ErrorState message={messageOf(q.error, lang)} onRetry={() => void q.refetch()} /> : null;
  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>{t.title}</Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>{me.data?.displayName} · {t.intro}</Typography>

      <Section title={t.records}>
        {state(records) ?? (records.data!.total === 0 ? <Card><EmptyState title={t.noRecords} action={<Button component={RouterLink} to="/services">{t.browse}</Button>} /></Card> : (
          <>
            <Box sx={{ display: "grid", gap: 1.5 }}>
              {records.data!.data.map((r) => (
                <Card key={r.id} sx={{ p: 2, display: "flex", gap: 2, flexWrap: "wrap", alignItems: "flex-start" }} data-testid="ledger-record">
                  <Box sx={{ flex: "1 1 300px", minWidth: 0 }}>
                    <Typography variant="caption" color="text.secondary">{r.servedOn} · {ServiceCategory.label(r.category, lang)} · {LedgerChannel.label(r.channel, lang)}</Typography>
                    <Typography variant="subtitle1" sx={{ fontWeight: 600, wordBreak: "break-word" }}>{r.productTitle ?? r.summary}</Typography>
                    <Typography variant="body2" color="text.secondary">{t.node}：{r.nodeName}</Typography>
                    {r.productTitle && <Typography variant="body2" sx={{ mt: 0.5 }}>{r.summary}</Typography>}
                  </Box>
                  <Box sx={{ textAlign: "right", display: "grid", gap: 0.5, justifyItems: "end" }}>
                    {r.ratingScore ? <><Rating value={r.ratingScore} readOnly size="small" /><Typography variant="caption" color="text.secondary">{t.rated}</Typography></> : <RateButton r={r} />}
                    <ComplainButton r={r} />
                  </Box>
                </Card>
              ))}
            </Box>
            {records.pager}
          </>
        ))}
      </Section>

      <Section title={t.requests}>
        {state(requests) ?? (requests.data!.total === 0 ? <Card><EmptyState title={t.noRequests} description={t.noRequestsHint} action={<Button component={RouterLink} to="/services">{t.browse}</Button>} /></Card> : (
          <>
            <Box sx={{ display: "grid", gap: 1.5 }}>
              {requests.data!.data.map((r) => (
                <Card key={r.id} sx={{ p: 2, display: "flex", gap: 2, flexWrap: "wrap", alignItems: "flex-start" }} data-testid="ledger-request">
                  <Box sx={{ flex: "1 1 300px", minWidth: 0 }}>
                    <Typography variant="caption" color="text.secondary">{formatDateTime(r.createdAt, lang)} · {r.nodeName}</Typography>
                    <Typography variant="subtitle1" sx={{ fontWeight: 600, wordBreak: "break-word" }}>{r.productTitle}</Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ wordBreak: "break-word" }}>{r.note}</Typography>
                    {r.reason && <Typography variant="body2" sx={{ mt: 0.5 }}>{t.reason}：{r.reason}</Typography>}
                  </Box>
                  <Box sx={{ display: "grid", gap: 1, justifyItems: "end" }}>
                    <StatusChip label={RequestStatus.label(r.status, lang)} tone={TONE[r.status]} />
                    {(r.status === "PENDING" || r.status === "ACCEPTED") && (
                      <ActionDialog label={t.withdraw} title={t.withdraw} variant="text" action={() => client.serviceRequests.cancel.mutate({ id: r.id })}>
                        <Typography>{r.productTitle}</Typography>
                      </ActionDialog>
                    )}
                  </Box>
                </Card>
              ))}
            </Box>
            {requests.pager}
          </>
        ))}
      </Section>

      {(complaints.data?.total ?? 0) > 0 && (
        <Section title={t.complaints}>
          <Box sx={{ display: "grid", gap: 1.5 }}>
            {complaints.data!.data.map((c) => (
              <Card key={c.id} sx={{ p: 2 }}>
                <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
                  <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>{c.subject}</Typography>
                  <StatusChip label={ComplaintStatus.label(c.status, lang)} tone={c.status === "ANSWERED" ? "success" : c.status === "CLOSED" ? "default" : "warning"} />
                </Box>
                <Typography variant="body2" color="text.secondary">{c.nodeName} · {formatDateTime(c.createdAt, lang)}</Typography>
                {c.answer && <Typography variant="body2" sx={{ mt: 1 }}>{t.answer}：{c.answer}</Typography>}
                {c.status === "ANSWERED" && (
                  <Box sx={{ mt: 1 }}>
                    <ActionDialog label={t.closeComplaint} title={t.closeComplaint} variant="outlined" action={() => client.serviceComplaints.close.mutate({ id: c.id })}>
                      <Typography>{c.answer}</Typography>
                    </ActionDialog>
                  </Box>
                )}
              </Card>
            ))}
          </Box>
          {complaints.pager}
        </Section>
      )}
    </Container>
  );
}

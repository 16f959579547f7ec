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
import Link from "@mui/material/Link";
import Rating from "@mui/material/Rating";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { ServiceCategory } from "@qifu/domain";
import { EmptyState, ErrorState, formatDateTime, LoadingState, messageOf, PageBar, StatusChip, type StatusTone } from "@qifu/ui";
import {
  ComplaintStatus,
  LedgerChannel,
  LowRatingReason,
  RequestStatus,
  SATISFIED_FROM,
  type TLowRatingReason,
  type TRecord,
  type TRequest,
  type TRequestStatus,
} from "../schemas";
import { LOGIN, ME_KEY, requestPath, useLedgerPublic } from "./context";

export const REQUEST_TONE: Record<TRequestStatus, StatusTone> = {
  PENDING: "warning",
  ACCEPTED: "info",
  DECLINED: "danger",
  DELIVERED: "success",
  CANCELLED: "default",
};
/** Ten to a page: an enterprise served for years would otherwise scroll a phone for ever. */
const PER_PAGE = 10;

/** One section's list, a page at a time (the previous page stays on screen while the next loads). */
function usePagedList<T>(
  key: string,
  enabled: boolean,
  fetch: (pagination: { page: number; perPage: number }) => Promise<{ data: T[]; total: number }>,
) {
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ["ledger", key, page],
    queryFn: () => fetch({ page, perPage: PER_PAGE }),
    enabled,
    placeholderData: keepPreviousData,
  });
  const pager = (
    <PageBar total={query.data?.total ?? 0} perPage={PER_PAGE} page={page} onChange={setPage} dimmed={query.isPlaceholderData} />
  );
  return Object.assign(query, { pager });
}

/** A small dialog with a confirm button that runs `action`; closes when it succeeds. */
function ActionDialog({
  label,
  title,
  disabled,
  action,
  children,
  variant = "contained",
}: {
  label: string;
  title: string;
  disabled?: boolean;
  action: () => Promise<unknown>;
  children: ReactNode;
  variant?: "contained" | "outlined" | "text";
}) {
  const { t, lang } = useLedgerPublic();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const run = useMutation({
    mutationFn: action,
    onSuccess: () => {
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: ["ledger"] });
    },
  });
  return (
    <>
      <Button size="small" variant={variant} onClick={() => setOpen(true)} sx={{ minHeight: 36 }}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{title}</DialogTitle>
        <DialogContent sx={{ display: "grid", gap: 2, pt: "8px !important" }}>
          {children}
          {run.isError && <Alert severity="error">{messageOf(run.error, lang)}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t.cancel}</Button>
          <Button variant="contained" disabled={disabled || run.isPending} onClick={() => run.mutate()}>
            {t.confirm}
          </Button>
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
    <ActionDialog
      label={t.rate}
      title={t.rateTitle}
      disabled={!score || (low && reasons.length === 0)}
      action={() => client.ledgerRecords.rate.mutate({ id: r.id, score: score!, reasons: low ? reasons : [], comment: comment || null })}
    >
      <Typography variant="body2">
        {r.nodeName} · {r.servedOn}
      </Typography>
      <Box>
        <Typography component="legend" variant="body2" color="text.secondary">
          {t.score}（{t.scoreHint}）
        </Typography>
        <Rating name="score" value={score} onChange={(_, v) => setScore(v)} size="large" />
      </Box>
      {low && (
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1 }} role="group" aria-label={t.reasons}>
          <Typography variant="body2" color="text.secondary" sx={{ width: "100%" }}>
            {t.reasons}
          </Typography>
          {LowRatingReason.choices(lang).map((c) => {
            const on = reasons.includes(c.id);
            return (
              <Chip
                key={c.id}
                label={c.name}
                color={on ? "primary" : "default"}
                variant={on ? "filled" : "outlined"}
                onClick={() => setReasons(on ? reasons.filter((x) => x !== c.id) : [...reasons, c.id])}
              />
            );
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
    <ActionDialog
      label={t.complain}
      title={t.complainTitle}
      variant="text"
      disabled={subject.trim().length < 4 || content.trim().length < 10}
      action={() => client.serviceComplaints.create.mutate({ nodeId: r.nodeId, recordId: r.id, subject, content })}
    >
      <Typography variant="body2">
        {r.nodeName} · {r.servedOn}
      </Typography>
      <TextField label={t.subject} value={subject} onChange={(e) => setSubject(e.target.value)} />
      <TextField label={t.content} value={content} onChange={(e) => setContent(e.target.value)} multiline minRows={3} />
    </ActionDialog>
  );
}

/** One request in 我的服务: number, product, node, due date (overdue flagged), a link to its case page. */
function RequestCard({ r }: { r: TRequest }) {
  const { client, t, lang } = useLedgerPublic();
  const open = r.status === "PENDING" || r.status === "ACCEPTED";
  return (
    <Card sx={{ p: 2, display: "flex", gap: 2, flexWrap: "wrap", alignItems: "flex-start" }} data-testid="ledger-request">
      <Box sx={{ flex: "1 1 300px", minWidth: 0 }}>
        <Typography variant="caption" color="text.secondary">
          {r.number} · {formatDateTime(r.createdAt, lang)} · {r.nodeName}
        </Typography>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, wordBreak: "break-word" }}>
          <Link component={RouterLink} to={requestPath(r.id)} underline="hover" color="inherit">
            {r.productTitle}
          </Link>
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ wordBreak: "break-word" }}>
          {r.note}
        </Typography>
        {open && r.dueAt && (
          <Typography variant="body2" sx={{ mt: 0.5, color: r.overdue ? "error.main" : undefined }}>
            {t.dueAt}：{formatDateTime(r.dueAt, lang)}
          </Typography>
        )}
        {r.reason && (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {t.reason}：{r.reason}
          </Typography>
        )}
      </Box>
      <Box sx={{ display: "grid", gap: 1, justifyItems: "end" }}>
        <Box sx={{ display: "flex", gap: 0.5 }}>
          {r.overdue && <StatusChip label={t.overdue} tone="danger" />}
          <StatusChip label={RequestStatus.label(r.status, lang)} tone={REQUEST_TONE[r.status]} />
        </Box>
        <Button size="small" component={RouterLink} to={requestPath(r.id)}>
          {t.viewCase}
        </Button>
        {open && (
          <ActionDialog
            label={t.withdraw}
            title={t.withdraw}
            variant="text"
            action={() => client.serviceRequests.cancel.mutate({ id: r.id })}
          >
            <Typography>{r.productTitle}</Typography>
          </ActionDialog>
        )}
      </Box>
    </Card>
  );
}

function ReopenButton({ id }: { id: string }) {
  const { client, t } = useLedgerPublic();
  const [reason, setReason] = useState("");
  return (
    <ActionDialog
      label={t.reopen}
      title={t.reopen}
      variant="text"
      disabled={reason.trim().length < 4}
      action={() => client.serviceComplaints.reopen.mutate({ id, reason })}
    >
      <TextField label={t.reopenReason} value={reason} onChange={(e) => setReason(e.target.value)} multiline minRows={3} autoFocus />
    </ActionDialog>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ mb: 4 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
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
  // open requests first, on their own (an enterprise has few at a time), then the finished ones a page at a time
  const openRequests = useQuery({
    queryKey: ["ledger", "requests", "open"],
    queryFn: () => client.serviceRequests.list.query({ pagination: { page: 1, perPage: 50 }, filter: { open: true } }),
    enabled: enterprise,
  });
  const requests = usePagedList("requests", enterprise, (pagination) =>
    client.serviceRequests.list.query({ pagination, filter: { open: false } }),
  );
  const records = usePagedList("records", enterprise, (pagination) =>
    client.ledgerRecords.list.query({ pagination, sort: { field: "servedOn", order: "DESC" } }),
  );
  const complaints = usePagedList("complaints", enterprise, (pagination) => client.serviceComplaints.list.query({ pagination }));
  if (me.isPending)
    return (
      <Container sx={{ py: 6 }}>
        <LoadingState label={t.loading} />
      </Container>
    );
  if (!enterprise) return <Navigate to={`${LOGIN}?next=${encodeURIComponent(location.pathname)}`} replace />;
  const state = (q: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }) =>
    q.isPending ? (
      <LoadingState label={t.loading} />
    ) : q.isError ? (
      <ErrorState message={messageOf(q.error, lang)} onRetry={() => void q.refetch()} />
    ) : null;
  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>
        {t.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
        {me.data?.displayName} · {t.intro}
      </Typography>

      <Section title={t.openRequests}>
        {state(openRequests) ??
          (openRequests.data!.total === 0 ? (
            <Card>
              <EmptyState
                title={t.noOpenRequests}
                description={t.noRequestsHint}
                action={
                  <Button component={RouterLink} to="/services">
                    {t.browse}
                  </Button>
                }
              />
            </Card>
          ) : (
            <Box sx={{ display: "grid", gap: 1.5 }}>
              {openRequests.data!.data.map((r) => (
                <RequestCard key={r.id} r={r} />
              ))}
            </Box>
          ))}
      </Section>

      <Section title={t.records}>
        {state(records) ??
          (records.data!.total === 0 ? (
            <Card>
              <EmptyState
                title={t.noRecords}
                action={
                  <Button component={RouterLink} to="/services">
                    {t.browse}
                  </Button>
                }
              />
            </Card>
          ) : (
            <>
              <Box sx={{ display: "grid", gap: 1.5 }}>
                {records.data!.data.map((r) => (
                  <Card
                    key={r.id}
                    sx={{ p: 2, display: "flex", gap: 2, flexWrap: "wrap", alignItems: "flex-start" }}
                    data-testid="ledger-record"
                  >
                    <Box sx={{ flex: "1 1 300px", minWidth: 0 }}>
                      <Typography variant="caption" color="text.secondary">
                        {r.servedOn} · {ServiceCategory.label(r.category, lang)} · {LedgerChannel.label(r.channel, lang)}
                      </Typography>
                      <Typography variant="subtitle1" sx={{ fontWeight: 600, wordBreak: "break-word" }}>
                        {r.productTitle ?? r.summary}
                      </Typography>
                      <Typography variant="body2" color="text.secondary">
                        {t.node}：{r.nodeName}
                      </Typography>
                      {r.productTitle && (
                        <Typography variant="body2" sx={{ mt: 0.5 }}>
                          {r.summary}
                        </Typography>
                      )}
                    </Box>
                    <Box sx={{ textAlign: "right", display: "grid", gap: 0.5, justifyItems: "end" }}>
                      {r.ratingScore ? (
                        <>
                          <Rating value={r.ratingScore} readOnly size="small" />
                          <Typography variant="caption" color="text.secondary">
                            {t.rated}
                          </Typography>
                        </>
                      ) : (
                        <RateButton r={r} />
                      )}
                      <ComplainButton r={r} />
                    </Box>
                  </Card>
                ))}
              </Box>
              {records.pager}
            </>
          ))}
      </Section>

      {(requests.data?.total ?? 0) > 0 && (
        <Section title={t.closedRequests}>
          <Box sx={{ display: "grid", gap: 1.5 }}>
            {requests.data!.data.map((r) => (
              <RequestCard key={r.id} r={r} />
            ))}
          </Box>
          {requests.pager}
        </Section>
      )}

      {(complaints.data?.total ?? 0) > 0 && (
        <Section title={t.complaints}>
          <Box sx={{ display: "grid", gap: 1.5 }}>
            {complaints.data!.data.map((c) => (
              <Card key={c.id} sx={{ p: 2 }}>
                <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
                  <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
                    {c.subject}
                  </Typography>
                  <StatusChip
                    label={ComplaintStatus.label(c.status, lang)}
                    tone={c.status === "ANSWERED" ? "success" : c.status === "CLOSED" ? "default" : "warning"}
                  />
                </Box>
                <Typography variant="body2" color="text.secondary">
                  {c.nodeName} · {formatDateTime(c.createdAt, lang)}
                </Typography>
                {c.answer && (
                  <Typography variant="body2" sx={{ mt: 1 }}>
                    {t.answer}：{c.answer}
                  </Typography>
                )}
                {(c.status === "FILED" || c.status === "HANDLING") && c.dueAt && (
                  <Typography variant="body2" sx={{ mt: 0.5, color: c.overdue ? "error.main" : "text.secondary" }}>
                    {t.answerDue}：{formatDateTime(c.dueAt, lang)}
                    {c.overdue ? ` · ${t.overdue}` : ""}
                    {c.reopenCount ? ` · ${t.reopened}` : ""}
                  </Typography>
                )}
                {c.status === "ANSWERED" && (
                  <Box sx={{ mt: 1, display: "flex", gap: 1, flexWrap: "wrap" }}>
                    <ActionDialog
                      label={t.acceptAnswer}
                      title={t.acceptAnswer}
                      variant="outlined"
                      action={() => client.serviceComplaints.accept.mutate({ id: c.id })}
                    >
                      <Typography>{c.answer}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {t.acceptAnswerHint}
                      </Typography>
                    </ActionDialog>
                    <ReopenButton id={c.id} />
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

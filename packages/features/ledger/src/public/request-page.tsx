import { Link as RouterLink, Navigate, useLocation, useParams } from "react-router";
import { useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Container from "@mui/material/Container";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { ServiceCategory } from "@qifu/domain";
import { ErrorState, formatDateTime, LoadingState, messageOf, StatusChip } from "@qifu/ui";
import { LedgerChannel, RequestEventKind, RequestStatus } from "../schemas";
import { LOGIN, ME_KEY, MY_SERVICES, useLedgerPublic } from "./context";
import { REQUEST_TONE } from "./my-services-page";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box
      sx={{
        display: "grid",
        gridTemplateColumns: { xs: "6.5em 1fr", sm: "8em 1fr" },
        gap: 1,
        py: 0.75,
        borderBottom: 1,
        borderColor: "divider",
      }}
    >
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ wordBreak: "break-word" }}>
        {children}
      </Typography>
    </Box>
  );
}

/** `/my/requests/:id`: one service request as a case — number, due date, handler, timeline, attachments. */
export function RequestPage() {
  const { client, t, lang } = useLedgerPublic();
  const { id = "" } = useParams();
  const location = useLocation();
  const me = useQuery({ queryKey: ME_KEY, queryFn: () => client.auth.me.query(), staleTime: 30_000 });
  const enterprise = me.data?.role === "ENTERPRISE";
  const q = useQuery({
    queryKey: ["ledger", "request", id],
    queryFn: () => client.serviceRequests.detail.query({ id }),
    enabled: enterprise,
  });
  if (me.isPending)
    return (
      <Container sx={{ py: 6 }}>
        <LoadingState label={t.loading} />
      </Container>
    );
  if (!enterprise) return <Navigate to={`${LOGIN}?next=${encodeURIComponent(location.pathname)}`} replace />;
  const back = (
    <Button component={RouterLink} to={MY_SERVICES} sx={{ mb: 1, ml: -1 }}>
      ← {t.backToMine}
    </Button>
  );
  if (q.isPending)
    return (
      <Container sx={{ py: 6 }}>
        {back}
        <LoadingState label={t.loading} />
      </Container>
    );
  if (q.isError)
    return (
      <Container sx={{ py: 4 }}>
        {back}
        <ErrorState message={messageOf(q.error, lang)} onRetry={() => void q.refetch()} />
      </Container>
    );
  const r = q.data;
  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, md: 4 } }}>
      {back}
      <Typography variant="caption" color="text.secondary">
        {t.caseTitle} · {t.caseNumber}
      </Typography>
      <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
        <Typography variant="h5" component="h1" data-testid="case-number" sx={{ fontWeight: 600 }}>
          {r.number}
        </Typography>
        <StatusChip label={RequestStatus.label(r.status, lang)} tone={REQUEST_TONE[r.status]} />
        {r.overdue && <StatusChip label={t.overdue} tone="danger" />}
      </Box>
      <Typography variant="subtitle1" sx={{ mt: 0.5, wordBreak: "break-word" }}>
        {r.productTitle}
      </Typography>

      <Card sx={{ p: { xs: 1.5, sm: 2 }, mt: 2 }}>
        <Row label={t.node}>
          {r.nodeName}
          {r.townName ? ` · ${r.townName}` : ""}
        </Row>
        <Row label={t.dueAt}>
          <Box component="span" data-testid="case-due" sx={{ color: r.overdue ? "error.main" : undefined, fontWeight: 500 }}>
            {r.dueAt ? formatDateTime(r.dueAt, lang) : "—"}
          </Box>
        </Row>
        {r.timeLimitDays !== null && (
          <Row label={t.timeLimit}>
            {r.timeLimitDays}
            {t.workingDays}
          </Row>
        )}
        <Row label={t.handler}>{r.handlerName ?? "—"}</Row>
        <Row label={t.channel}>
          {ServiceCategory.label(r.category, lang)} · {LedgerChannel.label(r.channel, lang)}
        </Row>
        <Row label={t.note}>
          <Box sx={{ whiteSpace: "pre-wrap" }}>{r.note}</Box>
        </Row>
        <Row label={t.contactName}>{[r.contactName, r.contactPhone].filter(Boolean).join(" ") || "—"}</Row>
        {r.files.length > 0 && (
          <Row label={t.files}>
            {r.files.map((f) => (
              <Link key={f.id} href={f.url} target="_blank" rel="noopener" sx={{ display: "block" }}>
                {f.name}
              </Link>
            ))}
          </Row>
        )}
      </Card>

      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        {t.timeline}
      </Typography>
      <Box component="ol" sx={{ listStyle: "none", p: 0, m: 0, borderLeft: 2, borderColor: "divider", ml: 1 }} data-testid="case-timeline">
        {r.timeline.map((e, i) => (
          <Box
            component="li"
            key={i}
            sx={{
              pl: 2,
              pb: 2,
              position: "relative",
              "&::before": {
                content: '""',
                position: "absolute",
                left: -7,
                top: 4,
                width: 12,
                height: 12,
                borderRadius: "50%",
                bgcolor: e.kind === "OVERDUE" ? "error.main" : "primary.main",
              },
            }}
          >
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {RequestEventKind.label(e.kind, lang)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {formatDateTime(e.at, lang)}
              {e.actorName ? ` · ${e.actorName}` : ""}
            </Typography>
            {e.note && e.kind !== "SUBMIT" && (
              <Typography variant="body2" sx={{ mt: 0.5, wordBreak: "break-word" }}>
                {e.note}
              </Typography>
            )}
          </Box>
        ))}
      </Box>
    </Container>
  );
}

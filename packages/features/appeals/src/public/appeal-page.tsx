import { useState, type ReactNode } from "react";
import { Link as RouterLink, useParams } from "react-router";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Container from "@mui/material/Container";
import FormControlLabel from "@mui/material/FormControlLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Rating from "@mui/material/Rating";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import ArrowBack from "@mui/icons-material/ArrowBack";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorState, FileList, LoadingState, UiLanguageProvider, formatDateTime, messageOf } from "@qifu/ui";
import { isOpenAppeal, Urgency, type TEnterpriseAppealDetail } from "../schemas";
import { AppealStatusChip, AppealTimeline } from "../shared/appeal-view";
import { useAppealsPublic } from "./context";
import { paths, RequireEnterprise } from "./hooks";

/** One appeal as its enterprise sees it: facts, the answer, what it can do now, and the timeline. */
export function AppealPage() {
  return (
    <RequireEnterprise>
      <AppealView />
    </RequireEnterprise>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="dt">
        {label}
      </Typography>
      <Typography variant="body2" component="dd" sx={{ m: 0, wordBreak: "break-word" }}>
        {children}
      </Typography>
    </Box>
  );
}

function AppealView() {
  const { id = "" } = useParams();
  const { client, t, lang } = useAppealsPublic();
  const query = useQuery({ queryKey: ["appeals", id], queryFn: () => client.appeals.get.query({ id }) });
  if (query.isPending)
    return (
      <Container sx={{ py: 6 }}>
        <LoadingState label={t.loading} />
      </Container>
    );
  if (query.isError)
    return (
      <Container sx={{ py: 4 }}>
        <ErrorState message={messageOf(query.error, lang)} onRetry={() => query.refetch()} />
      </Container>
    );
  const a = query.data;
  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <Button component={RouterLink} to={paths.list} startIcon={<ArrowBack />} sx={{ mb: 1 }}>
        {t.back}
      </Button>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1.5, flexWrap: "wrap", mb: 2 }}>
        <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.4rem", md: "1.9rem" }, wordBreak: "break-word" }}>
          {a.title}
        </Typography>
        <AppealStatusChip status={a.status} lang={lang} />
      </Box>
      <Box
        sx={{
          display: "grid",
          gap: 2,
          gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(0, 7fr) minmax(0, 5fr)" },
          alignItems: "start",
        }}
      >
        <Box sx={{ display: "flex", flexDirection: "column", gap: 2, minWidth: 0 }}>
          {a.status === "SUBMITTED" && (
            <Alert severity="success" data-testid="appeal-will-accept">
              {t.willAccept(a.number, formatDateTime(a.ackDueAt, lang), formatDateTime(a.resolveDueAt, lang))}
            </Alert>
          )}
          <Card sx={{ p: { xs: 2, sm: 3 } }}>
            <Box
              component="dl"
              sx={{ m: 0, display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr 1fr", sm: "repeat(3, minmax(0, 1fr))" } }}
            >
              <Field label={t.number}>{a.number}</Field>
              <Field label={t.category}>{lang === "zh" ? a.categoryName : a.categoryNameEn}</Field>
              <Field label={t.urgency}>{Urgency.label(a.urgency, lang)}</Field>
              <Field label={t.unit}>{a.unit.name}</Field>
              <Field label={t.submittedAt}>{formatDateTime(a.submittedAt, lang)}</Field>
              <Field label={t.ackDue}>{formatDateTime(a.ackDueAt, lang)}</Field>
              <Field label={t.resolveDue}>{formatDateTime(a.resolveDueAt, lang)}</Field>
            </Box>
            <Typography variant="body1" sx={{ mt: 2.5, whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
              {a.description}
            </Typography>
            {a.files.length > 0 && (
              <Box sx={{ mt: 2 }}>
                <UiLanguageProvider lang={lang}>
                  <FileList files={a.files} />
                </UiLanguageProvider>
              </Box>
            )}
          </Card>
          {a.paused && <Alert severity="warning">{t.paused}</Alert>}
          {a.answer && (
            <Card sx={{ p: { xs: 2, sm: 3 }, borderLeft: 4, borderColor: "success.main" }}>
              <Typography variant="subtitle2" color="text.secondary">
                {t.answer} · {formatDateTime(a.answeredAt, lang)}
              </Typography>
              <Typography sx={{ mt: 1, whiteSpace: "pre-wrap" }}>{a.answer}</Typography>
            </Card>
          )}
          <Actions appeal={a} />
        </Box>
        <Card sx={{ p: { xs: 2, sm: 3 } }}>
          <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
            {t.timeline}
          </Typography>
          <UiLanguageProvider lang={lang}>
            <AppealTimeline events={a.events} lang={lang} showSla={false} />
          </UiLanguageProvider>
        </Card>
      </Box>
    </Container>
  );
}

/** What the enterprise can do in the appeal's current state. */
function Actions({ appeal: a }: { appeal: TEnterpriseAppealDetail }) {
  const { client, t, lang } = useAppealsPublic();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const [satisfaction, setSatisfaction] = useState<number | null>(null);
  const [solved, setSolved] = useState<"yes" | "no" | "">("");
  const run = useMutation({
    mutationFn: (fn: () => Promise<TEnterpriseAppealDetail>) => fn(),
    onSuccess: (data) => {
      queryClient.setQueryData(["appeals", a.id], data);
      queryClient.invalidateQueries({ queryKey: ["appeals", "mine"] });
      setNote("");
    },
  });
  const error = run.error ? <Alert severity="error">{messageOf(run.error, lang)}</Alert> : null;
  const reopenable = a.reopenableUntil && new Date(a.reopenableUntil) > new Date();

  if (a.paused)
    return (
      <Card sx={{ p: { xs: 2, sm: 3 }, display: "flex", flexDirection: "column", gap: 1.5 }}>
        <Typography variant="h6" component="h2">
          {t.supplementTitle}
        </Typography>
        {error}
        <TextField multiline minRows={3} value={note} onChange={(e) => setNote(e.target.value)} label={t.supplementTitle} />
        <Box>
          <Button
            variant="contained"
            disabled={run.isPending || note.trim().length < 2}
            onClick={() => run.mutate(() => client.appeals.supplement.mutate({ id: a.id, note }))}
          >
            {t.supplement}
          </Button>
        </Box>
      </Card>
    );
  return (
    <>
      {a.status === "ANSWERED" && (
        <Card sx={{ p: { xs: 2, sm: 3 }, display: "flex", flexDirection: "column", gap: 1.5 }}>
          <Typography variant="h6" component="h2">
            {t.confirmTitle}
          </Typography>
          {error}
          <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {t.satisfaction}
            </Typography>
            <Rating value={satisfaction} onChange={(_, v) => setSatisfaction(v)} size="large" />
          </Box>
          <Box>
            <Typography variant="body2" color="text.secondary">
              {t.solvedQuestion}
            </Typography>
            <RadioGroup row value={solved} onChange={(e) => setSolved(e.target.value as "yes" | "no")}>
              <FormControlLabel value="yes" control={<Radio />} label={t.solvedYes} />
              <FormControlLabel value="no" control={<Radio />} label={t.solvedNo} />
            </RadioGroup>
          </Box>
          <TextField value={note} onChange={(e) => setNote(e.target.value)} label={t.comment} multiline minRows={2} />
          <Box>
            <Button
              variant="contained"
              disabled={run.isPending || !satisfaction || !solved}
              onClick={() =>
                run.mutate(() =>
                  client.appeals.confirm.mutate({
                    id: a.id,
                    satisfaction: satisfaction!,
                    resolved: solved === "yes",
                    note: note || undefined,
                  }),
                )
              }
            >
              {t.confirm}
            </Button>
          </Box>
        </Card>
      )}
      {reopenable && (
        <Card sx={{ p: { xs: 2, sm: 3 }, display: "flex", flexDirection: "column", gap: 1.5 }}>
          <Typography variant="h6" component="h2">
            {t.reopenTitle}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t.reopenHint} {formatDateTime(a.reopenableUntil, lang)}
          </Typography>
          {a.status !== "ANSWERED" && error}
          <TextField value={note} onChange={(e) => setNote(e.target.value)} label={t.reopenReason} multiline minRows={2} />
          <Box>
            <Button
              variant="outlined"
              color="warning"
              disabled={run.isPending || note.trim().length < 4}
              onClick={() => run.mutate(() => client.appeals.reopen.mutate({ id: a.id, reason: note }))}
            >
              {t.reopen}
            </Button>
          </Box>
        </Card>
      )}
      {isOpenAppeal(a.status) && (
        <Box>
          {error}
          <Button
            color="inherit"
            disabled={run.isPending}
            onClick={() => window.confirm(t.withdrawConfirm) && run.mutate(() => client.appeals.withdraw.mutate({ id: a.id }))}
          >
            {t.withdraw}
          </Button>
        </Box>
      )}
    </>
  );
}

import { useState, type ReactNode } from "react";
import { Link as RouterLink, useParams } from "react-router";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Container from "@mui/material/Container";
import Rating from "@mui/material/Rating";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CultivationTier, INDUSTRY_SECTIONS } from "@qifu/domain";
import { ErrorState, formatDateTime, LoadingState, messageOf } from "@qifu/ui";
import { AccountGate } from "@qifu/ui/public";
import type { TActivityPublicDetail } from "../schemas";
import { activitiesPaths, useActivitiesPublic } from "./context";

export const detailKey = (id: string) => ["activities", "detail", id];

/** The activity's page data, with the caller's own registration. */
export function useActivity(id: string) {
  const { client } = useActivitiesPublic();
  return useQuery({ queryKey: detailKey(id), queryFn: () => client.activities.publicGet.query({ id }) });
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "72px minmax(0,1fr)", sm: "96px minmax(0,1fr)" }, gap: 1.5, py: 0.75 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ overflowWrap: "anywhere", whiteSpace: "pre-line" }}>
        {children}
      </Typography>
    </Box>
  );
}

/** The facts of an activity (shared by its page and the check-in page). */
export function ActivityFacts({ a, full = true }: { a: TActivityPublicDetail; full?: boolean }) {
  const { t, lang } = useActivitiesPublic();
  const audience = [
    ...a.audienceTiers.map((x) => CultivationTier.label(x, lang)),
    ...a.audienceIndustries.map((c) => INDUSTRY_SECTIONS.find((s) => s.code === c)?.name[lang] ?? c),
    ...a.audienceTownNames,
  ];
  return (
    <>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 1 }}>
        <Chip size="small" color="primary" label={lang === "zh" ? a.seriesName : a.seriesNameEn} />
        {a.trainingTitle && <Chip size="small" variant="outlined" label={a.trainingTitle} />}
      </Box>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600, fontSize: { xs: "1.3rem", md: "1.6rem" }, mb: 1.5 }}>
        {a.title}
      </Typography>
      <Row label={t.time}>
        {formatDateTime(a.startsAt, lang)} – {formatDateTime(a.endsAt, lang)}
      </Row>
      <Row label={t.place}>
        {a.place}
        {a.onlineUrl && (
          <>
            {a.place ? " · " : ""}
            <a href={a.onlineUrl} target="_blank" rel="noreferrer">
              {t.online}
            </a>
          </>
        )}
      </Row>
      <Row label={t.organiser}>{a.nodeName}</Row>
      {full && a.coOrganisers.length > 0 && <Row label={t.coOrganisers}>{a.coOrganisers.join("、")}</Row>}
      {full && <Row label={t.audience}>{audience.length ? audience.join("、") : t.everyone}</Row>}
      {full && (
        <Row label={t.registration}>
          {t.closes(formatDateTime(a.registrationClosesAt, lang))} · {t.seatsLeft(a.capacity - a.seatsTaken)}
        </Row>
      )}
      {full && a.speakers && <Row label={t.speakers}>{a.speakers}</Row>}
      {full && a.agenda && <Row label={t.agenda}>{a.agenda}</Row>}
      {full && a.description && (
        <Typography variant="body2" sx={{ mt: 1.5, whiteSpace: "pre-line" }}>
          {a.description}
        </Typography>
      )}
    </>
  );
}

/** 1–5 and a comment, once, after attending. */
export function RateForm({ a }: { a: TActivityPublicDetail }) {
  const { client, t, lang } = useActivitiesPublic();
  const qc = useQueryClient();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const rate = useMutation({
    mutationFn: () => client.activities.rate.mutate({ activityId: a.id, rating: rating!, comment: comment.trim() || null }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["activities"] }),
  });
  if (!a.mine?.attended) return null;
  if (a.mine.rating) return <Alert severity="success">{t.rated(a.mine.rating)}</Alert>;
  return (
    <Card sx={{ p: { xs: 2, sm: 3 }, display: "grid", gap: 1.5 }} data-testid="rate-form">
      <Typography variant="h6" component="h2">
        {t.rateTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t.rateIntro}
      </Typography>
      <Rating
        name="rating"
        value={rating}
        onChange={(_, v) => setRating(v)}
        size="large"
        getLabelText={(v) => (lang === "zh" ? `${v} 分` : `${v} star${v === 1 ? "" : "s"}`)}
      />
      <TextField
        label={t.comment}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      {rate.error && <Alert severity="error">{messageOf(rate.error, lang)}</Alert>}
      <Button variant="contained" disabled={!rating || rate.isPending} onClick={() => rate.mutate()} sx={{ justifySelf: "start" }}>
        {t.submitRating}
      </Button>
    </Card>
  );
}

function RegisterBox({ a }: { a: TActivityPublicDetail }) {
  const { client, t, lang } = useActivitiesPublic();
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ["activities"] });
  const register = useMutation({ mutationFn: () => client.activities.register.mutate({ activityId: a.id }), onSuccess: done });
  const cancel = useMutation({ mutationFn: () => client.activities.cancel.mutate({ activityId: a.id }), onSuccess: done });
  const error = register.error ?? cancel.error;
  const now = Date.now();
  const started = new Date(a.startsAt).getTime() <= now;
  const open =
    (!a.registrationOpensAt || new Date(a.registrationOpensAt).getTime() <= now) && new Date(a.registrationClosesAt).getTime() >= now;
  const mine = a.mine;
  return (
    <Card sx={{ p: { xs: 2, sm: 3 }, display: "grid", gap: 1.5 }} data-testid="register-box">
      {error && <Alert severity="error">{messageOf(error, lang)}</Alert>}
      {mine?.status === "REGISTERED" && (
        <Alert severity={mine.attended ? "success" : "info"}>{mine.attended ? t.attended : t.registered}</Alert>
      )}
      {mine?.status === "WAITING" && <Alert severity="warning">{t.waiting(mine.waitingPosition)}</Alert>}
      {!mine && !open && <Alert severity="info">{new Date(a.registrationClosesAt).getTime() < now ? t.closed : t.notOpen}</Alert>}
      {!mine && open && (
        <Button variant="contained" size="large" disabled={register.isPending} onClick={() => register.mutate()}>
          {a.seatsTaken >= a.capacity ? t.joinWaiting : t.register}
        </Button>
      )}
      {mine && !mine.attended && !started && (
        <Button variant="outlined" color="inherit" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
          {t.cancel}
        </Button>
      )}
    </Card>
  );
}

/** An activity's public page; a signed-in enterprise registers, cancels and rates here. */
export function ActivityPage() {
  const { id = "" } = useParams();
  const { t, lang } = useActivitiesPublic();
  const q = useActivity(id);
  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, md: 4 }, display: "grid", gap: 2 }}>
      <Box>
        <Button component={RouterLink} to={activitiesPaths.list} size="small">
          ← {t.back}
        </Button>
      </Box>
      {q.isPending ? (
        <LoadingState label={t.loading} />
      ) : q.isError ? (
        <Card>
          <ErrorState message={messageOf(q.error, lang)} onRetry={() => void q.refetch()} />
        </Card>
      ) : (
        <>
          <Card sx={{ p: { xs: 2, sm: 3 } }}>
            <ActivityFacts a={q.data} />
          </Card>
          {new Date(q.data.endsAt).getTime() > Date.now() || q.data.mine ? (
            <AccountGate action={t.actionRegister} compact>
              <RegisterBox a={q.data} />
            </AccountGate>
          ) : null}
          <RateForm a={q.data} />
        </>
      )}
    </Container>
  );
}

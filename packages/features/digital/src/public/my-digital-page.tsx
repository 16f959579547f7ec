import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Checkbox from "@mui/material/Checkbox";
import Container from "@mui/material/Container";
import FormControlLabel from "@mui/material/FormControlLabel";
import MenuItem from "@mui/material/MenuItem";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import {
  EmptyState,
  ErrorState,
  FileUpload,
  formatFen,
  LoadingState,
  MatchList,
  messageOf,
  RadarChart,
  StatusChip,
  type TUploadedFile,
} from "@qifu/ui";
import { AccountGate } from "@qifu/ui/public";
import {
  ContactStatus,
  DigitalDimension,
  DigitalScenario,
  LEVEL_LABELS,
  NeedStatus,
  Timeline,
  type TDiagnosis,
  type TDigitalScenario,
  type TNeed,
  type TQuestionnaire,
  type TTimeline,
} from "../schemas";
import { useDigitalPublic } from "./context";
import { SolutionCard } from "./library-page";

const MINE_KEY = ["digital", "mine"] as const;
const NEEDS_KEY = ["digital", "myNeeds"] as const;
const CONTACTS_KEY = ["digital", "myContacts"] as const;

/** The questionnaire on a phone: one card per question, grouped by dimension; drafts saved; evidence; the pledge. */
function Questionnaire({ q, onDone }: { q: TQuestionnaire; onDone: () => void }) {
  const { client, t, lang } = useDigitalPublic();
  const [answers, setAnswers] = useState<Record<string, number>>(q.diagnosis.answers);
  const [files, setFiles] = useState<TUploadedFile[]>([]);
  const [pledge, setPledge] = useState(false);
  const [savedAt, setSavedAt] = useState(false);
  const fileIds = files.map((f) => f.id);
  const save = useMutation({
    mutationFn: () => client.digitalDiagnoses.save.mutate({ id: q.diagnosis.id, answers, fileIds }),
    onSuccess: () => (setFiles([]), setSavedAt(true)),
  });
  const commit = useMutation({
    mutationFn: () => client.digitalDiagnoses.commit.mutate({ id: q.diagnosis.id, answers, fileIds, pledge: true }),
    onSuccess: onDone,
  });
  const answered = q.indicators.filter((i) => answers[i.id] !== undefined).length;
  const error = save.error ?? commit.error;
  return (
    <Box sx={{ display: "grid", gap: 1.5 }} data-testid="dg-questionnaire">
      <Typography variant="body2" color="text.secondary">
        {q.set.name} · {q.set.edition}
      </Typography>
      {(q.set.thresholdsPlaceholder || q.indicators.some((i) => i.placeholder)) && <Alert severity="info">{t.placeholderNote}</Alert>}
      {DigitalDimension.values.map((dim) => {
        const of = q.indicators.filter((i) => i.dimension === dim);
        if (!of.length) return null;
        return (
          <Box key={dim} sx={{ display: "grid", gap: 1 }}>
            <Typography variant="h6" component="h2" sx={{ fontSize: 17 }}>
              {DigitalDimension.label(dim, lang)}
            </Typography>
            {of.map((i) => (
              <Card key={i.id} variant="outlined" data-testid="dg-question">
                <CardContent sx={{ display: "grid", gap: 0.5, "&:last-child": { pb: 1.5 } }}>
                  <Typography variant="caption" color="text.secondary">
                    {t.question.replace("%n", String(q.indicators.indexOf(i) + 1)).replace("%t", String(q.indicators.length))} · {i.name}
                  </Typography>
                  <Typography variant="subtitle2">{i.question}</Typography>
                  <RadioGroup
                    value={answers[i.id] ?? ""}
                    onChange={(e) => (setSavedAt(false), setAnswers({ ...answers, [i.id]: Number(e.target.value) }))}
                  >
                    {i.options.map((o, k) => (
                      <FormControlLabel key={k} value={k} control={<Radio size="small" />} label={o.label} sx={{ minHeight: 36, mr: 0 }} />
                    ))}
                  </RadioGroup>
                </CardContent>
              </Card>
            ))}
          </Box>
        );
      })}
      <Card variant="outlined">
        <CardContent sx={{ display: "grid", gap: 1 }}>
          <Typography variant="subtitle2">{t.evidence}</Typography>
          {q.diagnosis.files.map((f) => (
            <Typography key={f.id} variant="body2">
              {f.name}
            </Typography>
          ))}
          <FileUpload value={files} onChange={setFiles} max={5} />
          <FormControlLabel
            control={<Checkbox checked={pledge} onChange={(e) => setPledge(e.target.checked)} inputProps={{ "aria-label": t.pledge }} />}
            label={t.pledge}
            data-testid="dg-pledge"
          />
          <Typography variant="body2" color="text.secondary" data-testid="dg-answered">
            {t.answered.replace("%a", String(answered)).replace("%t", String(q.indicators.length))}
            {savedAt ? ` · ${t.saved}` : ""}
          </Typography>
          {error && <Alert severity="error">{messageOf(error, lang)}</Alert>}
          <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
            <Button variant="outlined" onClick={() => save.mutate()} disabled={save.isPending} sx={{ minHeight: 44, flex: "1 1 120px" }}>
              {t.saveDraft}
            </Button>
            <Button
              variant="contained"
              onClick={() => commit.mutate()}
              disabled={!pledge || answered < q.indicators.length || commit.isPending}
              sx={{ minHeight: 44, flex: "1 1 120px" }}
              data-testid="dg-commit"
            >
              {t.commit}
            </Button>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}

/** The result: level and score, the change from last time, a radar of the four dimensions, the weakest indicators. */
function Result({ d, onNeed }: { d: TDiagnosis; onNeed: (scenario: TDigitalScenario, indicatorId: string) => void }) {
  const { t, lang } = useDigitalPublic();
  const dims = DigitalDimension.values;
  const series = [{ name: t.thisTime, values: dims.map((k) => d.dimensionScores?.[k] ?? 0) }];
  if (d.previous) series.push({ name: t.lastTime, values: dims.map((k) => d.previous!.dimensionScores[k] ?? 0) });
  return (
    <Card variant="outlined" data-testid="dg-result">
      <CardContent sx={{ display: "grid", gap: 1 }}>
        <Typography variant="overline" color="text.secondary">
          {t.result} · {d.committedAt?.slice(0, 10)}
        </Typography>
        <Box sx={{ display: "flex", gap: 1.5, alignItems: "baseline", flexWrap: "wrap" }}>
          <Typography variant="h4" component="p" sx={{ fontWeight: 700 }} data-testid="dg-level">
            {d.levelLabel?.[lang]}
          </Typography>
          <Typography variant="body1">{t.score.replace("%s", String(d.score))}</Typography>
        </Box>
        {d.previous && (
          <Typography variant="body2" color="text.secondary">
            {t.previous
              .replace("%d", d.previous.committedAt.slice(0, 10))
              .replace("%l", LEVEL_LABELS[d.previous.level][lang])
              .replace("%s", String(d.previous.score))}
          </Typography>
        )}
        <Typography variant="subtitle2">{t.dims}</Typography>
        <RadarChart indicators={dims.map((k) => ({ name: DigitalDimension.label(k, lang), max: 100 }))} series={series} height={260} />
        <Typography variant="subtitle2">{t.weak}</Typography>
        <Typography variant="caption" color="text.secondary">
          {t.weakHint}
        </Typography>
        {d.weak.map((w) => (
          <Box key={w.id} sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }} data-testid="dg-weak">
            <Typography variant="body2" sx={{ flex: "1 1 160px" }}>
              {w.name}（{w.points}/{w.maxPoints}） · {DigitalScenario.label(w.scenario, lang)}
            </Typography>
            <Button size="small" variant="outlined" onClick={() => onNeed(w.scenario, w.id)} sx={{ minHeight: 40 }}>
              {t.needFor}
            </Button>
          </Box>
        ))}
      </CardContent>
    </Card>
  );
}

function NeedForm({
  diagnosisId,
  initial,
  onPosted,
}: {
  diagnosisId: string | null;
  initial: { scenario: TDigitalScenario; indicatorIds: string[] };
  onPosted: (n: TNeed) => void;
}) {
  const { client, t, lang } = useDigitalPublic();
  const qc = useQueryClient();
  const [scenario, setScenario] = useState<TDigitalScenario>(initial.scenario);
  const [text, setText] = useState("");
  const [budget, setBudget] = useState("");
  const [timeline, setTimeline] = useState<TTimeline>("WITHIN_6M");
  const post = useMutation({
    mutationFn: () =>
      client.digitalNeeds.create.mutate({
        diagnosisId,
        scenario,
        indicatorIds: diagnosisId ? initial.indicatorIds : [],
        text: text.trim(),
        budgetFen: budget.trim() ? Math.round(Number(budget) * 1_000_000) : null,
        timeline,
      }),
    onSuccess: (n) => (void qc.invalidateQueries({ queryKey: NEEDS_KEY }), onPosted(n)),
  });
  return (
    <Card variant="outlined" data-testid="dg-need-form">
      <CardContent
        component="form"
        onSubmit={(e) => (e.preventDefault(), post.mutate())}
        sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}
      >
        <Typography variant="subtitle1" sx={{ gridColumn: "1 / -1", fontWeight: 600 }}>
          {t.needTitle}
        </Typography>
        <TextField select label={t.scenario} value={scenario} onChange={(e) => setScenario(e.target.value as TDigitalScenario)}>
          {DigitalScenario.choices(lang).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t.timeline} value={timeline} onChange={(e) => setTimeline(e.target.value as TTimeline)}>
          {Timeline.choices(lang).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          required
          multiline
          minRows={2}
          label={t.needText}
          value={text}
          onChange={(e) => setText(e.target.value)}
          inputProps={{ maxLength: 1000, "data-testid": "dg-need-text" }}
          sx={{ gridColumn: "1 / -1" }}
        />
        <TextField
          label={t.budgetWan}
          type="number"
          inputProps={{ min: 0, step: 0.01, "data-testid": "dg-need-budget" }}
          value={budget}
          onChange={(e) => setBudget(e.target.value)}
        />
        {post.error && (
          <Alert severity="error" sx={{ gridColumn: "1 / -1" }}>
            {messageOf(post.error, lang)}
          </Alert>
        )}
        <Box sx={{ gridColumn: "1 / -1" }}>
          <Button type="submit" variant="contained" disabled={post.isPending} sx={{ minHeight: 44, width: { xs: "100%", sm: "auto" } }}>
            {t.postNeed}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}

/** The solutions matched to one need with the reasons; a button contacts the provider. */
function Matches({ need }: { need: TNeed }) {
  const { client, t, lang } = useDigitalPublic();
  const qc = useQueryClient();
  const key = ["digital", "matches", need.id];
  const matches = useQuery({ queryKey: key, queryFn: () => client.digitalNeeds.matches.query({ needId: need.id }) });
  const contact = useMutation({
    mutationFn: (solutionId: string) => client.digitalContacts.create.mutate({ needId: need.id, solutionId }),
    onSuccess: () => (void qc.invalidateQueries({ queryKey: key }), void qc.invalidateQueries({ queryKey: CONTACTS_KEY })),
  });
  if (matches.isPending) return <LoadingState label={t.loading} />;
  if (matches.error) return <ErrorState message={messageOf(matches.error, lang)} onRetry={() => matches.refetch()} />;
  const m = matches.data;
  return (
    <MatchList
      lang={lang}
      title={t.matches}
      testId="dg"
      emptyTitle={t.noMatches}
      error={contact.error ? messageOf(contact.error, lang) : null}
      matches={m.matches}
      keyOf={(x) => x.solution.id}
      renderCard={(x, body) => <SolutionCard s={x.solution}>{body}</SolutionCard>}
      action={(x) => ({
        label: x.contacted ? t.contacted : t.contactProvider,
        done: x.contacted,
        disabled: contact.isPending || need.status !== "OPEN",
        onClick: () => contact.mutate(x.solution.id),
      })}
      excluded={m.excluded}
      excludedTitle={t.excludedTitle.replace("%s", String(m.excluded.length))}
      excludedKeyOf={(x) => x.solution.id}
      excludedName={(x) => `${x.solution.name} · ${x.solution.providerName}`}
    />
  );
}

function Needs({ open, setOpen }: { open: string | null; setOpen: (id: string | null) => void }) {
  const { client, t, lang } = useDigitalPublic();
  const needs = useQuery({ queryKey: NEEDS_KEY, queryFn: () => client.digitalNeeds.list.query({ pagination: { page: 1, perPage: 50 } }) });
  const contacts = useQuery({
    queryKey: CONTACTS_KEY,
    queryFn: () => client.digitalContacts.list.query({ pagination: { page: 1, perPage: 200 } }),
  });
  if (needs.isPending) return <LoadingState label={t.loading} />;
  if (needs.error) return <ErrorState message={messageOf(needs.error, lang)} onRetry={() => needs.refetch()} />;
  if (needs.data.total === 0) return <EmptyState title={t.noNeeds} />;
  return (
    <Box sx={{ display: "grid", gap: 1.5 }}>
      {needs.data.data.map((n) => (
        <Card key={n.id} variant="outlined" data-testid="dg-need">
          <CardContent sx={{ display: "grid", gap: 1 }}>
            <Box sx={{ display: "flex", gap: 1, alignItems: "baseline", flexWrap: "wrap" }}>
              <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: "1 1 200px" }}>
                {n.text}
              </Typography>
              <StatusChip label={NeedStatus.label(n.status, lang)} tone={n.status === "ADOPTED" ? "success" : "info"} />
            </Box>
            <Typography variant="caption" color="text.secondary">
              {n.postedOn} · {DigitalScenario.label(n.scenario, lang)} · {Timeline.label(n.timeline, lang)}
              {n.budgetFen !== null ? ` · ${formatFen(n.budgetFen, lang)}` : ""}
              {n.indicatorNames.length ? ` · ${n.indicatorNames.join("、")}` : ""}
            </Typography>
            {(contacts.data?.data ?? [])
              .filter((c) => c.needId === n.id)
              .map((c) => (
                <Box key={c.id} sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
                  <Typography variant="body2">
                    {c.providerName} · {c.solutionName}
                  </Typography>
                  <StatusChip
                    label={ContactStatus.label(c.status, lang)}
                    tone={c.status === "ADOPTED" ? "success" : c.status === "SENT" ? "warning" : "info"}
                  />
                  {c.answer && (
                    <Typography variant="caption" color="text.secondary">
                      {c.answer}
                    </Typography>
                  )}
                </Box>
              ))}
            <Box>
              <Button size="small" onClick={() => setOpen(open === n.id ? null : n.id)} sx={{ minHeight: 40 }}>
                {open === n.id ? t.hideMatches : t.showMatches}
              </Button>
            </Box>
            {open === n.id && <Matches need={n} />}
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}

/** 我的数字化诊断: fill the questionnaire on a phone, see the level and weak points, state needs, see matched solutions, contact providers. */
export function MyDigitalPage() {
  const { client, t, lang } = useDigitalPublic();
  const qc = useQueryClient();
  const [form, setForm] = useState<TQuestionnaire | null>(null);
  const [needFor, setNeedFor] = useState<{ scenario: TDigitalScenario; indicatorIds: string[] } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const mine = useQuery({ queryKey: MINE_KEY, queryFn: () => client.digitalDiagnoses.mine.query({}) });
  const start = useMutation({ mutationFn: () => client.digitalDiagnoses.start.mutate({}), onSuccess: setForm });
  const latest = mine.data?.latest ?? null;
  return (
    <Container maxWidth="md" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.myTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.myIntro}
      </Typography>
      <AccountGate action={t.diagnoseAction}>
        {mine.isPending ? (
          <LoadingState label={t.loading} />
        ) : mine.error ? (
          <ErrorState message={messageOf(mine.error, lang)} onRetry={() => mine.refetch()} />
        ) : form ? (
          <Questionnaire
            q={form}
            onDone={() => {
              setForm(null);
              void qc.invalidateQueries({ queryKey: MINE_KEY });
              window.scrollTo({ top: 0 });
            }}
          />
        ) : (
          <Box sx={{ display: "grid", gap: 2 }}>
            {latest && <Result d={latest} onNeed={(scenario, id) => setNeedFor({ scenario, indicatorIds: [id] })} />}
            {start.error && <Alert severity="error">{messageOf(start.error, lang)}</Alert>}
            <Box>
              <Button
                variant={latest ? "outlined" : "contained"}
                onClick={() => start.mutate()}
                disabled={start.isPending}
                sx={{ minHeight: 44, width: { xs: "100%", sm: "auto" } }}
                data-testid="dg-start"
              >
                {mine.data.draftId ? t.continueDraft : latest ? t.rediagnose : t.start}
              </Button>
            </Box>
            {needFor && (
              <NeedForm
                key={`${needFor.scenario}-${needFor.indicatorIds.join()}`}
                diagnosisId={latest?.id ?? null}
                initial={needFor}
                onPosted={(n) => (setNeedFor(null), setOpen(n.id))}
              />
            )}
            {latest && (
              <>
                <Typography variant="h6" component="h2">
                  {t.myNeeds}
                </Typography>
                <Needs open={open} setOpen={setOpen} />
              </>
            )}
            {mine.data.history.length > 1 && (
              <Typography variant="caption" color="text.secondary">
                {t.history}：
                {mine.data.history.map((h) => `${h.committedAt.slice(0, 10)} ${LEVEL_LABELS[h.level][lang]}（${h.score}）`).join("；")}
              </Typography>
            )}
          </Box>
        )}
      </AccountGate>
    </Container>
  );
}

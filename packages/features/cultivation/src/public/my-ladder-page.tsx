import { useState, type ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Container from "@mui/material/Container";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { CultivationTier, ServiceCategory, shanghaiYear } from "@qifu/domain";
import { ErrorState, formatDate, LoadingState, messageOf } from "@qifu/ui";
import { AccountGate } from "@qifu/ui/public";
import { missingText } from "../ladder";
import {
  CriterionState,
  CultivationLevel,
  Decision,
  FIGURE_UNITS,
  FigureKey,
  RecognisingBody,
  REPORTED_FIGURES,
  Verdict,
  type TFigureKey,
  type TMyLadder,
} from "../schemas";
import { useCultivationPublic } from "./context";

const MY_KEY = ["cultivation", "my"] as const;
const STATE_COLOR = { MET: "success", MISSED: "error", UNKNOWN: "warning" } as const;

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {hint}
        </Typography>
      )}
      {children}
    </Box>
  );
}

/** 我的梯度培育: the tier, what the next level still needs, the figures to report, the open rounds to apply in, the stage's services. */
export function MyLadderPage() {
  const { t, lang } = useCultivationPublic();
  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, md: 4 }, px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>
        {t.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2 }}>
        {t.intro}
      </Typography>
      <AccountGate action={{ zh: "查看梯度培育", en: "see the cultivation ladder" }}>
        <Ladder lang={lang} />
      </AccountGate>
    </Container>
  );
}

function Ladder({ lang }: { lang: "zh" | "en" }) {
  const { client, t } = useCultivationPublic();
  const my = useQuery({ queryKey: MY_KEY, queryFn: () => client.cultivation.my.query() });
  if (my.isPending) return <LoadingState label={t.loading} />;
  if (my.isError) return <ErrorState message={messageOf(my.error, lang)} onRetry={() => void my.refetch()} />;
  const d = my.data;
  return (
    <>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="overline" color="text.secondary">
            {t.currentTier}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap", alignItems: "center" }}>
            <Typography variant="h5" component="p" data-testid="current-tier">
              {CultivationTier.label(d.tier, lang)}
            </Typography>
            {d.aboveSize && <Chip size="small" color="primary" variant="outlined" label={t.aboveSize} />}
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {d.name}
          </Typography>
        </CardContent>
      </Card>
      <NextLevel data={d} lang={lang} />
      <Rounds data={d} lang={lang} />
      <Figures data={d} lang={lang} />
      <Section title={t.history}>
        {d.history.length === 0 ? (
          <Typography color="text.secondary">{t.noHistory}</Typography>
        ) : (
          <Stack spacing={1}>
            {d.history.map((r) => (
              <Card key={r.id} variant="outlined" sx={{ opacity: r.current ? 1 : 0.7 }}>
                <CardContent sx={{ py: 1.5, "&:last-child": { pb: 1.5 } }}>
                  <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap", alignItems: "center" }}>
                    <Typography sx={{ fontWeight: 600 }}>{CultivationLevel.label(r.level, lang)}</Typography>
                    <Chip size="small" label={RecognisingBody.label(r.body, lang)} />
                    {r.revoked ? (
                      <Chip size="small" color="error" label={t.revoked} />
                    ) : !r.current ? (
                      <Chip size="small" label={t.expired} />
                    ) : null}
                  </Stack>
                  <Typography variant="body2" color="text.secondary">
                    {r.batch} · {formatDate(r.recognisedOn, lang)} ·{" "}
                    {r.validUntil ? t.validUntil(formatDate(r.validUntil, lang)) : t.noExpiry}
                    {r.certificateFileId && (
                      <>
                        {" · "}
                        <Link href={`/files/${r.certificateFileId}`} target="_blank" rel="noopener">
                          {t.certificate}
                        </Link>
                      </>
                    )}
                  </Typography>
                </CardContent>
              </Card>
            ))}
          </Stack>
        )}
      </Section>
      <Section title={t.services} hint={t.servicesHint}>
        <Stack spacing={1.5}>
          {d.services.map((s) => (
            <Card key={s.level} variant="outlined">
              <CardContent sx={{ py: 1.5, "&:last-child": { pb: 1.5 } }}>
                <Typography sx={{ fontWeight: 600, mb: 1 }}>{CultivationLevel.label(s.level, lang)}</Typography>
                <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
                  {s.categories.map((c) => (
                    <Chip
                      key={c}
                      size="small"
                      variant="outlined"
                      label={ServiceCategory.label(c, lang)}
                      component={RouterLink}
                      to="/services"
                      clickable
                    />
                  ))}
                  {s.programmes.map((p) => (
                    <Chip key={p.key} size="small" color="primary" label={p.label[lang]} component={RouterLink} to={p.link} clickable />
                  ))}
                </Stack>
              </CardContent>
            </Card>
          ))}
        </Stack>
      </Section>
    </>
  );
}

function NextLevel({ data, lang }: { data: TMyLadder; lang: "zh" | "en" }) {
  const { t } = useCultivationPublic();
  const next = data.next;
  if (!next)
    return (
      <Alert severity="success" sx={{ mt: 2 }}>
        {t.top}
      </Alert>
    );
  const missing = missingText(next, lang);
  return (
    <Section title={t.next(CultivationLevel.label(next.level, lang))}>
      <Alert
        severity={next.verdict === "READY" ? "success" : next.verdict === "MISSING" ? "warning" : "info"}
        sx={{ mb: 1.5 }}
        data-testid="next-verdict"
      >
        {Verdict.label(next.verdict, lang)}
        {missing && (
          <Typography variant="body2" sx={{ mt: 0.5, fontWeight: 600 }} data-testid="missing">
            {missing}
          </Typography>
        )}
      </Alert>
      <Stack spacing={1}>
        {next.criteria.map((c) => (
          <Box key={c.figureKey} sx={{ display: "flex", gap: 1, alignItems: "flex-start" }}>
            <Chip size="small" color={STATE_COLOR[c.state]} label={CriterionState.label(c.state, lang)} sx={{ minWidth: 64 }} />
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="body2">{c.text[lang]}</Typography>
              <Typography variant="caption" color="text.secondary">
                {c.source}
                {c.placeholder ? ` · ${t.placeholder}` : ""}
              </Typography>
            </Box>
          </Box>
        ))}
      </Stack>
    </Section>
  );
}

function Rounds({ data, lang }: { data: TMyLadder; lang: "zh" | "en" }) {
  const { client, t } = useCultivationPublic();
  const qc = useQueryClient();
  const [material, setMaterial] = useState<Record<string, string>>({});
  const submit = useMutation({
    mutationFn: (roundId: string) => client.cultivationRounds.submit.mutate({ roundId, material: material[roundId] ?? "" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: MY_KEY }),
  });
  return (
    <Section title={t.rounds}>
      {data.rounds.length === 0 ? (
        <Typography color="text.secondary">{t.noRounds}</Typography>
      ) : (
        <Stack spacing={1.5}>
          {data.rounds.map((r) => {
            const mine = r.mine;
            const decided = mine && mine.decision !== "PENDING";
            return (
              <Card key={r.id} variant="outlined" data-testid="round-card">
                <CardContent>
                  <Typography sx={{ fontWeight: 600 }}>{r.name}</Typography>
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {CultivationLevel.label(r.level, lang)} · {t.period(formatDate(r.opensOn, lang), formatDate(r.closesOn, lang))}
                  </Typography>
                  <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap", mb: 1 }}>
                    <Chip
                      size="small"
                      color={mine?.recommendedAt ? "success" : "default"}
                      label={mine?.recommendedAt ? t.recommended : t.notRecommended}
                    />
                    {mine?.submittedAt && <Chip size="small" color="success" label={t.submittedAt(formatDate(mine.submittedAt, lang))} />}
                    {decided && (
                      <Chip
                        size="small"
                        color={mine.decision === "APPROVED" ? "success" : "error"}
                        label={`${t.decision}：${Decision.label(mine.decision, lang)}`}
                      />
                    )}
                  </Stack>
                  {!decided && (
                    <>
                      <TextField
                        label={t.material}
                        helperText={t.materialHint}
                        multiline
                        minRows={3}
                        fullWidth
                        value={material[r.id] ?? mine?.material ?? ""}
                        onChange={(e) => setMaterial((m) => ({ ...m, [r.id]: e.target.value }))}
                        slotProps={{ htmlInput: { maxLength: 4000 } }}
                      />
                      {submit.isError && submit.variables === r.id && (
                        <Alert severity="error" sx={{ mt: 1 }}>
                          {messageOf(submit.error, lang)}
                        </Alert>
                      )}
                      {submit.isSuccess && submit.variables === r.id && (
                        <Alert severity="success" sx={{ mt: 1 }}>
                          {t.submitted}
                        </Alert>
                      )}
                      <Button
                        variant="contained"
                        sx={{ mt: 1, minHeight: 44 }}
                        disabled={submit.isPending}
                        onClick={() => submit.mutate(r.id)}
                        fullWidth
                      >
                        {mine?.submittedAt ? t.resubmit : t.submit}
                      </Button>
                    </>
                  )}
                </CardContent>
              </Card>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}

function Figures({ data, lang }: { data: TMyLadder; lang: "zh" | "en" }) {
  const { client, t } = useCultivationPublic();
  const qc = useQueryClient();
  const [key, setKey] = useState<TFigureKey>(REPORTED_FIGURES[0]);
  const [value, setValue] = useState("");
  const [year, setYear] = useState(String(shanghaiYear(new Date()) - 1));
  const [source, setSource] = useState("");
  const report = useMutation({
    mutationFn: () =>
      client.cultivationFigures.report.mutate({ figureKey: key, value: Number(value), year: Number(year), source: source || null }),
    onSuccess: () => {
      setValue("");
      return qc.invalidateQueries({ queryKey: MY_KEY });
    },
  });
  return (
    <Section title={t.figures} hint={t.figuresHint}>
      {data.figures.length === 0 ? (
        <Typography color="text.secondary">{t.noFigures}</Typography>
      ) : (
        <Stack spacing={0.5} sx={{ mb: 2 }}>
          {data.figures.map((f) => (
            <Box key={f.id} sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
              <Typography variant="body2" sx={{ flex: "1 1 160px" }}>
                {FigureKey.label(f.figureKey, lang)}
              </Typography>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {f.value} {FIGURE_UNITS[f.figureKey][lang]}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {f.year}
              </Typography>
              <Chip size="small" color={f.confirmedAt ? "success" : "warning"} label={f.confirmedAt ? t.confirmed : t.unconfirmed} />
            </Box>
          ))}
        </Stack>
      )}
      <Card variant="outlined">
        <CardContent>
          <Box sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr", sm: "2fr 1fr 1fr" } }}>
            <TextField select size="small" label={t.figure} value={key} onChange={(e) => setKey(e.target.value as TFigureKey)}>
              {REPORTED_FIGURES.map((k) => (
                <MenuItem key={k} value={k}>
                  {FigureKey.label(k, lang)}（{FIGURE_UNITS[k][lang]}）
                </MenuItem>
              ))}
            </TextField>
            <TextField size="small" type="number" label={t.value} value={value} onChange={(e) => setValue(e.target.value)} />
            <TextField size="small" type="number" label={t.year} value={year} onChange={(e) => setYear(e.target.value)} />
          </Box>
          <TextField size="small" fullWidth label={t.source} value={source} onChange={(e) => setSource(e.target.value)} sx={{ mt: 1.5 }} />
          {report.isError && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {messageOf(report.error, lang)}
            </Alert>
          )}
          {report.isSuccess && (
            <Alert severity="success" sx={{ mt: 1 }}>
              {t.reported}
            </Alert>
          )}
          <Button
            variant="outlined"
            sx={{ mt: 1.5, minHeight: 44 }}
            disabled={report.isPending || value === ""}
            onClick={() => report.mutate()}
          >
            {t.report}
          </Button>
        </CardContent>
      </Card>
    </Section>
  );
}

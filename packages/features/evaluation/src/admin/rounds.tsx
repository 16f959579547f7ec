import { useState } from "react";
import { Link as RouterLink, useNavigate } from "react-router";
import { useNotify, useTranslate } from "react-admin";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import LinearProgress from "@mui/material/LinearProgress";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, formatDate, LoadingState, messageOf, PageHeading, StatusChip, type StatusTone } from "@qifu/ui";
import { thisShanghaiYear, useLang, useRole } from "@qifu/ui/admin";
import { PeriodKind, RoundStatus, type TRoundStatus, type TRoundSummary } from "../round-schemas";
import { api, useRpc, useRpcQuery } from "./rpc";
import { usePeriod } from "./use-action";

export const ROUND_TONE: Record<TRoundStatus, StatusTone> = { OPEN: "info", CLOSED: "warning", PUBLISHED: "success" };

function RoundCard({ r }: { r: TRoundSummary }) {
  const translate = useTranslate();
  const lang = useLang();
  const period = usePeriod();
  const pct = r.scoresExpected ? Math.round((100 * r.scoresDone) / r.scoresExpected) : 100;
  return (
    <Card variant="outlined">
      <CardActionArea component={RouterLink} to={`/evaluationRounds/${r.id}/show`} sx={{ p: 2 }} data-testid={`round-${r.name}`}>
        <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
          <Typography fontWeight={600} sx={{ flex: 1, minWidth: 160 }}>
            {r.name}
          </Typography>
          <StatusChip label={RoundStatus.label(r.status, lang)} tone={ROUND_TONE[r.status]} />
        </Box>
        <Typography variant="body2" color="text.secondary">
          {r.schemeName} v{r.schemeVersion} · {period(r)} · {translate("evaluation.subjects", { n: r.subjects })}
          {r.dueOn ? ` · ${translate("evaluation.due", { date: formatDate(r.dueOn, lang) })}` : ""}
        </Typography>
        <Box sx={{ display: "flex", alignItems: "center", gap: 1, mt: 1 }}>
          <LinearProgress variant="determinate" value={pct} sx={{ flex: 1, height: 8, borderRadius: 4 }} />
          <Typography variant="caption" sx={{ whiteSpace: "nowrap" }}>
            {translate("evaluation.progress", { done: r.scoresDone, expected: r.scoresExpected })}
          </Typography>
        </Box>
      </CardActionArea>
    </Card>
  );
}

/** The district opens a round: an active scheme, its subjects, a panel of experts (ties are skipped and named). */
function OpenRoundDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const lang = useLang();
  const rpc = useRpc();
  const navigate = useNavigate();
  const schemes = useRpcQuery(api.evaluationSchemes.list, { pagination: { page: 1, perPage: 100 }, filter: { status: "ACTIVE" } });
  const [form, setForm] = useState({
    schemeId: "",
    name: "",
    periodKind: "QUARTER" as "QUARTER" | "YEAR",
    year: thisShanghaiYear(),
    quarter: 1,
    dueOn: "",
  });
  const [subjects, setSubjects] = useState<{ id: string; name: string }[]>([]);
  const [experts, setExperts] = useState<{ id: string; name: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const scheme = schemes.data?.data.find((s) => s.id === form.schemeId);
  const choices = useRpcQuery(api.evaluationRounds.subjectChoices, { schemeId: form.schemeId }, { enabled: !!form.schemeId });
  const pool = useRpcQuery(api.evaluationRounds.expertChoices, undefined);
  const submit = async () => {
    setError(null);
    try {
      const out = await rpc.evaluationRounds.open.mutate({
        schemeId: form.schemeId,
        name: form.name,
        periodKind: form.periodKind,
        year: Number(form.year),
        quarter: form.periodKind === "QUARTER" ? Number(form.quarter) : null,
        dueOn: form.dueOn || null,
        subjectRefIds: subjects.map((s) => s.id),
        expertIds: experts.map((e) => e.id),
      });
      // the round page opens under the notice, which stays until it is read
      if (out.skipped.length)
        notify(translate("evaluation.open_skipped", { list: out.skipped.map((s) => `${s.expertName} → ${s.subjectName}`).join("；") }), {
          type: "warning",
          autoHideDuration: null,
          multiLine: true,
        });
      navigate(`/evaluationRounds/${out.id}/show`);
    } catch (e) {
      setError(messageOf(e, lang));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate("evaluation.open_round")}</DialogTitle>
      <DialogContent sx={{ display: "grid", gap: 2, pt: "8px !important" }}>
        <TextField
          select
          label={translate("evaluation.open_scheme")}
          value={form.schemeId}
          onChange={(e) => setForm({ ...form, schemeId: e.target.value })}
          data-testid="open-scheme"
        >
          {(schemes.data?.data ?? []).map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name} v{s.version}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={translate("evaluation.open_name")}
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          data-testid="open-name"
        />
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
          <TextField
            select
            label={translate("evaluation.open_period")}
            value={form.periodKind}
            onChange={(e) => setForm({ ...form, periodKind: e.target.value as "QUARTER" | "YEAR" })}
            sx={{ minWidth: 120 }}
          >
            {PeriodKind.choices(lang).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="number"
            label={translate("evaluation.open_year")}
            value={form.year}
            onChange={(e) => setForm({ ...form, year: Number(e.target.value) })}
            sx={{ width: 110 }}
          />
          {form.periodKind === "QUARTER" && (
            <TextField
              select
              label={translate("evaluation.open_quarter")}
              value={form.quarter}
              onChange={(e) => setForm({ ...form, quarter: Number(e.target.value) })}
              sx={{ width: 100 }}
            >
              {[1, 2, 3, 4].map((q) => (
                <MenuItem key={q} value={q}>
                  Q{q}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField
            type="date"
            label={translate("evaluation.open_due")}
            value={form.dueOn}
            onChange={(e) => setForm({ ...form, dueOn: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Box>
        <Autocomplete
          multiple
          disabled={!scheme}
          options={choices.data ?? []}
          getOptionLabel={(o) => o.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          value={subjects}
          onChange={(_, v) => setSubjects(v)}
          renderInput={(p) => <TextField {...p} label={translate("evaluation.open_subjects")} data-testid="open-subjects" />}
        />
        <Autocomplete
          multiple
          options={pool.data ?? []}
          getOptionLabel={(o) => o.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          value={experts}
          onChange={(_, v) => setExperts(v)}
          renderInput={(p) => <TextField {...p} label={translate("evaluation.open_experts")} data-testid="open-experts" />}
        />
        {error && (
          <Typography color="error" role="alert">
            {error}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" onClick={submit} disabled={!form.schemeId || !form.name || !subjects.length}>
          {translate("evaluation.open_round")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Every round the caller reaches, newest first, with the progress of its scores. */
export function RoundList() {
  const translate = useTranslate();
  const role = useRole();
  const [opening, setOpening] = useState(false);
  const rounds = useRpcQuery(api.evaluationRounds.list, {});
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 960 }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, mb: 2, flexWrap: "wrap" }}>
        <Box sx={{ flex: 1 }}>
          <PageHeading title={translate("evaluation.rounds_title")} />
        </Box>
        {role === "DISTRICT_ADMIN" && (
          <Button variant="contained" onClick={() => setOpening(true)} data-testid="open-round">
            {translate("evaluation.open_round")}
          </Button>
        )}
      </Box>
      {rounds.isLoading ? (
        <LoadingState />
      ) : rounds.error ? (
        <ErrorState message={rounds.error.message} onRetry={() => void rounds.refetch()} />
      ) : !rounds.data?.length ? (
        <EmptyState title={translate("evaluation.rounds_empty")} description={translate("evaluation.rounds_empty_hint")} />
      ) : (
        <Box sx={{ display: "grid", gap: 1.5 }}>
          {rounds.data.map((r) => (
            <RoundCard key={r.id} r={r} />
          ))}
        </Box>
      )}
      {opening && <OpenRoundDialog onClose={() => setOpening(false)} />}
    </Box>
  );
}

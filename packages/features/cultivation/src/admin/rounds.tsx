import { useState } from "react";
import { Link as RouterLink, useParams } from "react-router";
import { useNotify, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Chip from "@mui/material/Chip";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, formatDate, LoadingState, messageOf, PageHeading, StatusChip } from "@qifu/ui";
import { thisShanghaiYear, useLang, useRole } from "@qifu/ui/admin";
import { missingText } from "../ladder";
import {
  CultivationLevel,
  Decision,
  RecognisingBody,
  RoundStatus,
  Verdict,
  type TApplication,
  type TCultivationLevel,
  type TRecognisingBody,
  type TRound,
  type TVerdict,
} from "../schemas";
import { api, useRpc, useRpcQuery } from "./rpc";

export const VERDICT_TONE: Record<TVerdict, "success" | "warning" | "info"> = { READY: "success", MISSING: "warning", UNKNOWN: "info" };

/** Run a mutation, say how it went (the server's bilingual message on a refusal). */
function useRun() {
  const notify = useNotify();
  const lang = useLang();
  return async (run: () => Promise<unknown>) => {
    try {
      await run();
      notify("cultivation.done", { type: "success" });
      return true;
    } catch (e) {
      notify(messageOf(e, lang), { type: "error" });
      return false;
    }
  };
}

function RoundCard({ r }: { r: TRound }) {
  const translate = useTranslate();
  const lang = useLang();
  return (
    <Card variant="outlined">
      <CardActionArea component={RouterLink} to={`/cultivationRounds/${r.id}/show`} sx={{ p: 2 }} data-testid={`round-${r.id}`}>
        <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
          <Typography fontWeight={600} sx={{ flex: 1, minWidth: 160 }}>
            {r.name}
          </Typography>
          <StatusChip label={RoundStatus.label(r.status, lang)} tone={r.status === "OPEN" ? "info" : "default"} />
        </Box>
        <Typography variant="body2" color="text.secondary">
          {CultivationLevel.label(r.level, lang)} · {RecognisingBody.label(r.body, lang)} · {r.batch} ·{" "}
          {translate("cultivation.period", { from: formatDate(r.opensOn, lang), to: formatDate(r.closesOn, lang) })}
        </Typography>
        <Typography variant="body2">
          {translate("cultivation.counts", { n: r.applications, r: r.recommended, s: r.submitted, a: r.approved })}
        </Typography>
      </CardActionArea>
    </Card>
  );
}

function OpenRoundDialog({ onClose }: { onClose: () => void }) {
  const translate = useTranslate();
  const lang = useLang();
  const rpc = useRpc();
  const run = useRun();
  const year = thisShanghaiYear();
  const [form, setForm] = useState({
    name: "",
    level: "INNOVATIVE" as TCultivationLevel,
    body: "PROVINCIAL" as TRecognisingBody,
    batch: "",
    opensOn: "",
    closesOn: "",
  });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate("cultivation.open_round")}</DialogTitle>
      <DialogContent sx={{ display: "grid", gap: 2, pt: "8px !important" }}>
        <TextField
          label={translate("resources.cultivationRounds.fields.batch")}
          value={form.name}
          onChange={set("name")}
          placeholder={`${year}年…`}
        />
        <TextField select label={translate("resources.cultivationRounds.fields.level")} value={form.level} onChange={set("level")}>
          {CultivationLevel.choices(lang).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={translate("resources.cultivationRounds.fields.body")} value={form.body} onChange={set("body")}>
          {RecognisingBody.choices(lang).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={translate("resources.cultivationRounds.fields.batch")} value={form.batch} onChange={set("batch")} />
        <TextField
          type="date"
          label={translate("resources.cultivationRounds.fields.recognisedOn")}
          value={form.opensOn}
          onChange={set("opensOn")}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          type="date"
          label={translate("resources.cultivationRounds.fields.validUntil")}
          value={form.closesOn}
          onChange={set("closesOn")}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("cultivation.cancel")}</Button>
        <Button
          variant="contained"
          onClick={async () => {
            if (await run(() => rpc.cultivationRounds.open.mutate({ ...form, year }))) onClose();
          }}
        >
          {translate("cultivation.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** 申报批次: the district opens rounds; towns and the district follow them. */
export function RoundList() {
  const translate = useTranslate();
  const role = useRole();
  const [opening, setOpening] = useState(false);
  const rounds = useRpcQuery(api.cultivationRounds.list, undefined);
  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, mb: 2 }}>
        <PageHeading title={translate("resources.cultivationRounds.name", { smart_count: 2 })} />
        <Box sx={{ flex: 1 }} />
        {role === "DISTRICT_ADMIN" && (
          <Button variant="contained" onClick={() => setOpening(true)}>
            {translate("cultivation.open_round")}
          </Button>
        )}
      </Box>
      {rounds.isPending ? (
        <LoadingState />
      ) : rounds.isError ? (
        <ErrorState message={rounds.error.message} onRetry={() => rounds.refetch()} />
      ) : rounds.data.length === 0 ? (
        <EmptyState title={translate("cultivation.no_rounds")} />
      ) : (
        <Stack spacing={1.5}>
          {rounds.data.map((r) => (
            <RoundCard key={r.id} r={r} />
          ))}
        </Stack>
      )}
      {opening && (
        <OpenRoundDialog
          onClose={() => {
            setOpening(false);
            void rounds.refetch();
          }}
        />
      )}
    </Box>
  );
}

function ApplicationRow({ a, onDone }: { a: TApplication; onDone: () => void }) {
  const translate = useTranslate();
  const lang = useLang();
  const role = useRole();
  const rpc = useRpc();
  const run = useRun();
  const decide = (decision: "APPROVED" | "REJECTED") =>
    run(() => rpc.cultivationRounds.decide.mutate({ applicationId: a.id, decision })).then(onDone);
  return (
    <Card variant="outlined" sx={{ p: 1.5 }} data-testid={`application-${a.enterpriseId}`}>
      <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
        <Typography fontWeight={600} sx={{ flex: 1, minWidth: 160 }}>
          {a.enterpriseName}{" "}
          <Typography component="span" variant="body2" color="text.secondary">
            {a.townName}
          </Typography>
        </Typography>
        <Chip
          size="small"
          color={a.recommendedAt ? "success" : "default"}
          label={translate(a.recommendedAt ? "cultivation.recommended" : "cultivation.not_recommended")}
        />
        <Chip
          size="small"
          color={a.submittedAt ? "success" : "default"}
          label={translate(a.submittedAt ? "cultivation.submitted" : "cultivation.not_submitted")}
        />
        {a.evaluation && <StatusChip label={Verdict.label(a.evaluation.verdict, lang)} tone={VERDICT_TONE[a.evaluation.verdict]} />}
        {a.decision !== "PENDING" && (
          <StatusChip label={Decision.label(a.decision, lang)} tone={a.decision === "APPROVED" ? "success" : "danger"} />
        )}
      </Box>
      {a.evaluation && missingText(a.evaluation, lang) && (
        <Typography variant="body2" color="warning.main">
          {missingText(a.evaluation, lang)}
        </Typography>
      )}
      {a.material && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, whiteSpace: "pre-wrap" }}>
          {a.material}
        </Typography>
      )}
      {role === "DISTRICT_ADMIN" && a.decision === "PENDING" && a.recommendedAt && a.submittedAt && (
        <Box sx={{ display: "flex", gap: 1, mt: 1 }}>
          <Button size="small" variant="contained" color="success" onClick={() => void decide("APPROVED")}>
            {translate("cultivation.approve")}
          </Button>
          <Button size="small" color="error" onClick={() => void decide("REJECTED")}>
            {translate("cultivation.reject")}
          </Button>
        </Box>
      )}
    </Card>
  );
}

/** One round: the applications of the caller's scope with where each stands against the level's criteria. */
export function RoundShow() {
  const { id } = useParams();
  const translate = useTranslate();
  const lang = useLang();
  const role = useRole();
  const rpc = useRpc();
  const run = useRun();
  const round = useRpcQuery(api.cultivationRounds.get, { id: id! });
  const pool = useRpcQuery(api.cultivation.candidates, { level: round.data?.level ?? "INNOVATIVE" }, { enabled: !!round.data });
  const [pick, setPick] = useState("");
  if (round.isPending) return <LoadingState />;
  if (round.isError) return <ErrorState message={round.error.message} onRetry={() => round.refetch()} />;
  const r = round.data;
  const refetch = () => void round.refetch();
  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <PageHeading title={r.name} />
      <RoundCard r={r} />
      {r.status === "OPEN" && role !== "ENTERPRISE" && (
        <Box sx={{ display: "flex", gap: 1, my: 2, flexWrap: "wrap" }}>
          <TextField
            select
            size="small"
            label={translate("cultivation.recommend_pick")}
            value={pick}
            onChange={(e) => setPick(e.target.value)}
            sx={{ minWidth: 260 }}
          >
            {(pool.data ?? []).map((c) => (
              <MenuItem key={c.enterpriseId} value={c.enterpriseId}>
                {c.name}（{Verdict.label(c.evaluation.verdict, lang)}）
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="outlined"
            disabled={!pick}
            onClick={() => void run(() => rpc.cultivationRounds.recommend.mutate({ roundId: r.id, enterpriseId: pick })).then(refetch)}
          >
            {translate("cultivation.recommend")}
          </Button>
          {role === "DISTRICT_ADMIN" && (
            <Button color="warning" onClick={() => void run(() => rpc.cultivationRounds.close.mutate({ id: r.id })).then(refetch)}>
              {translate("cultivation.close_round")}
            </Button>
          )}
        </Box>
      )}
      <Typography variant="h6" sx={{ mt: 2, mb: 1 }}>
        {translate("cultivation.applications")}
      </Typography>
      {r.list.length === 0 ? (
        <EmptyState title={translate("cultivation.no_applications")} />
      ) : (
        <Stack spacing={1}>
          {r.list.map((a) => (
            <ApplicationRow key={a.id} a={a} onDone={refetch} />
          ))}
        </Stack>
      )}
    </Box>
  );
}

/** 培育后备库: every enterprise of the caller's scope evaluated against its next level. */
export function CandidateList() {
  const translate = useTranslate();
  const lang = useLang();
  const [level, setLevel] = useState<TCultivationLevel>("SPECIALIZED");
  const pool = useRpcQuery(api.cultivation.candidates, { level });
  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <PageHeading title={translate("resources.cultivationCandidates.name", { smart_count: 2 })} />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate("cultivation.pool_hint")}
      </Typography>
      <TextField
        select
        size="small"
        label={translate("cultivation.level_pick")}
        value={level}
        onChange={(e) => setLevel(e.target.value as TCultivationLevel)}
        sx={{ minWidth: 220, mb: 2 }}
      >
        {CultivationLevel.choices(lang).map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      {pool.isPending ? (
        <LoadingState />
      ) : pool.isError ? (
        <ErrorState message={pool.error.message} onRetry={() => pool.refetch()} />
      ) : pool.data.length === 0 ? (
        <EmptyState title={translate("cultivation.pool_empty")} />
      ) : (
        <Stack spacing={1}>
          {pool.data.map((c) => (
            <Card key={c.enterpriseId} variant="outlined" sx={{ p: 1.5 }} data-testid={`candidate-${c.enterpriseId}`}>
              <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
                <Typography fontWeight={600} sx={{ flex: 1, minWidth: 160 }}>
                  {c.name}{" "}
                  <Typography component="span" variant="body2" color="text.secondary">
                    {c.townName}
                  </Typography>
                </Typography>
                <StatusChip label={Verdict.label(c.evaluation.verdict, lang)} tone={VERDICT_TONE[c.evaluation.verdict]} />
              </Box>
              <Typography variant="body2" color={c.evaluation.verdict === "MISSING" ? "warning.main" : "text.secondary"}>
                {missingText(c.evaluation, lang) ||
                  c.evaluation.criteria
                    .filter((x) => x.state === "UNKNOWN")
                    .map((x) => x.text[lang])
                    .join("；")}
              </Typography>
            </Card>
          ))}
        </Stack>
      )}
    </Box>
  );
}

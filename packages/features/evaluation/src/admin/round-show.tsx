import { useState } from "react";
import { useParams } from "react-router";
import { useNotify, useTranslate } from "react-admin";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import LinearProgress from "@mui/material/LinearProgress";
import MenuItem from "@mui/material/MenuItem";
import Rating from "@mui/material/Rating";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import {
  downloadBase64File,
  ErrorState,
  ExportButton,
  FileUpload,
  LoadingState,
  messageOf,
  PageHeading,
  StatusChip,
  type TUploadedFile,
} from "@qifu/ui";
import { useLang, useRole } from "@qifu/ui/admin";
import { indicatorsOf } from "../schemas";
import { Consequence, RoundStatus, type TRoundDetail, type TSubject } from "../round-schemas";
import { api, useRpc, useRpcQuery } from "./rpc";
import { ROUND_TONE } from "./rounds";
import { useAction, usePeriod } from "./use-action";

/** The subject's town or node submits evidence for an expert indicator while the round is open. */
function EvidenceForm({ round, subject, onDone }: { round: TRoundDetail; subject: TSubject; onDone: () => void }) {
  const translate = useTranslate();
  const rpc = useRpc();
  const act = useAction();
  const expertOnes = indicatorsOf(round.definition).filter((i) => i.kind === "EXPERT");
  const [key, setKey] = useState(expertOnes[0]?.key ?? "");
  const [note, setNote] = useState("");
  const [files, setFiles] = useState<TUploadedFile[]>([]);
  return (
    <Box sx={{ display: "grid", gap: 1, mt: 1 }} data-testid={`evidence-form-${subject.name}`}>
      <TextField select size="small" label={translate("evaluation.correct_indicator")} value={key} onChange={(e) => setKey(e.target.value)}>
        {expertOnes.map((i) => (
          <MenuItem key={i.key} value={i.key}>
            {i.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        multiline
        label={translate("evaluation.evidence_note")}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <FileUpload value={files} onChange={setFiles} label={translate("evaluation.evidence_files")} />
      <Button
        variant="outlined"
        disabled={!key}
        onClick={async () => {
          const ok = await act(
            () =>
              rpc.evaluationTasks.submitEvidence.mutate({
                subjectId: subject.id,
                indicatorKey: key,
                note: note || null,
                fileIds: files.map((f) => f.id),
              }),
            "evaluation.evidence_saved",
          );
          if (ok) {
            setFiles([]);
            onDone();
          }
        }}
      >
        {translate("evaluation.evidence_submit")}
      </Button>
    </Box>
  );
}

/** The district corrects one indicator of a closed or published result: a new version with its reason. */
function CorrectDialog({ round, subject, onClose }: { round: TRoundDetail; subject: TSubject; onClose: () => void }) {
  const translate = useTranslate();
  const rpc = useRpc();
  const act = useAction();
  const all = indicatorsOf(round.definition);
  const [key, setKey] = useState(all[0]?.key ?? "");
  const [share, setShare] = useState("1");
  const [reason, setReason] = useState("");
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate("evaluation.correct_title")}</DialogTitle>
      <DialogContent sx={{ display: "grid", gap: 2, pt: "8px !important" }}>
        <TextField select label={translate("evaluation.correct_indicator")} value={key} onChange={(e) => setKey(e.target.value)}>
          {all.map((i) => (
            <MenuItem key={i.key} value={i.key}>
              {i.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="number"
          label={translate("evaluation.correct_share")}
          value={share}
          onChange={(e) => setShare(e.target.value)}
          slotProps={{ htmlInput: { min: 0, max: 1, step: 0.05 } }}
        />
        <TextField multiline label={translate("evaluation.correct_reason")} value={reason} onChange={(e) => setReason(e.target.value)} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button
          variant="contained"
          onClick={async () => {
            if (
              await act(() =>
                rpc.evaluationRounds.correct.mutate({ subjectId: subject.id, indicatorKey: key, share: Number(share), reason }),
              )
            )
              onClose();
          }}
        >
          {translate("evaluation.correct")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function SubjectCard({ round, subject, refetch }: { round: TRoundDetail; subject: TSubject; refetch: () => void }) {
  const translate = useTranslate();
  const lang = useLang();
  const role = useRole();
  const [correcting, setCorrecting] = useState(false);
  const names = new Map(indicatorsOf(round.definition).map((i) => [i.key, i.name]));
  const current = subject.results.find((r) => r.supersededAt === null);
  const old = subject.results.filter((r) => r.supersededAt !== null);
  const pct = subject.scoresExpected ? (100 * subject.scoresDone) / subject.scoresExpected : 100;
  return (
    <Card variant="outlined" sx={{ p: 1.5 }} data-testid={`subject-${subject.name}`}>
      <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
        {current && (
          <Typography variant="h6" color="primary" sx={{ minWidth: 32 }}>
            {current.rank}
          </Typography>
        )}
        <Typography fontWeight={600} sx={{ flex: 1, minWidth: 120 }}>
          {subject.name}
        </Typography>
        {current && (
          <>
            <Rating value={current.stars} readOnly size="small" />
            <Typography fontWeight={600}>{current.total.toFixed(2)}</Typography>
            <StatusChip label={Consequence.label(current.consequence, lang)} tone="info" />
          </>
        )}
      </Box>
      {round.status === "OPEN" && (
        <Box sx={{ display: "flex", alignItems: "center", gap: 1, mt: 0.5 }}>
          <LinearProgress variant="determinate" value={pct} sx={{ flex: 1, height: 6, borderRadius: 3 }} />
          <Typography variant="caption">
            {translate("evaluation.progress", { done: subject.scoresDone, expected: subject.scoresExpected })}
          </Typography>
        </Box>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {translate("evaluation.experts")}: {subject.experts.map((e) => e.name).join("、") || "—"}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate("evaluation.evidence")}:{" "}
        {subject.evidence.length
          ? subject.evidence.map((e) => `${names.get(e.indicatorKey) ?? e.indicatorKey}（${e.files.length}）`).join("、")
          : translate("evaluation.no_evidence")}
      </Typography>
      {current && (
        <Box sx={{ mt: 1, display: "grid", gap: 0.25 }}>
          {current.contributions.map((c) => (
            <Typography key={c.key} variant="body2">
              {names.get(c.key) ?? c.key}: {c.points.toFixed(2)} / {c.weight}
            </Typography>
          ))}
          {current.reason && <Alert severity="warning">{`v${current.version}: ${current.reason}`}</Alert>}
          {old.map((r) => (
            <Typography key={r.id} variant="caption" color="text.secondary" sx={{ textDecoration: "line-through" }}>
              v{r.version} · {r.total.toFixed(2)} · {translate("evaluation.superseded")}
            </Typography>
          ))}
        </Box>
      )}
      {round.status === "OPEN" && role !== "EVALUATOR" && <EvidenceForm round={round} subject={subject} onDone={refetch} />}
      {round.status !== "OPEN" && role === "DISTRICT_ADMIN" && (
        <Button size="small" sx={{ mt: 1 }} onClick={() => setCorrecting(true)}>
          {translate("evaluation.correct")}
        </Button>
      )}
      {correcting && (
        <CorrectDialog
          round={round}
          subject={subject}
          onClose={() => {
            setCorrecting(false);
            refetch();
          }}
        />
      )}
    </Card>
  );
}

/** Missing scores, for the district to remind the experts (copied as a list to send). */
function Missing({ id }: { id: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const missing = useRpcQuery(api.evaluationRounds.missing, { id });
  if (!missing.data) return null;
  if (!missing.data.length) return <Alert severity="success">{translate("evaluation.missing_none")}</Alert>;
  const byExpert = new Map<string, string[]>();
  for (const m of missing.data) byExpert.set(m.expertName, [...(byExpert.get(m.expertName) ?? []), `${m.subjectName}·${m.indicatorName}`]);
  const text = [...byExpert].map(([e, items]) => `${e}：${items.join("，")}`).join("\n");
  return (
    <Alert
      severity="warning"
      action={
        <Button
          size="small"
          onClick={() => {
            void navigator.clipboard?.writeText(text);
            notify(translate("evaluation.reminded"), { type: "info" });
          }}
        >
          {translate("evaluation.remind")}
        </Button>
      }
      data-testid="missing-scores"
    >
      <Typography variant="subtitle2">{translate("evaluation.missing_title", { n: missing.data.length })}</Typography>
      <Typography variant="body2" sx={{ whiteSpace: "pre-line" }}>
        {text}
      </Typography>
    </Alert>
  );
}

/** The results to Excel and to a PDF (ranking and each subject's breakdown). */
function ResultFiles({ id }: { id: string }) {
  const translate = useTranslate();
  const lang = useLang();
  const rpc = useRpc();
  const notify = useNotify();
  const failed = (e: unknown) => notify(messageOf(e, lang), { type: "error" });
  return (
    <>
      <ExportButton onExport={() => rpc.evaluationRounds.exportResults.query({ id, lang })} onError={failed} />
      <Button
        size="small"
        onClick={async () => {
          try {
            downloadBase64File(await rpc.evaluationRounds.exportPdf.query({ id, lang }), "application/pdf");
          } catch (e) {
            failed(e);
          }
        }}
      >
        {translate("evaluation.pdf")}
      </Button>
    </>
  );
}

/** One round: progress, evidence, results with stars and breakdown; the district closes, publishes and corrects. */
export function RoundShow() {
  const { id = "" } = useParams();
  const translate = useTranslate();
  const lang = useLang();
  const role = useRole();
  const rpc = useRpc();
  const act = useAction();
  const period = usePeriod();
  const q = useRpcQuery(api.evaluationRounds.get, { id });
  if (q.isLoading) return <LoadingState />;
  if (q.error || !q.data) return <ErrorState message={q.error?.message ?? ""} onRetry={() => void q.refetch()} />;
  const round = q.data;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 960, display: "grid", gap: 1.5 }}>
      <PageHeading
        title={round.name}
        subtitle={`${round.schemeName} v${round.schemeVersion} · ${period(round)}`}
        actions={<StatusChip label={RoundStatus.label(round.status, lang)} tone={ROUND_TONE[round.status]} />}
      />
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
        {round.status !== "OPEN" && <ResultFiles id={round.id} />}
        {role === "DISTRICT_ADMIN" && (
          <>
            {round.status === "OPEN" && (
              <Button
                variant="contained"
                data-testid="close-round"
                onClick={async () => {
                  if (
                    window.confirm(translate("evaluation.close_confirm")) &&
                    (await act(() => rpc.evaluationRounds.close.mutate({ roundId: round.id })))
                  )
                    void q.refetch();
                }}
              >
                {translate("evaluation.close")}
              </Button>
            )}
            {round.status === "CLOSED" && (
              <Button
                variant="contained"
                color="success"
                data-testid="publish-round"
                onClick={async () => {
                  if (
                    window.confirm(translate("evaluation.publish_confirm")) &&
                    (await act(() => rpc.evaluationRounds.publish.mutate({ id: round.id })))
                  )
                    void q.refetch();
                }}
              >
                {translate("evaluation.publish")}
              </Button>
            )}
          </>
        )}
      </Box>
      {role === "DISTRICT_ADMIN" && round.status === "OPEN" && <Missing id={round.id} />}
      {round.subjectList.map((s) => (
        <SubjectCard key={s.id} round={round} subject={s} refetch={() => void q.refetch()} />
      ))}
    </Box>
  );
}

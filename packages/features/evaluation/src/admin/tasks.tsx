import { useState } from "react";
import { useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, formatDate, LoadingState, PageHeading } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import type { TTask } from "../round-schemas";
import { api, useRpc, useRpcQuery } from "./rpc";
import { useAction } from "./use-action";

type TIndicatorTask = TTask["indicators"][number];

/** One indicator of one subject: rubric, the subject's evidence, the score (0..max) and the comment, saved together. */
function IndicatorScore({ task, indicator, onSaved }: { task: TTask; indicator: TIndicatorTask; onSaved: () => void }) {
  const translate = useTranslate();
  const rpc = useRpc();
  const act = useAction();
  const [score, setScore] = useState(indicator.score === null ? "" : String(indicator.score));
  const [comment, setComment] = useState(indicator.comment ?? "");
  return (
    <Box
      sx={{ borderTop: "1px solid", borderColor: "divider", pt: 1.5, display: "grid", gap: 1 }}
      data-testid={`score-${task.subjectName}-${indicator.key}`}
    >
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
        <Typography fontWeight={600} sx={{ flex: 1 }}>
          {indicator.name}
        </Typography>
        <Chip size="small" label={translate("evaluation.max", { max: indicator.maxScore })} />
        {indicator.score !== null && <Chip size="small" color="success" label={`${indicator.score}`} />}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {indicator.rubric}
      </Typography>
      <Typography variant="body2" component="div">
        {translate("evaluation.evidence")}:{" "}
        {indicator.evidence ? (
          <>
            {indicator.evidence.note}
            {indicator.evidence.files.map((f) => (
              <Link key={f.id} href={`/files/${f.id}`} target="_blank" rel="noreferrer" sx={{ ml: 1, wordBreak: "break-all" }}>
                {f.name}
              </Link>
            ))}
          </>
        ) : (
          translate("evaluation.no_evidence")
        )}
      </Typography>
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "120px 1fr" }, gap: 1 }}>
        <TextField
          type="number"
          size="small"
          label={translate("evaluation.score")}
          value={score}
          onChange={(e) => setScore(e.target.value)}
          slotProps={{ htmlInput: { min: 0, max: indicator.maxScore, step: 0.5, inputMode: "decimal" } }}
        />
        <TextField
          size="small"
          multiline
          label={translate("evaluation.comment")}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Box>
      <Button
        variant="contained"
        disabled={score === "" || !comment.trim()}
        onClick={async () => {
          if (
            await act(
              () =>
                rpc.evaluationTasks.score.mutate({ subjectId: task.subjectId, indicatorKey: indicator.key, score: Number(score), comment }),
              "evaluation.saved",
            )
          )
            onSaved();
        }}
      >
        {translate("evaluation.save")}
      </Button>
    </Box>
  );
}

/** The expert's page: their assigned subjects in open rounds, one card each, usable on a 375 px phone. */
export function TaskList() {
  const translate = useTranslate();
  const lang = useLang();
  const q = useRpcQuery(api.evaluationTasks.list, { pagination: { page: 1, perPage: 200 } });
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 760, display: "grid", gap: 1.5 }}>
      <PageHeading title={translate("evaluation.tasks_title")} />
      {q.isLoading ? (
        <LoadingState />
      ) : q.error ? (
        <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />
      ) : !q.data?.data.length ? (
        <EmptyState title={translate("evaluation.tasks_empty")} description={translate("evaluation.tasks_empty_hint")} />
      ) : (
        q.data.data.map((task) => (
          <Card key={task.id} variant="outlined" sx={{ p: 1.5, display: "grid", gap: 1.5 }} data-testid={`task-${task.subjectName}`}>
            <Box>
              <Typography variant="h6" component="h2">
                {task.subjectName}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {task.roundName}
                {task.dueOn ? ` · ${translate("evaluation.due", { date: formatDate(task.dueOn, lang) })}` : ""} ·{" "}
                {task.missing ? translate("evaluation.missing_n", { n: task.missing }) : translate("evaluation.done")}
              </Typography>
            </Box>
            {task.indicators.map((i) => (
              <IndicatorScore key={i.key} task={task} indicator={i} onSaved={() => void q.refetch()} />
            ))}
          </Card>
        ))
      )}
    </Box>
  );
}

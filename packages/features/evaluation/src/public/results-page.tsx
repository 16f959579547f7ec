import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import Container from "@mui/material/Container";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, formatDate, LoadingState } from "@qifu/ui";
import { RankingView } from "../ranking-view";
import { useEvaluationPublic } from "./context";

/** The published rankings, newest first; anyone, on a phone too. */
export function ResultsPage() {
  const { client, t, lang } = useEvaluationPublic();
  const [roundId, setRoundId] = useState<string | undefined>(undefined);
  const rounds = useQuery({ queryKey: ["evaluation", "rounds"], queryFn: () => client.evaluationResults.rounds.query() });
  const ranking = useQuery({
    queryKey: ["evaluation", "ranking", roundId ?? "latest"],
    queryFn: () => client.evaluationResults.ranking.query({ id: roundId }),
  });
  return (
    <Container maxWidth="md" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.intro}
      </Typography>
      {(rounds.data?.length ?? 0) > 1 && (
        <TextField
          select
          size="small"
          label={t.round}
          value={roundId ?? rounds.data![0]!.id}
          onChange={(e) => setRoundId(e.target.value)}
          sx={{ mb: 2, minWidth: 240, maxWidth: "100%" }}
        >
          {rounds.data!.map((r) => (
            <MenuItem key={r.id} value={r.id}>
              {r.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      {ranking.isLoading ? (
        <LoadingState label={t.loading} />
      ) : ranking.error ? (
        <ErrorState message={ranking.error.message} onRetry={() => ranking.refetch()} />
      ) : !ranking.data ? (
        <EmptyState title={t.empty} />
      ) : (
        <>
          <Typography variant="h6" component="h2">
            {ranking.data.name}
          </Typography>
          <Typography variant="caption" color="text.secondary" display="block" sx={{ mb: 1.5 }}>
            {ranking.data.schemeName} · {t.version.replace("%v", String(ranking.data.schemeVersion))} ·{" "}
            {t.published.replace("%s", formatDate(ranking.data.publishedAt, lang))}
          </Typography>
          <RankingView round={ranking.data} lang={lang} />
        </>
      )}
    </Container>
  );
}

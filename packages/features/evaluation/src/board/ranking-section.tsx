import { useTranslate } from "@refinedev/core";
import { Link as RouterLink } from "react-router";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, LoadingState } from "@qifu/ui";
import { featureBoardRpc, useBoardLang } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { evaluationRouters } from "../server";
import { RankingView } from "../ranking-view";

const { api, useBoardQuery } = featureBoardRpc<typeof evaluationRouters>();

/** The latest published ranking: the home page shows the top five, the page all of them. */
function Ranking({ top }: { top?: number }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const { query } = useBoardQuery(api.evaluationResults.ranking, {});
  const round = query.data?.data ?? null;
  return (
    <Card sx={{ p: { xs: 2, sm: 2.5 } }} data-testid="evaluation-section">
      <Box sx={{ display: "flex", alignItems: "flex-start", gap: 1, mb: 1.5, flexWrap: "wrap" }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {t("evaluation.title")}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {round ? t("evaluation.scope", { round: round.name }) : t("evaluation.subtitle")}
          </Typography>
        </Box>
        {top && round && (
          <Link component={RouterLink} to="/evaluation" variant="body2">
            {t("evaluation.more")}
          </Link>
        )}
      </Box>
      {query.isLoading ? (
        <LoadingState />
      ) : query.error ? (
        <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />
      ) : !round ? (
        <EmptyState title={t("evaluation.empty")} description={t("evaluation.emptyHint")} compact />
      ) : (
        <RankingView round={top ? { ...round, rows: round.rows.slice(0, top) } : round} lang={lang} />
      )}
    </Card>
  );
}

export function EvaluationHomeSection() {
  return <Ranking top={5} />;
}

export function EvaluationBoardPage() {
  return (
    <Box sx={{ maxWidth: 900 }}>
      <Ranking />
    </Box>
  );
}

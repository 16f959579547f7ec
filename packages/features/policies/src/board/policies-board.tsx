import { useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid2";
import { shanghaiYear } from "@qifu/domain";
import { BarChart, ChartCard, ErrorState, formatFen, PageHeading, StatCard } from "@qifu/ui";
import { BoardHomeSection, featureBoardRpc, useBoardLang } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { policiesRouters } from "../server";
import type { TPoliciesStats } from "../schemas";

const { api, useBoardQuery } = featureBoardRpc<typeof policiesRouters>();
const wan = (fen: number) => Math.round(fen / 10_000) / 100;

function useStats() {
  const { query } = useBoardQuery(api.policyFigures.stats, { year: shanghaiYear(new Date()) });
  return query;
}

function Cards({ s, loading }: { s: TPoliciesStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const scope = s?.scope[lang];
  const card = (label: string, value: string | number, tone?: "success") => (
    <Grid size={{ xs: 12, sm: 6, md: 3 }}>
      <StatCard label={label} value={value} loading={loading} scope={scope} tone={tone} />
    </Grid>
  );
  return (
    <Grid container spacing={2} data-testid="policy-board-cards">
      {card(t("policyFigures.pushed"), s?.totals.pushed ?? "—")}
      {card(t("policyFigures.applied"), s?.totals.applied ?? "—")}
      {card(t("policyFigures.granted"), s?.totals.granted ?? "—", "success")}
      {card(t("policyFigures.amount"), s ? formatFen(s.totals.amountFen, lang) : "—", "success")}
    </Grid>
  );
}

export function PoliciesHomeSection() {
  const t = useTranslate();
  const query = useStats();
  return (
    <BoardHomeSection title={t("policyFigures.title")} to="/policies" linkText={t("policyFigures.detail")}>
      <Cards s={query.data?.data} loading={query.isLoading} />
    </BoardHomeSection>
  );
}

/** 政策直享 on the board: pushed, applied, granted and amount, by town and by policy, for the year and the caller's scope. */
export function PoliciesBoardPage() {
  const t = useTranslate();
  const lang = useBoardLang();
  const query = useStats();
  const s = query.data?.data;
  const scope = s?.scope[lang];
  if (query.error) return <ErrorState message={query.error.message} onRetry={() => query.refetch()} />;
  const towns = (s?.byTown ?? []).filter((r) => r.pushed + r.applied + r.granted > 0);
  const policies = (s?.byPolicy ?? []).slice(0, 15);
  const three = (rows: typeof towns) => [
    { name: t("policyFigures.pushed"), data: rows.map((r) => r.pushed) },
    { name: t("policyFigures.applied"), data: rows.map((r) => r.applied) },
    { name: t("policyFigures.granted"), data: rows.map((r) => r.granted) },
  ];
  return (
    <Box sx={{ display: "grid", gap: 2 }}>
      <PageHeading title={t("policyFigures.title")} subtitle={t("policyFigures.subtitle")} />
      <Cards s={s} loading={query.isLoading} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <ChartCard
            title={t("policyFigures.byTown")}
            subtitle={scope}
            loading={query.isLoading}
            empty={towns.length === 0}
            emptyText={t("policyFigures.empty")}
            height={360}
          >
            <BarChart horizontal categories={towns.map((r) => r.label[lang])} series={three(towns)} />
          </ChartCard>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <ChartCard
            title={t("policyFigures.amountByTown")}
            subtitle={scope}
            loading={query.isLoading}
            empty={!towns.some((r) => r.amountFen > 0)}
            emptyText={t("policyFigures.empty")}
            height={360}
          >
            <BarChart
              horizontal
              categories={towns.map((r) => r.label[lang])}
              series={[{ name: t("policyFigures.amountWan"), data: towns.map((r) => wan(r.amountFen)) }]}
            />
          </ChartCard>
        </Grid>
        <Grid size={{ xs: 12 }}>
          <ChartCard
            title={t("policyFigures.byPolicy")}
            subtitle={scope}
            loading={query.isLoading}
            empty={policies.length === 0}
            emptyText={t("policyFigures.empty")}
            height={480}
          >
            <BarChart horizontal categories={policies.map((r) => r.label[lang])} series={three(policies)} />
          </ChartCard>
        </Grid>
      </Grid>
    </Box>
  );
}

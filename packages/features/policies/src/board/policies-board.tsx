import { useTranslate } from "@refinedev/core";
import Grid from "@mui/material/Grid2";
import { BarChart, ChartCard, formatFen, StatCard } from "@qifu/ui";
import { boardFigures, featureBoardRpc, useBoardLang, type TFiguresView } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { policiesRouters } from "../server";
import type { TPoliciesStats } from "../schemas";

const { api, useBoardQuery } = featureBoardRpc<typeof policiesRouters>();
const wan = (fen: number) => Math.round(fen / 10_000) / 100;

const useStats = (year: number) => useBoardQuery(api.policyFigures.stats, { year }).query;

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

const figures = boardFigures({ ns: "policyFigures", path: "/policies", useStats, Cards });
export const PoliciesHomeSection = figures.HomeSection;

/** 政策直享 on the board: pushed, applied, granted and amount, by town and by policy, for the year and the caller's scope. */
export function PoliciesBoardPage() {
  return <figures.Page>{(view) => <Charts {...view} />}</figures.Page>;
}

function Charts({ s, scope, loading, lang }: TFiguresView<TPoliciesStats>) {
  const t = useTranslate();
  const towns = (s?.byTown ?? []).filter((r) => r.pushed + r.applied + r.granted > 0);
  const policies = (s?.byPolicy ?? []).slice(0, 15);
  const three = (rows: typeof towns) => [
    { name: t("policyFigures.pushed"), data: rows.map((r) => r.pushed) },
    { name: t("policyFigures.applied"), data: rows.map((r) => r.applied) },
    { name: t("policyFigures.granted"), data: rows.map((r) => r.granted) },
  ];
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 7 }}>
        <ChartCard
          title={t("policyFigures.byTown")}
          subtitle={scope}
          loading={loading}
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
          loading={loading}
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
          loading={loading}
          empty={policies.length === 0}
          emptyText={t("policyFigures.empty")}
          height={480}
        >
          <BarChart horizontal categories={policies.map((r) => r.label[lang])} series={three(policies)} />
        </ChartCard>
      </Grid>
    </Grid>
  );
}

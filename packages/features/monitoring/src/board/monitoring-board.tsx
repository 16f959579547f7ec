import { useState } from "react";
import { useTranslate } from "@refinedev/core";
import { Link } from "react-router";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid2";
import { BarChart, ChartCard, ErrorState, PageHeading, StatCard } from "@qifu/ui";
import { featureBoardRpc, useBoardLang } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { monitoringRouters } from "../server";
import { DemandSource, type TMatrix, type TTrends } from "../schemas";
import { CELL_COLOURS } from "../shared/cell-colours";
import { DemandTrendCharts } from "../shared/demand-trends";
import { shanghaiYear } from "@qifu/domain";

const { api, useBoardQuery } = featureBoardRpc<typeof monitoringRouters>();

/** On-time share over the months already due: one number a leader reads. */
function shareOf(m: TMatrix | undefined) {
  if (!m) return null;
  const due = m.totals.ON_TIME + m.totals.LATE + m.totals.MISSING;
  return due ? Math.round((m.totals.ON_TIME / due) * 1000) / 10 : null;
}

function OnTimeCard({ year }: { year: number }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const { query } = useBoardQuery(api.monitoring.matrix, { year });
  const m = query.data?.data;
  const share = shareOf(m);
  return (
    <StatCard
      label={t("monitoring.onTime")}
      value={share ?? "—"}
      unit={share === null ? undefined : "%"}
      hint={m ? `${t("monitoring.missing")} ${m.totals.MISSING} · ${t("monitoring.late")} ${m.totals.LATE}` : t("monitoring.onTimeHint")}
      tone={share === null ? "primary" : share >= 90 ? "success" : share >= 75 ? "warning" : "danger"}
      loading={query.isLoading}
      scope={m?.scope[lang]}
    />
  );
}

/** Stacked bars per town: on time, late, missing (the district sees every town). */
function ByTownChart({ year }: { year: number }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const { query } = useBoardQuery(api.monitoring.matrix, { year });
  const m = query.data?.data;
  const towns = new Map<string, { ON_TIME: number; LATE: number; MISSING: number }>();
  for (const r of m?.rows ?? []) {
    const key = r.townName ?? (lang === "zh" ? "区级" : "District");
    const at = towns.get(key) ?? { ON_TIME: 0, LATE: 0, MISSING: 0 };
    for (const c of r.cells) if (c.state === "ON_TIME" || c.state === "LATE" || c.state === "MISSING") at[c.state]++;
    towns.set(key, at);
  }
  const names = [...towns.keys()];
  return (
    <ChartCard title={t("monitoring.byTown")} subtitle={m?.scope[lang]} loading={query.isLoading} empty={names.length === 0} height={340}>
      <BarChart
        horizontal
        stacked
        categories={names}
        series={(["ON_TIME", "LATE", "MISSING"] as const).map((s) => ({
          name: t(`monitoring.${s === "ON_TIME" ? "filed" : s === "LATE" ? "late" : "missing"}`),
          data: names.map((n) => towns.get(n)![s]),
          color: CELL_COLOURS[s].bg,
        }))}
      />
    </ChartCard>
  );
}

/** The year's demand in two figures, beside the on-time share. */
function DemandTotals({ year }: { year: number }) {
  const lang = useBoardLang();
  const { query } = useBoardQuery(api.monitoring.trends, { year, by: "category" });
  const trends = query.data?.data;
  return (
    <>
      {DemandSource.values.map((s) => (
        <StatCard
          key={s}
          label={`${year} ${DemandSource.labels[s][lang]}`}
          value={trends?.totals.find((x) => x.source === s)?.total ?? "—"}
          unit={lang === "zh" ? "件" : ""}
          loading={query.isLoading}
          scope={trends?.scope[lang]}
        />
      ))}
    </>
  );
}

function Trends({ year }: { year: number }) {
  const lang = useBoardLang();
  const [by, setBy] = useState<TTrends["by"]>("category");
  const { query } = useBoardQuery(api.monitoring.trends, { year, by });
  if (query.error && !query.data) return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />;
  return <DemandTrendCharts trends={query.data?.data} loading={query.isLoading} lang={lang} by={by} onBy={setBy} />;
}

/** The board's page: the on-time share, each town's filing, demand trends. */
export function MonitoringBoardPage() {
  const t = useTranslate();
  const year = shanghaiYear(new Date());
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <PageHeading title={t("monitoring.title")} subtitle={t("monitoring.subtitle")} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }} sx={{ display: "grid", gap: 2, alignContent: "start" }}>
          <OnTimeCard year={year} />
          <DemandTotals year={year} />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <ByTownChart year={year} />
        </Grid>
      </Grid>
      <Trends year={year} />
    </Box>
  );
}

/** Home section: the on-time share beside demand trends. */
export function MonitoringHomeSection({ year }: { year: number }) {
  const t = useTranslate();
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 1 }}>
      <PageHeading title={t("monitoring.title")} actions={<Link to="/monitoring">{t("monitoring.detail")}</Link>} />
      <Box sx={{ maxWidth: 360 }}>
        <OnTimeCard year={year} />
      </Box>
      <Trends year={year} />
    </Box>
  );
}

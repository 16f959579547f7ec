import type { ReactNode } from "react";
import { useTranslate } from "@refinedev/core";
import { BarChart, ChartCard, LineChart, PieChart } from "@qifu/ui";
import type { TNetworkStats } from "../schemas";
import { countLabel, countSlices, cumulativeYears, inOneTown, townActivitySeries } from "../stats-view";
import { useBoardLang } from "./use-network-stats";

/** What every network chart card takes: the stats (undefined while loading) and a height. */
export interface NetworkChartProps {
  stats: TNetworkStats | undefined;
  loading?: boolean;
  height?: number;
}

/** The card of one network chart: title and subtitle from network.board.<section>, empty once loaded with nothing to show. */
function NetworkChartCard({
  section,
  subtitleKey,
  loading,
  empty,
  height,
  children,
}: {
  section: string;
  subtitleKey?: string;
  loading?: boolean;
  empty: boolean;
  height: number;
  children: ReactNode;
}) {
  const t = useTranslate();
  return (
    <ChartCard
      title={t(`network.board.${section}.title`)}
      subtitle={t(subtitleKey ?? `network.board.${section}.subtitle`)}
      loading={loading}
      empty={!loading && empty}
      emptyText={t("network.board.empty")}
      height={height}
    >
      {children}
    </ChartCard>
  );
}

/** Nodes per town, active stacked on suspended/closed, so gaps in a town's network show. */
export function NodesByTownChart({ stats, loading, height = 320 }: NetworkChartProps) {
  const t = useTranslate();
  const lang = useBoardLang();
  const rows = stats?.byTown ?? [];
  return (
    <NetworkChartCard section="byTown" loading={loading} empty={rows.every((r) => r.count === 0)} height={height}>
      <BarChart
        categories={rows.map((r) => countLabel(r, lang))}
        series={townActivitySeries(rows, { active: t("network.board.byTown.active"), inactive: t("network.board.byTown.inactive") })}
        stacked
        height={height}
      />
    </NetworkChartCard>
  );
}

/** Share of each kind of node: the "N" of 1+12+N at a glance. */
export function NodesByKindChart({ stats, loading, height = 320 }: NetworkChartProps) {
  const data = countSlices(stats?.byKind ?? [], useBoardLang());
  return (
    <NetworkChartCard section="byKind" loading={loading} empty={data.every((d) => d.value === 0)} height={height}>
      <PieChart data={data} donut height={height} />
    </NetworkChartCard>
  );
}

/** Demonstration platforms by level of recognition, national first. */
export function NodesByLevelChart({ stats, loading, height = 320 }: NetworkChartProps) {
  const t = useTranslate();
  const lang = useBoardLang();
  const rows = stats?.byLevel ?? [];
  return (
    <NetworkChartCard section="byLevel" loading={loading} empty={rows.every((r) => r.count === 0)} height={height}>
      <BarChart
        categories={rows.map((r) => countLabel(r, lang))}
        series={[{ name: t("network.board.byLevel.title"), data: rows.map((r) => r.count) }]}
        horizontal
        height={height}
      />
    </NetworkChartCard>
  );
}

/** Active, suspended and closed nodes. */
export function NodesByStatusChart({ stats, loading, height = 320 }: NetworkChartProps) {
  const data = countSlices(stats?.byStatus ?? [], useBoardLang());
  return (
    <NetworkChartCard section="byStatus" loading={loading} empty={data.every((d) => d.value === 0)} height={height}>
      <PieChart data={data} height={height} />
    </NetworkChartCard>
  );
}

/** Cumulative linked platforms per year up to `year` (gaps carried forward), against the district target. */
export function LinkedByYearChart({ stats, loading, height = 320, year }: NetworkChartProps & { year?: number }) {
  const t = useTranslate();
  const points = stats ? cumulativeYears(stats.linkedByYear, year) : [];
  // The target is the district's; a town's curve is not drawn against it.
  const target = stats && !inOneTown(stats) ? stats.linkedTarget : null;
  return (
    <NetworkChartCard
      section="linked"
      subtitleKey={target ? undefined : "network.board.linked.subtitleNoTarget"}
      loading={loading}
      empty={points.length === 0}
      height={height}
    >
      <LineChart
        categories={points.map((p) => String(p.year))}
        series={[{ name: t("network.board.linked.series"), data: points.map((p) => p.count) }]}
        area
        height={height}
        markLine={target ? { value: target.value, label: t("network.board.linked.target", { year: target.year }) } : undefined}
      />
    </NetworkChartCard>
  );
}

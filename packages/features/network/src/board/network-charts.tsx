import { useTranslate } from "@refinedev/core";
import { BarChart, ChartCard, LineChart, PieChart } from "@qifu/ui";
import type { TNetworkStats } from "../schemas";
import { countLabel, inOneTown, useBoardLang } from "./use-network-stats";

/** What every network chart card takes: the stats (undefined while loading) and a height. */
export interface NetworkChartProps {
  stats: TNetworkStats | undefined;
  loading?: boolean;
  height?: number;
}

/** Nodes per town, active stacked on suspended/closed, so gaps in a town's network show. */
export function NodesByTownChart({ stats, loading, height = 320 }: NetworkChartProps) {
  const t = useTranslate();
  const lang = useBoardLang();
  const rows = stats?.byTown ?? [];
  return (
    <ChartCard
      title={t("network.board.byTown.title")}
      subtitle={t("network.board.byTown.subtitle")}
      loading={loading}
      empty={!loading && rows.every((r) => r.count === 0)}
      emptyText={t("network.board.empty")}
      height={height}
    >
      <BarChart
        categories={rows.map((r) => countLabel(r, lang))}
        series={[
          { name: t("network.board.byTown.active"), data: rows.map((r) => r.active) },
          { name: t("network.board.byTown.inactive"), data: rows.map((r) => r.count - r.active) },
        ]}
        stacked
        height={height}
      />
    </ChartCard>
  );
}

/** Share of each kind of node: the "N" of 1+12+N at a glance. */
export function NodesByKindChart({ stats, loading, height = 320 }: NetworkChartProps) {
  const t = useTranslate();
  const lang = useBoardLang();
  const data = (stats?.byKind ?? []).map((k) => ({ name: countLabel(k, lang), value: k.count }));
  return (
    <ChartCard
      title={t("network.board.byKind.title")}
      subtitle={t("network.board.byKind.subtitle")}
      loading={loading}
      empty={!loading && data.every((d) => d.value === 0)}
      emptyText={t("network.board.empty")}
      height={height}
    >
      <PieChart data={data} donut height={height} />
    </ChartCard>
  );
}

/** Demonstration platforms by level of recognition, national first. */
export function NodesByLevelChart({ stats, loading, height = 320 }: NetworkChartProps) {
  const t = useTranslate();
  const lang = useBoardLang();
  const rows = stats?.byLevel ?? [];
  return (
    <ChartCard
      title={t("network.board.byLevel.title")}
      subtitle={t("network.board.byLevel.subtitle")}
      loading={loading}
      empty={!loading && rows.every((r) => r.count === 0)}
      emptyText={t("network.board.empty")}
      height={height}
    >
      <BarChart categories={rows.map((r) => countLabel(r, lang))} series={[{ name: t("network.board.byLevel.title"), data: rows.map((r) => r.count) }]} horizontal height={height} />
    </ChartCard>
  );
}

/** Active, suspended and closed nodes. */
export function NodesByStatusChart({ stats, loading, height = 320 }: NetworkChartProps) {
  const t = useTranslate();
  const lang = useBoardLang();
  const data = (stats?.byStatus ?? []).map((s) => ({ name: countLabel(s, lang), value: s.count }));
  return (
    <ChartCard
      title={t("network.board.byStatus.title")}
      subtitle={t("network.board.byStatus.subtitle")}
      loading={loading}
      empty={!loading && data.every((d) => d.value === 0)}
      emptyText={t("network.board.empty")}
      height={height}
    >
      <PieChart data={data} height={height} />
    </ChartCard>
  );
}

/** Cumulative linked platforms per year up to `year` (gaps carried forward), against the district target. */
export function LinkedByYearChart({ stats, loading, height = 320, year }: NetworkChartProps & { year?: number }) {
  const t = useTranslate();
  const points = stats ? cumulativeYears(stats.linkedByYear, year) : [];
  // The target is the district's; a town's curve is not drawn against it.
  const target = stats && !inOneTown(stats) ? stats.linkedTarget : null;
  return (
    <ChartCard
      title={t("network.board.linked.title")}
      subtitle={t(target ? "network.board.linked.subtitle" : "network.board.linked.subtitleNoTarget")}
      loading={loading}
      empty={!loading && points.length === 0}
      emptyText={t("network.board.empty")}
      height={height}
    >
      <LineChart
        categories={points.map((p) => String(p.year))}
        series={[{ name: t("network.board.linked.series"), data: points.map((p) => p.count) }]}
        area
        height={height}
        markLine={target ? { value: target.value, label: t("network.board.linked.target", { year: target.year }) } : undefined}
      />
    </ChartCard>
  );
}

/**
 * The server lists only years in which platforms were linked (cumulative counts); a chart needs
 * every year from the first one to `until` (default: the last listed).
 */
export function cumulativeYears(rows: { year: number; count: number }[], until?: number): { year: number; count: number }[] {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r.count]));
  const out: { year: number; count: number }[] = [];
  let last = 0;
  for (let y = rows[0].year; y <= (until ?? rows[rows.length - 1].year); y++) {
    last = byYear.get(y) ?? last;
    out.push({ year: y, count: last });
  }
  return out;
}


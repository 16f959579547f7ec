import { useGetIdentity, useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import { paceLight, shanghaiYear } from "@qifu/domain";
import { EmptyState, ErrorState, formatNumber } from "@qifu/ui";
import { OverviewFigure, useBoardLang } from "@qifu/ui/board";
import { useTargetProgress, type TTargetProgress } from "./use-target-progress";

/** At most this many headline figures: a leader reads them at a glance. */
const HEADLINES = 6;

/**
 * The targets that head the overview for a year: one per metric, in the caller's scope (a town
 * admin's own town's target where there is one, else the district's), the year's own target
 * first, else the nearest later one (a 2027 goal read in 2026). A past year shows its own targets.
 * The plan's headline metrics (`boardOrder`) come first.
 */
export function headlineTargets(rows: TTargetProgress[], year: number, thisYear: number, townId: string | null): TTargetProgress[] {
  const inScope = rows.filter((r) => r.townId === null || r.townId === townId);
  const pick = new Map<string, TTargetProgress>();
  for (const r of inScope) {
    if (year < thisYear ? r.year !== year : r.year < year) continue;
    const have = pick.get(r.metricKey);
    const better = !have || r.year < have.year || (r.year === have.year && r.townId !== null && have.townId === null);
    if (better) pick.set(r.metricKey, r);
  }
  const order = (r: TTargetProgress) => r.boardOrder ?? Infinity;
  return [...pick.values()].sort((a, b) => order(a) - order(b) || a.year - b.year).slice(0, HEADLINES);
}

/** The overview's headline: a few targets, each its live figure, its target and a traffic light by pace. */
export function TargetsHeadline({ year }: { year: number }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const { data: me } = useGetIdentity<{ role?: string; townId?: string | null }>();
  const { all, loading, error, refetch } = useTargetProgress();
  const today = new Date();
  const townId = me?.role === "TOWN_ADMIN" ? (me.townId ?? null) : null;
  const rows = headlineTargets(all, year, shanghaiYear(today), townId);

  if (error && !all.length) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  if (!loading && rows.length === 0) return <EmptyState title={t("targets.empty")} description={t("targets.emptyHint")} compact />;
  return (
    <Box
      data-testid="headline-figures"
      sx={{
        display: "grid",
        gap: 1.25,
        gridTemplateColumns: { xs: "repeat(2, minmax(0, 1fr))", md: "repeat(3, minmax(0, 1fr))", lg: "repeat(6, minmax(0, 1fr))" },
      }}
    >
      {(loading ? Array.from({ length: HEADLINES }, () => undefined) : rows).map((r, i) => {
        if (!r) return <OverviewFigure key={i} label="" value="" link={{ to: "/targets" }} loading />;
        const rate = r.kind === "rate";
        const unit = rate ? "%" : r.unit[lang];
        const light = paceLight({ year: r.year, target: r.target, actual: r.actual, kind: r.kind, today });
        const scope = r.townName ?? t("targets.scopeDistrict");
        return (
          <OverviewFigure
            key={r.targetId}
            testId={`headline-${r.metricKey}`}
            label={`${r.label[lang]}`}
            value={formatNumber(Math.round(r.actual * 10) / 10, lang)}
            unit={unit}
            note={t("targets.headlineNote", { scope, year: r.year, target: formatNumber(r.target, lang), unit: rate ? "%" : "" })}
            light={light}
            link={{ to: "/targets" }}
          />
        );
      })}
    </Box>
  );
}

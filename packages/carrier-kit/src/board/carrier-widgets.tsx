import type { ReactNode } from "react";
import { useGetLocale, useTranslate, type HttpError } from "@refinedev/core";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Grid from "@mui/material/Grid2";
import Typography from "@mui/material/Typography";
import { BarChart, ChartCard, ErrorState, PageHeading, StatCard, TargetProgress } from "@qifu/ui";
import { useBoardQuery } from "@qifu/ui/board";
import type { TCarrierCount, TCarrierProgress } from "../schemas";

/**
 * The board pieces every service carrier shares. `resource` is the carrier's message namespace
 * (`specializedParks`): `<resource>.titles.list` and the `<resource>.board.*` messages (`active`, `unit`, `total`, `target`, `noTarget`, `subtitle`).
 */

export type TCarrierStatsQuery<T> = { stats: T | undefined; loading: boolean; error: HttpError | null; refetch: () => unknown };

/** The carrier's `stats`, named by its typed client (`useCarrierStats(api.specializedParks.stats)`), through the board's data provider. */
export function useCarrierStats<T>(stats: { query: (input?: undefined) => Promise<T> }): TCarrierStatsQuery<T> {
  const { query } = useBoardQuery(stats);
  return { stats: query.data?.data, loading: query.isLoading, error: query.error, refetch: query.refetch };
}

/** Is the board in English? */
export function useBoardEnglish() {
  return !!useGetLocale()()?.startsWith("en");
}

/** The count tile: active ones, with the total in the hint (and what the figures cover, when given). */
export function CarrierActiveTile({
  resource,
  stats,
  scope,
  loading,
}: {
  resource: string;
  stats: { active: number; total: number } | undefined;
  scope?: string;
  loading: boolean;
}) {
  const t = useTranslate();
  return (
    <StatCard
      label={t(`${resource}.board.active`)}
      value={stats?.active ?? 0}
      unit={t(`${resource}.board.unit`)}
      hint={t(`${resource}.board.total`, { total: stats?.total ?? 0 })}
      scope={scope}
      loading={loading}
    />
  );
}

/** One line per target year: the live figure against the year's target; a year without a target says so. */
export function CarrierTargetRows({
  resource,
  rows,
  unit,
  label,
  loading,
}: {
  resource: string;
  rows: TCarrierProgress | undefined;
  unit?: string;
  label?: (year: number) => string;
  loading: boolean;
}) {
  const t = useTranslate();
  const labelOf = label ?? ((year: number) => t(`${resource}.board.target`, { year }));
  return (
    <>
      {(rows ?? []).map((p) =>
        p.target === null ? (
          <Typography
            key={p.year}
            variant="body2"
            color="text.secondary"
            sx={{ py: 0.5 }}
          >{`${labelOf(p.year)}：${t(`${resource}.board.noTarget`)}`}</Typography>
        ) : (
          <TargetProgress
            key={p.year}
            compact
            label={labelOf(p.year)}
            actual={p.actual}
            target={p.target}
            unit={unit ?? t(`${resource}.board.unit`)}
            year={p.year}
            loading={loading}
          />
        ),
      )}
    </>
  );
}

/** The target progress in a card (with a title when the carrier has several targets). */
export function CarrierTargetCard({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Card sx={{ p: 2, height: "100%" }}>
      {title && (
        <Typography variant="subtitle2" sx={{ fontWeight: 600, mb: 0.5 }}>
          {title}
        </Typography>
      )}
      {children}
    </Card>
  );
}

/** The widget of a carrier with one count target: the count tile beside the target progress. */
export function CarrierCountWidget({
  resource,
  stats,
  loading,
}: {
  resource: string;
  stats: { active: number; total: number; progress: TCarrierProgress } | undefined;
  loading: boolean;
}) {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 4 }}>
        <CarrierActiveTile resource={resource} stats={stats} loading={loading} />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <CarrierTargetCard>
          <CarrierTargetRows resource={resource} rows={stats?.progress} loading={loading} />
        </CarrierTargetCard>
      </Grid>
    </Grid>
  );
}

/** A horizontal bar chart of counts (by town, by tier …) in the board's language. */
export function CarrierCountsChart({
  title,
  subtitle,
  rows,
  series,
  loading,
  height,
  emptyIfAllZero,
}: {
  title: string;
  subtitle?: string;
  rows: TCarrierCount[] | undefined;
  series: string;
  loading: boolean;
  height: number;
  emptyIfAllZero?: boolean;
}) {
  const en = useBoardEnglish();
  const data = rows ?? [];
  return (
    <ChartCard
      title={title}
      subtitle={subtitle}
      loading={loading}
      empty={emptyIfAllZero ? !data.some((r) => r.count) : !data.length}
      height={height}
    >
      <BarChart
        horizontal
        categories={data.map((r) => (en ? r.labelEn : r.label))}
        series={[{ name: series, data: data.map((r) => r.count) }]}
      />
    </ChartCard>
  );
}

/** The chart of active ones by town. */
export function CarrierByTownChart({
  resource,
  rows,
  loading,
  height,
}: {
  resource: string;
  rows: TCarrierCount[] | undefined;
  loading: boolean;
  height: number;
}) {
  const t = useTranslate();
  return (
    <CarrierCountsChart
      title={t(`${resource}.board.byTown`)}
      rows={rows}
      series={t(`${resource}.board.active`)}
      loading={loading}
      height={height}
    />
  );
}

/** The carrier's section of the board's home page: its title, then its widget (an error with a retry instead, before any figures came). */
export function CarrierHomeSection<T>({
  resource,
  query,
  children,
}: {
  resource: string;
  query: TCarrierStatsQuery<T>;
  children: (stats: T | undefined, loading: boolean) => ReactNode;
}) {
  const t = useTranslate();
  const { stats, loading, error, refetch } = query;
  if (error && !stats) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  return (
    <Box>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {t(`${resource}.titles.list`)}
      </Typography>
      {children(stats, loading)}
    </Box>
  );
}

/** The carrier's own page on the board: its heading, then its widgets and charts (an error with a retry instead). */
export function CarrierBoardPage<T>({
  resource,
  query,
  children,
}: {
  resource: string;
  query: TCarrierStatsQuery<T>;
  children: (stats: T | undefined, loading: boolean) => ReactNode;
}) {
  const t = useTranslate();
  const { stats, loading, error, refetch } = query;
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <PageHeading title={t(`${resource}.titles.list`)} subtitle={t(`${resource}.board.subtitle`)} />
      {error && !stats ? <ErrorState message={error.message} onRetry={() => void refetch()} /> : <>{children(stats, loading)}</>}
    </Box>
  );
}

import type { ReactNode } from "react";
import Grid from "@mui/material/Grid2";
import { ErrorState } from "@qifu/ui";
import type { TNetworkStats } from "../schemas";
import { LinkedByYearChart, NodesByKindChart, NodesByLevelChart, NodesByStatusChart, NodesByTownChart } from "./network-charts";
import { NetworkKpis } from "./network-kpis";
import { inOneTown } from "../stats-view";
import { useNetworkStats } from "./use-network-stats";

/** What a section of the board's home page receives from the page. */
export interface BoardSectionProps {
  /** The year the page's selector is on (figures "as of the end of"). */
  year: number;
}

/** Renders an error with retry in place of a section, or the section. */
function WithStats({
  year,
  children,
}: BoardSectionProps & { children: (stats: TNetworkStats | undefined, loading: boolean) => ReactNode }) {
  const { stats, loading, error, refetch } = useNetworkStats(year);
  if (error && !stats) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  return <>{children(stats, loading)}</>;
}

/** Home section: the network's key figures. */
export function NetworkKpiSection({ year }: BoardSectionProps) {
  return <WithStats year={year}>{(stats, loading) => <NetworkKpis stats={stats} loading={loading} year={year} />}</WithStats>;
}

/**
 * Home section: the network's charts. A town admin or node operator sees one town only, so the
 * by-town chart (it would be a single bar) is left out.
 */
export function NetworkChartsSection({ year }: BoardSectionProps) {
  return (
    <WithStats year={year}>
      {(stats, loading) => {
        const manyTowns = !stats || !inOneTown(stats);
        return (
          <Grid container spacing={2}>
            {manyTowns && (
              <Grid size={12}>
                <NodesByTownChart stats={stats} loading={loading} height={300} />
              </Grid>
            )}
            <Grid size={{ xs: 12, md: 6 }}>
              <NodesByKindChart stats={stats} loading={loading} height={340} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <LinkedByYearChart stats={stats} loading={loading} height={340} year={year} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <NodesByLevelChart stats={stats} loading={loading} height={280} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <NodesByStatusChart stats={stats} loading={loading} height={280} />
            </Grid>
          </Grid>
        );
      }}
    </WithStats>
  );
}

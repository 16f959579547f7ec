import { useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid2";
import { ErrorState, PageHeading } from "@qifu/ui";
import { NodesByKindChart, NodesByLevelChart, NodesByStatusChart } from "./network-charts";
import { NetworkKpis } from "./network-kpis";
import { TownTable } from "./town-table";
import { useNetworkStats } from "./use-network-stats";
import { shanghaiYear } from "@qifu/domain";

/** The network's own page on the board: the 1+12+N by town, status, kind and level. */
export function NetworkBoardPage() {
  const t = useTranslate();
  const year = shanghaiYear(new Date());
  const { stats, loading, error, refetch } = useNetworkStats(year);
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <PageHeading title={t("network.titles.list")} subtitle={t("network.board.pageSubtitle")} />
      {error && !stats ? (
        <ErrorState message={error.message} onRetry={() => void refetch()} />
      ) : (
        <>
          <NetworkKpis stats={stats} loading={loading} year={year} />
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, lg: 7 }}>
              <TownTable stats={stats} loading={loading} />
            </Grid>
            <Grid size={{ xs: 12, lg: 5 }} sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
              <NodesByStatusChart stats={stats} loading={loading} height={240} />
              <NodesByLevelChart stats={stats} loading={loading} height={240} />
            </Grid>
            <Grid size={12}>
              <NodesByKindChart stats={stats} loading={loading} height={320} />
            </Grid>
          </Grid>
        </>
      )}
    </Box>
  );
}

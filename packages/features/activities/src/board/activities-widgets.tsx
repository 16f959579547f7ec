import { useTranslate } from "@refinedev/core";
import { Link } from "react-router";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid2";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import { BarChart, ChartCard, ErrorState, LineChart, PageHeading, StatCard } from "@qifu/ui";
import { featureBoardRpc, useBoardLang } from "@qifu/ui/board";
import { shanghaiYear } from "@qifu/domain";
import type { TActivitiesRow, TActivitiesStats } from "../schemas";
// type-only: erased at build (.dependency-cruiser.cjs allows a feature naming its own ./server types)
import type { activitiesRouters } from "../server";

const { api, useBoardQuery } = featureBoardRpc<typeof activitiesRouters>();
const k = (key: string) => `activities.board.${key}`;

/** `activities.stats` for the year, in the caller's scope. */
export function useActivitiesStats(year: number) {
  const { query } = useBoardQuery(api.activities.stats, { year });
  return { stats: query.data?.data, loading: query.isLoading, query };
}

/** The three headline figures: held, enterprise-times, satisfaction (one metric per number). */
export function ActivitiesCards({ stats, loading }: { stats: TActivitiesStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const scope = stats?.scope[lang];
  const sat = stats?.satisfaction ?? null;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <StatCard
          label={t(k("held"))}
          value={stats?.held ?? "—"}
          unit={t(k("unitHeld"))}
          hint={t(k("heldHint"))}
          loading={loading}
          scope={scope}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }} data-testid="activities-attendances" data-value={stats?.attendances ?? ""}>
        <StatCard
          label={t(k("attendances"))}
          value={stats?.attendances ?? "—"}
          unit={t(k("unitTimes"))}
          hint={t(k("attendancesHint"))}
          tone="success"
          loading={loading}
          scope={scope}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <StatCard
          label={t(k("noShows"))}
          value={stats?.noShows ?? "—"}
          unit={t(k("unitTimes"))}
          tone="warning"
          loading={loading}
          scope={scope}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <StatCard
          label={t(k("satisfaction"))}
          value={sat ?? "—"}
          unit={sat === null ? undefined : "%"}
          hint={stats?.ratings ? t(k("satisfactionHint"), { n: stats.ratings }) : t(k("noRatings"))}
          tone={sat === null ? "primary" : sat >= 90 ? "success" : sat >= 75 ? "warning" : "danger"}
          loading={loading}
          scope={scope}
        />
      </Grid>
    </Grid>
  );
}

function HeldAndAttendance({
  title,
  rows,
  loading,
  subtitle,
}: {
  title: string;
  rows: TActivitiesRow[] | undefined;
  loading: boolean;
  subtitle?: string;
}) {
  const t = useTranslate();
  const lang = useBoardLang();
  const list = rows ?? [];
  const names = list.map((r) => r.label[lang]);
  return (
    <ChartCard title={title} subtitle={subtitle} loading={loading} empty={list.length === 0} height={Math.max(260, 40 * list.length + 80)}>
      <BarChart
        horizontal
        categories={names}
        series={[
          { name: t(k("heldSeries")), data: list.map((r) => r.held) },
          { name: t(k("attendancesSeries")), data: list.map((r) => r.attendances) },
        ]}
      />
    </ChartCard>
  );
}

function ByNodeTable({ stats }: { stats: TActivitiesStats | undefined }) {
  const t = useTranslate();
  const lang = useBoardLang();
  return (
    <ChartCard title={t(k("byNode"))} subtitle={stats?.scope[lang]} loading={!stats} empty={!stats?.byNode.length}>
      <Box sx={{ overflowX: "auto" }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t(k("node"))}</TableCell>
              <TableCell align="right">{t(k("heldSeries"))}</TableCell>
              <TableCell align="right">{t(k("attendancesSeries"))}</TableCell>
              <TableCell align="right">{t(k("noShowsSeries"))}</TableCell>
              <TableCell align="right">{t(k("avgRating"))}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {stats?.byNode.map((r) => (
              <TableRow key={r.key}>
                <TableCell>{r.label[lang]}</TableCell>
                <TableCell align="right">{r.held}</TableCell>
                <TableCell align="right">{r.attendances}</TableCell>
                <TableCell align="right">{r.noShows}</TableCell>
                <TableCell align="right">{r.avgRating?.toFixed(2) ?? "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </ChartCard>
  );
}

/** The feature's own page on the board: the year's figures per series, town, month and organiser. */
export function ActivitiesBoardPage() {
  const t = useTranslate();
  const lang = useBoardLang();
  const year = shanghaiYear(new Date());
  const { stats, loading, query } = useActivitiesStats(year);
  if (query.error && !stats) return <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />;
  const scope = stats?.scope[lang];
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <PageHeading title={`${year} ${t(k("title"))}`} subtitle={t(k("subtitle"))} />
      <ActivitiesCards stats={stats} loading={loading} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <HeldAndAttendance title={t(k("bySeries"))} subtitle={scope} rows={stats?.bySeries} loading={loading} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <HeldAndAttendance title={t(k("byTown"))} subtitle={scope} rows={stats?.byTown} loading={loading} />
        </Grid>
      </Grid>
      <ChartCard title={t(k("byMonth"))} subtitle={scope} loading={loading} empty={!stats?.attendances} height={300}>
        <LineChart
          categories={(stats?.byMonth ?? []).map((r) => r.label[lang])}
          series={[
            { name: t(k("attendancesSeries")), data: (stats?.byMonth ?? []).map((r) => r.attendances) },
            { name: t(k("heldSeries")), data: (stats?.byMonth ?? []).map((r) => r.held) },
          ]}
        />
      </ChartCard>
      <ByNodeTable stats={stats} />
    </Box>
  );
}

/** Home section of the board: the headline figures and a link to the page. */
export function ActivitiesHomeSection({ year }: { year: number }) {
  const t = useTranslate();
  const { stats, loading } = useActivitiesStats(year);
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 1 }}>
      <PageHeading title={t(k("title"))} actions={<Link to="/activities">{t(k("detail"))}</Link>} />
      <ActivitiesCards stats={stats} loading={loading} />
    </Box>
  );
}

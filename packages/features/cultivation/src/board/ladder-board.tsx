import { useTranslate } from "@refinedev/core";
import { Link } from "react-router";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid2";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { BarChart, ChartCard, ErrorState, formatDate, PageHeading, StatCard, TargetProgress } from "@qifu/ui";
import { featureBoardRpc, useBoardLang } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { cultivationRouters } from "../server";
import { CultivationLevel, LADDER, type TLadderStats } from "../schemas";

const { api, useBoardQuery } = featureBoardRpc<typeof cultivationRouters>();
const LEVEL_COLOURS = { INNOVATIVE: "#90caf9", SPECIALIZED: "#42a5f5", LITTLE_GIANT: "#1565c0", SINGLE_CHAMPION: "#0d2c6b" } as const;

function useStats() {
  const { query } = useBoardQuery(api.cultivation.stats, {});
  return { stats: query.data?.data as TLadderStats | undefined, query };
}

function Totals({ stats, loading }: { stats: TLadderStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const lang = useBoardLang();
  return (
    <Stack spacing={2}>
      <StatCard
        label={t("cultivation.board.quality")}
        value={stats?.qualitySmes ?? "—"}
        loading={loading}
        scope={stats?.scope[lang]}
        tone="primary"
      />
      {stats && stats.target !== null && (
        <TargetProgress
          label={t("cultivation.board.target", { year: stats.targetYear })}
          actual={stats.qualitySmes}
          target={stats.target}
          year={stats.targetYear}
          kind="stock"
        />
      )}
      <Box sx={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 1 }}>
        {LADDER.map((l) => (
          <StatCard
            key={l}
            label={CultivationLevel.label(l, lang)}
            value={stats?.totals[l] ?? "—"}
            loading={loading}
            scope={stats?.scope[lang]}
          />
        ))}
        <StatCard
          label={t("cultivation.board.aboveSize")}
          value={stats?.totals.ABOVE_SIZE ?? "—"}
          loading={loading}
          scope={stats?.scope[lang]}
        />
      </Box>
    </Stack>
  );
}

/** The ladder as a funnel by town: stacked bars of each rung. */
function Funnel({ stats, loading }: { stats: TLadderStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const rows = stats?.funnel ?? [];
  return (
    <ChartCard title={t("cultivation.board.funnel")} subtitle={stats?.scope[lang]} loading={loading} empty={rows.length === 0} height={380}>
      <BarChart
        horizontal
        stacked
        categories={rows.map((r) => r.townName)}
        series={LADDER.map((l) => ({
          name: CultivationLevel.label(l, lang),
          data: rows.map((r) => r.counts[l] ?? 0),
          color: LEVEL_COLOURS[l],
        }))}
      />
    </ChartCard>
  );
}

function Candidates({ stats, loading }: { stats: TLadderStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const rows = stats?.candidates ?? [];
  return (
    <ChartCard
      title={t("cultivation.board.candidates")}
      subtitle={stats?.scope[lang]}
      loading={loading}
      empty={rows.length === 0}
      height={300}
    >
      <BarChart
        stacked
        categories={rows.map((r) => CultivationLevel.label(r.level, lang))}
        series={[
          { name: t("cultivation.board.ready"), data: rows.map((r) => r.ready), color: "#2e7d32" },
          { name: t("cultivation.board.missing"), data: rows.map((r) => r.missing), color: "#ed6c02" },
          { name: t("cultivation.board.unknown"), data: rows.map((r) => r.unknown), color: "#9e9e9e" },
        ]}
      />
    </ChartCard>
  );
}

function Expiring({ stats }: { stats: TLadderStats | undefined }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const rows = stats?.expiring ?? [];
  return (
    <Box sx={{ border: 1, borderColor: "divider", borderRadius: 2, p: 2 }}>
      <Typography variant="subtitle1" fontWeight={600}>
        {t("cultivation.board.expiring")}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {stats?.scope[lang]}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t("cultivation.board.noExpiring")}</Typography>
      ) : (
        <Stack spacing={0.5} sx={{ mt: 1 }}>
          {rows.map((r) => (
            <Box key={r.id} sx={{ display: "flex", gap: 1, flexWrap: "wrap" }} data-testid="expiring-row">
              <Typography variant="body2" sx={{ flex: "1 1 200px" }}>
                {r.enterpriseName} · {r.townName}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {CultivationLevel.label(r.level, lang)} · {formatDate(r.validUntil, lang)}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </Box>
  );
}

/** The feature's page on the board. */
export function CultivationBoardPage() {
  const t = useTranslate();
  const { stats, query } = useStats();
  if (query.isError) return <ErrorState message={query.error.message} onRetry={() => query.refetch()} />;
  return (
    <Box>
      <PageHeading title={t("cultivation.board.title")} subtitle={t("cultivation.board.subtitle")} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Totals stats={stats} loading={query.isLoading} />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }} sx={{ display: "grid", gap: 2 }}>
          <Funnel stats={stats} loading={query.isLoading} />
          <Candidates stats={stats} loading={query.isLoading} />
        </Grid>
        <Grid size={12}>
          <Expiring stats={stats} />
        </Grid>
      </Grid>
    </Box>
  );
}

/** Home page section of the board: the 1,000 target and the funnel. */
export function CultivationHomeSection() {
  const t = useTranslate();
  const { stats, query } = useStats();
  return (
    <Box>
      <PageHeading title={t("cultivation.board.title")} actions={<Link to="/cultivation">{t("cultivation.board.detail")}</Link>} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Totals stats={stats} loading={query.isLoading} />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <Funnel stats={stats} loading={query.isLoading} />
        </Grid>
      </Grid>
    </Box>
  );
}

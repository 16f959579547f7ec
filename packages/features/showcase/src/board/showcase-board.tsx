import { useTranslate } from "@refinedev/core";
import Grid from "@mui/material/Grid2";
import { BarChart, ChartCard, LineChart, PieChart, StatCard } from "@qifu/ui";
import { boardFigures, featureBoardRpc, useBoardLang, type TFiguresView } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { showcaseRouters } from "../server";
import type { TShowcaseStats } from "../schemas";

const { api, useBoardQuery } = featureBoardRpc<typeof showcaseRouters>();

const useStats = (year: number) => useBoardQuery(api.showcase.stats, { year }).query;

function Cards({ s, loading }: { s: TShowcaseStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const scope = s?.scope[lang];
  const people = s?.byKind.find((k) => k.key === "PERSON")?.count ?? 0;
  return (
    <Grid container spacing={2} data-testid="showcase-board-cards">
      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
        <StatCard label={t("showcase.published")} value={s?.published ?? "—"} unit={t("showcase.unit")} loading={loading} scope={scope} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
        <StatCard
          label={t("showcase.people")}
          value={s ? people : "—"}
          unit={t("showcase.unitPeople")}
          loading={loading}
          scope={scope}
          tone="success"
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
        <StatCard
          label={t("showcase.pending")}
          value={s?.pending ?? "—"}
          unit={t("showcase.unit")}
          hint={t("showcase.pendingHint")}
          loading={loading}
          tone="warning"
        />
      </Grid>
    </Grid>
  );
}

const figures = boardFigures({ ns: "showcase", path: "/showcase", useStats, Cards });
export const ShowcaseHomeSection = figures.HomeSection;

/** 典型风采 on the board: entries published this year by kind and town, and the five-year trend. */
export function ShowcaseBoardPage() {
  return <figures.Page>{(view) => <Charts {...view} />}</figures.Page>;
}

function Charts({ s, scope, loading, lang }: TFiguresView<TShowcaseStats>) {
  const t = useTranslate();
  const towns = (s?.byTown ?? []).filter((r) => r.count > 0);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <ChartCard
          title={t("showcase.byKind")}
          subtitle={scope}
          loading={loading}
          empty={!s?.published}
          emptyText={t("showcase.empty")}
          height={300}
        >
          <PieChart donut data={(s?.byKind ?? []).filter((r) => r.count > 0).map((r) => ({ name: r.label[lang], value: r.count }))} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <ChartCard
          title={t("showcase.byTown")}
          subtitle={scope}
          loading={loading}
          empty={towns.length === 0}
          emptyText={t("showcase.empty")}
          height={300}
        >
          <BarChart
            horizontal
            categories={towns.map((r) => r.label[lang])}
            series={[{ name: t("showcase.count"), data: towns.map((r) => r.count) }]}
          />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12 }}>
        <ChartCard
          title={t("showcase.byYear")}
          subtitle={s ? t("showcase.byYearScope", { from: s.byYear[0]?.year, to: s.year }) : undefined}
          loading={loading}
          height={260}
        >
          <LineChart
            categories={(s?.byYear ?? []).map((r) => String(r.year))}
            series={[{ name: t("showcase.count"), data: (s?.byYear ?? []).map((r) => r.count) }]}
          />
        </ChartCard>
      </Grid>
    </Grid>
  );
}

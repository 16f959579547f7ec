import { useTranslate } from "@refinedev/core";
import { Link } from "react-router";
import Grid from "@mui/material/Grid2";
import { BarChart, ChartCard, formatFen, PieChart, StatCard } from "@qifu/ui";
import { boardFigures, featureBoardRpc, useBoardLang, type TFiguresView } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { digitalRouters } from "../server";
import { AVERAGE_LEVEL_METRIC, type TDigitalStats } from "../schemas";

const { api, useBoardQuery } = featureBoardRpc<typeof digitalRouters>();

const useStats = (year: number) => useBoardQuery(api.digital.stats, { year }).query;

function Cards({ s, loading }: { s: TDigitalStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const scope = s?.scope[lang];
  return (
    <Grid container spacing={2} data-testid="dg-board-cards">
      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
        <StatCard
          label={t("digital.diagnosed")}
          value={s?.diagnosed ?? "—"}
          hint={s ? t("digital.averageLevel", { level: s.averageLevel ?? "—" }) : undefined}
          loading={loading}
          scope={scope}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
        <StatCard
          label={t("digital.needs")}
          value={s?.needs ?? "—"}
          hint={s ? t("digital.contacts", { contacts: s.contacts }) : undefined}
          loading={loading}
          scope={scope}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
        <StatCard
          label={t("digital.adopted")}
          value={s?.adopted ?? "—"}
          hint={
            s
              ? `${t("digital.adoptedValue", { value: formatFen(s.adoptedFen, lang) })} · ${t("digital.solutions", s.solutions)}`
              : undefined
          }
          tone="success"
          loading={loading}
          scope={scope}
        />
      </Grid>
    </Grid>
  );
}

const figures = boardFigures({ ns: "digital", path: "/digital", useStats, Cards });
export const DigitalHomeSection = figures.HomeSection;

/** 数字化转型 on the board: maturity by level, town and industry; needs by scenario; adoption. */
export function DigitalBoardPage() {
  const t = useTranslate();
  return (
    <figures.Page
      actions={
        <Link to={`/?map=${AVERAGE_LEVEL_METRIC}`} data-testid="dg-board-map-link">
          {t("digital.mapLink")}
        </Link>
      }
    >
      {(view) => <Charts {...view} />}
    </figures.Page>
  );
}

function Charts({ s, scope, loading, lang }: TFiguresView<TDigitalStats>) {
  const t = useTranslate();
  const towns = (s?.byTown ?? []).filter((r) => r.diagnosed > 0);
  const industries = (s?.byIndustry ?? []).filter((r) => r.count > 0);
  const scenarios = (s?.needsByScenario ?? []).filter((r) => r.count > 0);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <ChartCard
          title={t("digital.byLevel")}
          subtitle={scope}
          loading={loading}
          empty={!s?.diagnosed}
          emptyText={t("digital.empty")}
          height={320}
        >
          <PieChart donut data={(s?.byLevel ?? []).map((r) => ({ name: r.label[lang], value: r.count }))} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <ChartCard
          title={t("digital.byTown")}
          subtitle={scope}
          loading={loading}
          empty={towns.length === 0}
          emptyText={t("digital.empty")}
          height={320}
        >
          <BarChart
            horizontal
            categories={towns.map((r) => r.label[lang])}
            series={[{ name: t("digital.level"), data: towns.map((r) => r.averageLevel ?? 0) }]}
          />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <ChartCard
          title={t("digital.byIndustry")}
          subtitle={scope}
          loading={loading}
          empty={industries.length === 0}
          emptyText={t("digital.empty")}
          height={300}
        >
          {/* one measure per axis: the enterprises diagnosed; each industry's average level rides in its name */}
          <BarChart
            horizontal
            categories={industries.map((r) =>
              r.averageLevel === null ? r.label[lang] : `${r.label[lang]}\n${t("digital.averageShort", { level: r.averageLevel })}`,
            )}
            series={[{ name: t("digital.count"), data: industries.map((r) => r.count) }]}
          />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <ChartCard
          title={t("digital.byScenario")}
          subtitle={scope}
          loading={loading}
          empty={scenarios.length === 0}
          emptyText={t("digital.empty")}
          height={300}
        >
          <BarChart
            horizontal
            categories={scenarios.map((r) => r.label[lang])}
            series={[{ name: t("digital.needsCount"), data: scenarios.map((r) => r.count) }]}
          />
        </ChartCard>
      </Grid>
    </Grid>
  );
}

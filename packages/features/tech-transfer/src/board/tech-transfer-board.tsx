import { useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid2";
import { BarChart, ChartCard, formatFen, StatCard } from "@qifu/ui";
import { boardFigures, featureBoardRpc, useBoardLang, type TFiguresView } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { techTransferRouters } from "../server";
import type { TTechTransferStats } from "../schemas";

const { api, useBoardQuery } = featureBoardRpc<typeof techTransferRouters>();
const wan = (fen: number) => Math.round(fen / 10_000) / 100;

/** `techTransfer.stats` of the current year, in the caller's scope. */
const useStats = (year: number) => useBoardQuery(api.techTransfer.stats, { year }).query;

/** The four headline figures: needs, matched, projects signed, contract value. */
function Cards({ s, loading }: { s: TTechTransferStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const scope = s?.scope[lang];
  const rate = s && s.total.needs ? Math.round((s.total.needsMatched / s.total.needs) * 100) : 0;
  return (
    <Grid container spacing={2} data-testid="tt-board-cards">
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <StatCard
          label={t("techTransfer.needs")}
          value={s?.total.needs ?? "—"}
          hint={s ? t("techTransfer.achievements", s.achievements) : undefined}
          loading={loading}
          scope={scope}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <StatCard
          label={t("techTransfer.needsMatched")}
          value={s?.total.needsMatched ?? "—"}
          hint={s ? t("techTransfer.matchedHint", { rate }) : undefined}
          loading={loading}
          scope={scope}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <Box data-testid="tt-projects-signed">
          <StatCard
            label={t("techTransfer.projects")}
            value={s?.total.projects ?? "—"}
            hint={s ? t("techTransfer.labs", { labs: s.labs, platforms: s.platforms }) : undefined}
            loading={loading}
            scope={scope}
          />
        </Box>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <Box data-testid="tt-contract-value">
          <StatCard
            label={t("techTransfer.contract")}
            value={s ? formatFen(s.total.contractFen, lang) : "—"}
            tone="success"
            loading={loading}
            scope={scope}
          />
        </Box>
      </Grid>
    </Grid>
  );
}

const figures = boardFigures({ ns: "techTransfer", path: "/tech-transfer", useStats, Cards });
export const TechTransferHomeSection = figures.HomeSection;

/** 成果转化 on the board: needs, matches, projects and contract value of the year in the caller's scope, by town and field. */
export function TechTransferBoardPage() {
  return <figures.Page>{(view) => <Charts {...view} />}</figures.Page>;
}

function Charts({ s, scope, loading, lang }: TFiguresView<TTechTransferStats>) {
  const t = useTranslate();
  const towns = (s?.byTown ?? []).filter((r) => r.needs > 0 || r.projects > 0);
  const fields = (s?.byField ?? []).filter((r) => r.needs > 0 || r.projects > 0);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 7 }}>
        <ChartCard
          title={t("techTransfer.byTown")}
          subtitle={scope}
          loading={loading}
          empty={towns.length === 0}
          emptyText={t("techTransfer.empty")}
          height={340}
        >
          <BarChart
            horizontal
            categories={towns.map((r) => r.label[lang])}
            series={[
              { name: t("techTransfer.needs"), data: towns.map((r) => r.needs) },
              { name: t("techTransfer.needsMatched"), data: towns.map((r) => r.needsMatched) },
              { name: t("techTransfer.projects"), data: towns.map((r) => r.projects) },
            ]}
          />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <ChartCard
          title={t("techTransfer.byField")}
          subtitle={scope}
          loading={loading}
          empty={fields.length === 0}
          emptyText={t("techTransfer.empty")}
          height={340}
        >
          <BarChart
            horizontal
            categories={fields.map((r) => r.label[lang])}
            series={[{ name: t("techTransfer.contractWan"), data: fields.map((r) => wan(r.contractFen)) }]}
          />
        </ChartCard>
      </Grid>
    </Grid>
  );
}

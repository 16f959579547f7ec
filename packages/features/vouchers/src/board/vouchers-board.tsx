import { useTranslate } from "@refinedev/core";
import Grid from "@mui/material/Grid2";
import { BarChart, ChartCard, formatFen, StatCard } from "@qifu/ui";
import { boardFigures, featureBoardRpc, useBoardLang, type TFiguresView } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { vouchersRouters } from "../server";
import type { TVoucherStats } from "../schemas";

const { api, useBoardQuery } = featureBoardRpc<typeof vouchersRouters>();
const yuan = (fen: number) => Math.round(fen) / 100;

const useStats = () => useBoardQuery(api.voucherStats.stats, {}).query;

function Cards({ s, loading }: { s: TVoucherStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const scope = s?.scope[lang];
  const card = (label: string, fen: number | undefined, hint?: string, tone?: "success") => (
    <Grid size={{ xs: 12, sm: 6, md: 3 }}>
      <StatCard
        label={label}
        value={fen === undefined ? "—" : formatFen(fen, lang)}
        hint={hint}
        loading={loading}
        scope={scope}
        tone={tone}
      />
    </Grid>
  );
  return (
    <Grid container spacing={2} data-testid="vouchers-board-cards">
      {card(t("vouchers.issued"), s?.issuedFen, s?.budgetFen ? t("vouchers.budget", { value: formatFen(s.budgetFen, lang) }) : undefined)}
      {card(t("vouchers.redeemed"), s?.redeemedFen)}
      {card(t("vouchers.confirmed"), s?.confirmedFen, s?.averageRating ? t("vouchers.rating", { value: s.averageRating }) : undefined)}
      {card(t("vouchers.settled"), s?.settledFen, undefined, "success")}
    </Grid>
  );
}

const figures = boardFigures({ ns: "vouchers", path: "/vouchers", useStats, Cards });
export const VouchersHomeSection = figures.HomeSection;

/** 服务券 on the board: amounts by town, node and category (in the caller's scope), and the ratings. */
export function VouchersBoardPage() {
  return <figures.Page>{(view) => <Charts {...view} />}</figures.Page>;
}

function Charts({ s, scope, loading }: TFiguresView<TVoucherStats>) {
  const t = useTranslate();
  const series = (rows: TVoucherStats["byTown"], withIssued: boolean) => [
    ...(withIssued ? [{ name: t("vouchers.issued"), data: rows.map((r) => yuan(r.issuedFen)) }] : []),
    { name: t("vouchers.redeemed"), data: rows.map((r) => yuan(r.redeemedFen)) },
    { name: t("vouchers.confirmed"), data: rows.map((r) => yuan(r.confirmedFen)) },
    { name: t("vouchers.settled"), data: rows.map((r) => yuan(r.settledFen)) },
  ];
  const chart = (title: string, rows: TVoucherStats["byTown"], withIssued = false, md = 6) => (
    <Grid size={{ xs: 12, md }}>
      <ChartCard
        title={title}
        subtitle={scope}
        loading={loading}
        empty={rows.length === 0}
        emptyText={t("vouchers.empty")}
        height={Math.max(260, rows.length * 44 + 80)}
      >
        <BarChart horizontal categories={rows.map((r) => r.name)} series={series(rows, withIssued)} />
      </ChartCard>
    </Grid>
  );
  return (
    <Grid container spacing={2}>
      {chart(t("vouchers.byTown"), s?.byTown ?? [], true)}
      {chart(t("vouchers.byNode"), s?.byNode ?? [])}
      {chart(t("vouchers.byCategory"), s?.byCategory ?? [])}
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard
          title={t("vouchers.ratings")}
          subtitle={scope}
          loading={loading}
          empty={!s?.ratings.some((r) => r.count)}
          emptyText={t("vouchers.empty")}
          height={260}
        >
          <BarChart
            categories={(s?.ratings ?? []).map((r) => t("vouchers.stars", { n: r.stars }))}
            series={[{ name: t("vouchers.ratingCount"), data: (s?.ratings ?? []).map((r) => r.count) }]}
          />
        </ChartCard>
      </Grid>
    </Grid>
  );
}

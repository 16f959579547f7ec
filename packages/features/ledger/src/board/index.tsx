import AssignmentTurnedInOutlined from "@mui/icons-material/AssignmentTurnedInOutlined";
import { useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import { shanghaiYear } from "@qifu/domain";
import { ErrorState, PageHeading } from "@qifu/ui";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { ledgerRouters } from "../server";
import { LEDGER_TOP_NODES } from "../schemas";
import { LedgerFigures, ledgerStatsMessages } from "../shared/ledger-figures";

const { api, useBoardQuery } = featureBoardRpc<typeof ledgerRouters>();

/** ledger.stats through the board's data provider (refine's `custom`); scoped on the server. */
function useLedgerStats(year: number) {
  const { query } = useBoardQuery(api.ledger.stats, { year, topNodes: LEDGER_TOP_NODES });
  return { stats: query.data?.data, loading: query.isLoading, error: query.error, refetch: query.refetch };
}

function Figures({ year }: { year: number }) {
  const t = useTranslate();
  const { stats, loading, error, refetch } = useLedgerStats(year);
  if (error && !stats) return <ErrorState message={error.message} onRetry={() => void refetch()} />;
  return <LedgerFigures stats={stats} loading={loading} t={(k) => t(`ledger.stats.${k}`)} />;
}

/** The ledger's page on the board: enterprise-times vs 10,000, online share vs 50 %, satisfaction vs 90 %. */
export function LedgerBoardPage() {
  const t = useTranslate();
  // the ledger's year is the Shanghai year, whatever the wall board's clock zone
  const year = shanghaiYear(new Date());
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <PageHeading title={t("ledger.stats.title")} subtitle={t("ledger.stats.subtitle")} />
      <Figures year={year} />
    </Box>
  );
}

function LedgerHomeSection({ year }: { year: number }) {
  const t = useTranslate();
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 1 }}>
      <PageHeading title={t("ledger.stats.title")} />
      <Figures year={year} />
    </Box>
  );
}

export const boardFeature: TBoardFeature = {
  name: "ledger",
  requires: pathOf(api.ledger.stats),
  resources: [{ name: "ledger", list: "/ledger", meta: { icon: <AssignmentTurnedInOutlined /> } }],
  routes: [{ path: "/ledger", Component: LedgerBoardPage }],
  messages: {
    zh: { ledger: { ledger: "服务台账", titles: { list: "服务台账" }, stats: ledgerStatsMessages.zh } },
    en: { ledger: { ledger: "Service ledger", titles: { list: "Service ledger" }, stats: ledgerStatsMessages.en } },
  },
  homeSections: [{ key: "ledger-figures", order: 20, Component: LedgerHomeSection }],
};

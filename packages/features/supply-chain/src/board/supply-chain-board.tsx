import { useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Grid from "@mui/material/Grid2";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { BarChart, ChartCard, ErrorState, formatFen, PageHeading, StatCard, StatusChip } from "@qifu/ui";
import { featureBoardRpc, useBoardLang } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { supplyChainRouters } from "../server";
import { KeyChain, type TSupplyChainStats } from "../schemas";

const { api, useBoardQuery } = featureBoardRpc<typeof supplyChainRouters>();
const wan = (fen: number) => Math.round(fen / 10_000) / 100;
const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 1000) / 10}%`);

/** The headline tiles: postings, contacts, deals, and the local supporting rate with its formula. */
export function SupplyChainTiles({ s, loading }: { s: TSupplyChainStats | undefined; loading: boolean }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const scope = s?.scope[lang];
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <StatCard
          label={t("supplyChain.board.postings")}
          value={s?.total.postings ?? "—"}
          hint={s ? t("supplyChain.board.postingsHint", { supplies: s.total.supplies, demands: s.total.demands }) : undefined}
          loading={loading}
          scope={scope}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <StatCard
          label={t("supplyChain.board.matches")}
          value={s?.total.matches ?? "—"}
          hint={s ? t("supplyChain.board.matchesHint", { visits: s.visits, lists: s.lists }) : undefined}
          loading={loading}
          scope={scope}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <Box data-testid="supply-chain-deal-amount">
          <StatCard
            label={t("supplyChain.board.deals")}
            value={s ? formatFen(s.total.amountFen, lang) : "—"}
            hint={s ? t("supplyChain.board.dealsHint", { deals: s.total.deals }) : undefined}
            tone="success"
            loading={loading}
            scope={scope}
          />
        </Box>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <StatCard
          label={t("supplyChain.board.localRate")}
          value={s ? pct(s.localRate) : "—"}
          hint={s ? t("supplyChain.board.localRateFormula", { local: s.total.localDeals, deals: s.total.deals }) : undefined}
          loading={loading}
          scope={scope}
        />
      </Grid>
    </Grid>
  );
}

/** 配套协作 on the board: the figures in the caller's scope (the district, or a town), by chain and by link. */
export function SupplyChainBoardPage() {
  const t = useTranslate();
  const lang = useBoardLang();
  const { query } = useBoardQuery(api.supplyChain.stats, {});
  const s = query.data?.data;
  const scope = s?.scope[lang];
  if (query.error) return <ErrorState message={query.error.message} onRetry={() => query.refetch()} />;
  const chains = (s?.byChain ?? []).filter((c) => c.deals > 0 || c.postings > 0);
  return (
    <Box sx={{ display: "grid", gap: 2 }}>
      <PageHeading title={t("supplyChain.board.title")} subtitle={t("supplyChain.board.subtitle")} />
      <SupplyChainTiles s={s} loading={query.isLoading} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <ChartCard
            title={t("supplyChain.board.byChain")}
            subtitle={scope}
            loading={query.isLoading}
            empty={chains.length === 0}
            emptyText={t("supplyChain.board.empty")}
            height={300}
          >
            <BarChart
              horizontal
              categories={chains.map((c) => KeyChain.label(c.chain, lang))}
              series={[{ name: t("supplyChain.board.amountWan"), data: chains.map((c) => wan(c.amountFen)) }]}
            />
          </ChartCard>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Card variant="outlined" data-testid="supply-chain-by-link">
            <CardContent>
              <Typography variant="subtitle1">{t("supplyChain.board.byLink")}</Typography>
              <Typography variant="caption" color="text.secondary">
                {scope}
              </Typography>
              <Box sx={{ overflowX: "auto" }}>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t("supplyChain.board.link")}</TableCell>
                      <TableCell align="right">{t("supplyChain.board.postings")}</TableCell>
                      <TableCell align="right">{t("supplyChain.board.matches")}</TableCell>
                      <TableCell align="right">{t("supplyChain.board.dealCount")}</TableCell>
                      <TableCell align="right">{t("supplyChain.board.deals")}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {(s?.byLink ?? []).map((l) => (
                      <TableRow key={`${l.clusterId}|${l.linkKey}`}>
                        <TableCell>
                          <Box sx={{ display: "flex", gap: 0.75, alignItems: "center", flexWrap: "wrap" }}>
                            <span>
                              {KeyChain.label(l.chain, lang)} · {l.linkName}
                            </span>
                            {l.filled && <StatusChip label={t("supplyChain.board.filled")} tone="success" />}
                          </Box>
                        </TableCell>
                        <TableCell align="right">{l.postings}</TableCell>
                        <TableCell align="right">{l.matches}</TableCell>
                        <TableCell align="right">{l.deals}</TableCell>
                        <TableCell align="right">{formatFen(l.amountFen, lang)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </Box>
  );
}

/** The board's home page: the four tiles. */
export function SupplyChainHomeSection() {
  const t = useTranslate();
  const { query } = useBoardQuery(api.supplyChain.stats, {});
  return (
    <Box sx={{ display: "grid", gap: 1 }}>
      <Typography variant="h6" component="h2">
        {t("supplyChain.board.title")}
      </Typography>
      <SupplyChainTiles s={query.data?.data} loading={query.isLoading} />
    </Box>
  );
}

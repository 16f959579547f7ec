import type { ReactNode } from "react";
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
import { shanghaiYear } from "@qifu/domain";
import { BarChart, ChartCard, ErrorState, formatFen, PageHeading, StatCard } from "@qifu/ui";
import { featureBoardRpc, useBoardLang } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { financingRouters } from "../server";
import type { TAmounts } from "../schemas";

const { api, useBoardQuery } = featureBoardRpc<typeof financingRouters>();
const wan = (fen: number) => Math.round(fen / 10_000) / 100;

function AmountsChart({ title, rows, scope, loading }: { title: string; rows: TAmounts[]; scope?: string; loading: boolean }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const shown = rows.filter((r) => r.needs > 0);
  return (
    <ChartCard title={title} subtitle={scope} loading={loading} empty={shown.length === 0} emptyText={t("financing.empty")} height={320}>
      <BarChart
        horizontal
        categories={shown.map((r) => r.label[lang])}
        series={[
          { name: t("financing.asked"), data: shown.map((r) => wan(r.askedFen)) },
          { name: t("financing.approved"), data: shown.map((r) => wan(r.approvedFen)) },
          { name: t("financing.granted"), data: shown.map((r) => wan(r.grantedFen)) },
        ]}
      />
    </ChartCard>
  );
}

/** 融资促进 on the board: needs and amounts of the year in the caller's scope (the district, or a town). */
export function FinancingBoardPage() {
  const t = useTranslate();
  const lang = useBoardLang();
  const year = shanghaiYear(new Date());
  const { query } = useBoardQuery(api.financingStats.summary, { year });
  const s = query.data?.data;
  const scope = s?.scope[lang];
  if (query.error) return <ErrorState message={query.error.message} onRetry={() => query.refetch()} />;
  return (
    <Box sx={{ display: "grid", gap: 2 }}>
      <PageHeading title={t("financing.title")} subtitle={t("financing.subtitle")} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <StatCard label={t("financing.needs")} value={s?.total.needs ?? "—"} loading={query.isLoading} scope={scope} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <StatCard
            label={t("financing.asked")}
            value={s ? formatFen(s.total.askedFen, lang) : "—"}
            hint={s ? `${t("financing.approved")} ${formatFen(s.total.approvedFen, lang)}` : undefined}
            loading={query.isLoading}
            scope={scope}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <StatCard
            label={t("financing.granted")}
            value={s ? formatFen(s.total.grantedFen, lang) : "—"}
            hint={s ? t("financing.investments", { amount: formatFen(s.investmentsFen, lang) }) : undefined}
            tone="success"
            loading={query.isLoading}
            scope={scope}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <StatCard
            label={t("financing.days")}
            value={s?.daysToGrant.average === null || !s ? "—" : Math.round(s.daysToGrant.average * 10) / 10}
            unit={s?.daysToGrant.average === null ? undefined : lang === "zh" ? "天" : "days"}
            hint={
              s && s.daysToGrant.count
                ? t("financing.daysHint", { median: s.daysToGrant.median, count: s.daysToGrant.count })
                : t("financing.noGrant")
            }
            loading={query.isLoading}
            scope={scope}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <AmountsChart title={t("financing.byTown")} rows={s?.byTown ?? []} scope={scope} loading={query.isLoading} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <AmountsChart title={t("financing.byTier")} rows={s?.byTier ?? []} scope={scope} loading={query.isLoading} />
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <AmountsTable
            testId="financing-by-institution"
            title={t("financing.byInstitution")}
            scope={scope}
            first={t("financing.institution")}
            rows={s?.byInstitution ?? []}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <ChartCard title={t("financing.schemes")} loading={query.isLoading} empty={!s?.schemes.length} height={260}>
            <BarChart
              horizontal
              stacked
              categories={(s?.schemes ?? []).map((x) => x.name)}
              series={[
                { name: t("financing.used"), data: (s?.schemes ?? []).map((x) => wan(x.usedFen)) },
                { name: t("financing.left"), data: (s?.schemes ?? []).map((x) => wan(x.quotaFen - x.usedFen)), color: "#cfd8dc" },
              ]}
            />
          </ChartCard>
        </Grid>
        <Grid size={12}>
          <AmountsTable
            testId="financing-events"
            title={t("financing.events")}
            scope={[scope, t("financing.eventsHint")].filter(Boolean).join(" · ")}
            first={t("financing.event")}
            rows={s?.events ?? []}
            extra={[
              { header: t("financing.eventOn"), value: (r) => r.startsOn },
              { header: t("financing.attended"), value: (r) => r.attended },
            ]}
          />
        </Grid>
      </Grid>
    </Box>
  );
}

type TAmountsRow = TAmounts;

/** Needs and amounts per row (an institution, a matchmaking event), with the row's own columns before them. */
function AmountsTable<R extends TAmountsRow>({
  testId,
  title,
  scope,
  first,
  rows,
  extra = [],
}: {
  testId: string;
  title: string;
  scope?: string;
  first: string;
  rows: readonly R[];
  extra?: { header: string; value: (r: R) => ReactNode }[];
}) {
  const t = useTranslate();
  const lang = useBoardLang();
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1">{title}</Typography>
        <Typography variant="caption" color="text.secondary">
          {scope}
        </Typography>
        {rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
            {t("financing.empty")}
          </Typography>
        ) : (
          <Box sx={{ overflowX: "auto" }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{first}</TableCell>
                  {extra.map((c) => (
                    <TableCell key={c.header}>{c.header}</TableCell>
                  ))}
                  <TableCell align="right">{t("financing.needs")}</TableCell>
                  <TableCell align="right">{t("financing.asked")}</TableCell>
                  <TableCell align="right">{t("financing.approved")}</TableCell>
                  <TableCell align="right">{t("financing.granted")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.key}>
                    <TableCell>{r.label[lang]}</TableCell>
                    {extra.map((c) => (
                      <TableCell key={c.header}>{c.value(r)}</TableCell>
                    ))}
                    <TableCell align="right">{r.needs}</TableCell>
                    <TableCell align="right">{formatFen(r.askedFen, lang)}</TableCell>
                    <TableCell align="right">{formatFen(r.approvedFen, lang)}</TableCell>
                    <TableCell align="right">{formatFen(r.grantedFen, lang)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

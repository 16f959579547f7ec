import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { BarChart, ChartCard, formatNumber, LineChart, StatCard, TargetProgress } from "@qifu/ui";
import { LEDGER_TOP_NODES, type TLedgerStats } from "../schemas";

/** The words of the figures, the same keys in the admin console and on the board (`ledger.stats.*`). */
export const ledgerStatsMessages = {
  zh: {
    title: "服务台账统计",
    subtitle: "服务企业家次、服务企业数、线上占比与满意度，按镇街、节点和月份",
    times: "服务企业家次",
    enterprises: "服务企业数（去重）",
    online: "线上服务占比",
    satisfaction: "服务满意度",
    target_times: "年度目标：服务企业家次",
    target_online: "年度目标：线上服务占比",
    target_sat: "年度目标：服务满意度",
    target_line: "目标",
    col_times: "家次",
    col_ents: "企业数",
    col_online: "线上占比",
    col_sat: "满意度",
    by_month: "逐月服务家次",
    by_month_sub: "线上与线下",
    by_town: "各镇街服务家次",
    by_town_sub: "本年度",
    by_node: "服务家次最多的节点",
    satisfaction_month: "逐月满意度（%）",
    online_series: "线上",
    offline_series: "线下",
    satisfaction_series: "满意度",
    year: "年度",
    node: "节点",
    town: "镇街",
    none: "本年度还没有服务记录",
    unit_times: "家次",
    unit_ents: "家",
    month_before: "",
    month_after: "月",
    no_rating: "暂无评价",
  },
  en: {
    title: "Service ledger figures",
    subtitle: "Enterprise-times, enterprises served, online share and satisfaction by town, node and month",
    times: "Enterprise-times",
    enterprises: "Enterprises served (distinct)",
    online: "Online share",
    satisfaction: "Satisfaction",
    target_times: "Annual target: enterprise-times",
    target_online: "Annual target: online share",
    target_sat: "Annual target: satisfaction",
    target_line: "Target",
    col_times: "Times",
    col_ents: "Firms",
    col_online: "Online",
    col_sat: "Satisfied",
    by_month: "Enterprise-times by month",
    by_month_sub: "Online and offline",
    by_town: "Enterprise-times by town",
    by_town_sub: "This year",
    by_node: "Busiest nodes",
    satisfaction_month: "Satisfaction by month (%)",
    online_series: "Online",
    offline_series: "Offline",
    satisfaction_series: "Satisfaction",
    year: "Year",
    node: "Node",
    town: "Town",
    none: "No services recorded this year",
    unit_times: "times",
    unit_ents: "",
    month_before: "M",
    month_after: "",
    no_rating: "no ratings",
  },
};
type TKey = keyof (typeof ledgerStatsMessages)["zh"];
const pct = (x: number | null) => (x == null ? "—" : `${Math.round(x * 1000) / 10}`);

/**
 * The ledger's figures against their targets, month by month, by town and node. Used by the
 * admin console's page and the board; `t` translates `ledger.stats.<key>` in either.
 */
export function LedgerFigures({
  stats,
  loading,
  t,
  townLabel,
}: {
  stats: TLedgerStats | undefined;
  loading: boolean;
  t: (key: TKey) => string;
  townLabel?: (name: string) => string;
}) {
  const total = stats?.total;
  const targets = stats?.targets;
  const months = (stats?.byMonth ?? []).map((m) => `${t("month_before")}${m.month}${t("month_after")}`);
  const towns = (stats?.byTown ?? []).filter((r) => r.enterpriseTimes > 0 || (stats?.byTown.length ?? 0) <= 13);
  return (
    <Box sx={{ display: "grid", gap: 2 }}>
      <Box
        sx={{
          display: "grid",
          gap: 2,
          gridTemplateColumns: { xs: "1fr", sm: "repeat(2, minmax(0, 1fr))", lg: "repeat(4, minmax(0, 1fr))" },
        }}
      >
        <StatCard label={t("times")} value={formatNumber(total?.enterpriseTimes ?? 0)} unit={t("unit_times")} loading={loading} />
        <StatCard
          label={t("enterprises")}
          value={formatNumber(total?.enterprises ?? 0)}
          unit={t("unit_ents")}
          tone="success"
          loading={loading}
        />
        <StatCard
          label={t("online")}
          value={pct(total?.onlineShare ?? null)}
          unit="%"
          tone={(total?.onlineShare ?? 0) >= 0.5 ? "success" : "warning"}
          loading={loading}
        />
        <StatCard
          label={t("satisfaction")}
          value={pct(total?.satisfaction ?? null)}
          unit="%"
          hint={total?.satisfaction == null ? t("no_rating") : undefined}
          tone={(total?.satisfaction ?? 0) >= 0.9 ? "success" : "warning"}
          loading={loading}
        />
      </Box>
      <Card sx={{ p: { xs: 2, sm: 2.5 }, display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr", md: "repeat(3, minmax(0, 1fr))" } }}>
        <TargetProgress
          label={t("target_times")}
          actual={total?.enterpriseTimes ?? 0}
          target={targets?.enterpriseTimes ?? null}
          kind="flow"
          unit={t("unit_times")}
          year={stats?.year}
          loading={loading}
        />
        <TargetProgress
          label={t("target_online")}
          actual={Number(pct(total?.onlineShare ?? 0))}
          target={targets?.onlineShare ?? null}
          unit="%"
          year={stats?.year}
          loading={loading}
        />
        <TargetProgress
          label={t("target_sat")}
          actual={Number(pct(total?.satisfaction ?? 0))}
          target={targets?.satisfaction ?? null}
          unit="%"
          year={stats?.year}
          loading={loading}
        />
      </Card>
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", lg: "3fr 2fr" } }}>
        <ChartCard
          title={t("by_month")}
          subtitle={t("by_month_sub")}
          loading={loading}
          empty={!loading && !total?.enterpriseTimes}
          emptyText={t("none")}
          height={300}
        >
          <BarChart
            categories={months}
            stacked
            height={300}
            series={[
              { name: t("online_series"), data: (stats?.byMonth ?? []).map((m) => m.online) },
              { name: t("offline_series"), data: (stats?.byMonth ?? []).map((m) => m.enterpriseTimes - m.online) },
            ]}
          />
        </ChartCard>
        <ChartCard title={t("satisfaction_month")} loading={loading} empty={!loading && !total?.rated} emptyText={t("none")} height={300}>
          <LineChart
            categories={months}
            height={300}
            series={[
              {
                name: t("satisfaction_series"),
                data: (stats?.byMonth ?? []).map((m) => (m.satisfaction == null ? Number.NaN : Math.round(m.satisfaction * 1000) / 10)),
              },
            ]}
            markLine={targets?.satisfaction ? { value: targets.satisfaction, label: t("target_line") } : undefined}
          />
        </ChartCard>
      </Box>
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", lg: "1fr 1fr" } }}>
        <ChartCard
          title={t("by_town")}
          subtitle={t("by_town_sub")}
          loading={loading}
          empty={!loading && !total?.enterpriseTimes}
          emptyText={t("none")}
        >
          <BarChart
            horizontal
            categories={towns.map((r) => townLabel?.(r.townName) ?? r.townName)}
            series={[{ name: t("times"), data: towns.map((r) => r.enterpriseTimes) }]}
          />
        </ChartCard>
        <Card sx={{ p: { xs: 2, sm: 2.5 }, overflowX: "auto" }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
            {t("by_node")}
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                {/* short headings that fit their number column on one line */}
                <TableCell>{t("node")}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                  {t("col_times")}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                  {t("col_ents")}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                  {t("col_online")}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                  {t("col_sat")}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(stats?.byNode ?? []).slice(0, LEDGER_TOP_NODES).map((n) => (
                <TableRow key={n.nodeId}>
                  <TableCell sx={{ maxWidth: 260 }}>
                    {n.nodeName}
                    <Typography variant="caption" display="block" color="text.secondary">
                      {n.townName ?? ""}
                    </Typography>
                  </TableCell>
                  <TableCell align="right">{formatNumber(n.enterpriseTimes)}</TableCell>
                  <TableCell align="right">{formatNumber(n.enterprises)}</TableCell>
                  <TableCell align="right">{pct(n.onlineShare)}%</TableCell>
                  <TableCell align="right">{n.satisfaction == null ? "—" : `${pct(n.satisfaction)}%`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      </Box>
    </Box>
  );
}

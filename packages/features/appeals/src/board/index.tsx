import { useState } from "react";
import LeaderboardOutlined from "@mui/icons-material/LeaderboardOutlined";
import { useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import Alert from "@mui/material/Alert";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import MenuItem from "@mui/material/MenuItem";
import Tab from "@mui/material/Tab";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Tabs from "@mui/material/Tabs";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { BarChart, ChartCard, EmptyState, ErrorState, LoadingState, PageHeading } from "@qifu/ui";
import { featureBoardRpc, pathOf, type TBoardFeature } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { appealsRouters } from "../server";
import type { TRankingRow } from "../schemas";
import { shanghaiYear } from "@qifu/domain";
import { AppealsOverviewTile, appealsOverviewMessages } from "./overview";

const zh = {
  appealAssessment: "诉求考核排名",
  titles: { list: "诉求考核排名" },
  rank: {
    title: "暖企专员诉求办理考核",
    subtitle: "按期间、可配置权重计算；每项得分背后的数据逐列列出",
    period: "考核期间",
    units: "承办单位",
    commissioners: "暖企专员",
    chart: "综合得分",
    cols: {
      rank: "名次",
      name: "名称",
      appeals: "诉求数",
      avgResponseHours: "平均响应（工作小时）",
      onTimeRate: "按时办结率",
      resolutionRate: "实际解决率",
      satisfactionAvg: "满意度（均分）",
      reopenRate: "重办率",
      hardBoneSolved: "解决硬骨头",
      bonusPoints: "加分",
      total: "综合得分",
    },
    weights: "权重",
    source: { PERIOD: "本期间设定", YEAR: "沿用全年设定", DEFAULT: "默认权重" },
    weight: {
      responseTime: "响应时效",
      onTime: "按时办结",
      resolution: "实际解决",
      satisfaction: "满意度",
      reopen: "重办",
      bonus: "硬骨头加分（每分）",
    },
    empty: "该期间没有诉求",
    emptyHint: "换一个考核期间看看。",
    minCases: "案件少于{{n}}件，不参与排名",
    unranked: "不参与排名",
  },
};
type TMsgs = typeof zh;
const en: TMsgs = {
  appealAssessment: "Appeal assessment",
  titles: { list: "Appeal assessment" },
  rank: {
    title: "Appeal handling assessment",
    subtitle: "Per period, with configurable weights; every figure behind a score is listed",
    period: "Period",
    units: "Handling units",
    commissioners: "Commissioners",
    chart: "Total score",
    cols: {
      rank: "Rank",
      name: "Name",
      appeals: "Appeals",
      avgResponseHours: "Avg response (working h)",
      onTimeRate: "On time",
      resolutionRate: "Solved",
      satisfactionAvg: "Satisfaction (avg)",
      reopenRate: "Reopened",
      hardBoneSolved: "Hard-bone solved",
      bonusPoints: "Bonus",
      total: "Total",
    },
    weights: "Weights",
    source: { PERIOD: "set for this period", YEAR: "the year's", DEFAULT: "defaults" },
    weight: {
      responseTime: "response time",
      onTime: "on time",
      resolution: "solved",
      satisfaction: "satisfaction",
      reopen: "reopened",
      bonus: "hard-bone bonus (per point)",
    },
    empty: "No appeals in this period",
    emptyHint: "Try another period.",
    minCases: "Fewer than {{n}} appeals: not ranked",
    unranked: "not ranked",
  },
};

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null, d = 1) => (x === null ? "—" : x.toFixed(d));

function periods(): string[] {
  const y = shanghaiYear(new Date());
  return [String(y), `${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`, String(y - 1), `${y - 1}-Q4`];
}

function RankingTable({ rows }: { rows: TRankingRow[] }) {
  const t = useTranslate();
  const cols = [
    "rank",
    "name",
    "appeals",
    "avgResponseHours",
    "onTimeRate",
    "resolutionRate",
    "satisfactionAvg",
    "reopenRate",
    "hardBoneSolved",
    "bonusPoints",
    "total",
  ] as const;
  const cell = (r: TRankingRow, c: (typeof cols)[number]) => {
    switch (c) {
      case "avgResponseHours":
        return `${num(r.avgResponseHours)}（${r.scores.responseTime}）`;
      case "onTimeRate":
        return `${pct(r.onTimeRate)} ${r.onTime}/${r.due}`;
      case "resolutionRate":
        return `${pct(r.resolutionRate)} ${r.resolved}/${r.answered}`;
      case "satisfactionAvg":
        return `${num(r.satisfactionAvg, 2)}（${r.rated}）`;
      case "reopenRate":
        return `${pct(r.reopenRate)} ${r.reopened}/${r.answered}`;
      case "rank":
        return r.rank ?? <Chip size="small" variant="outlined" label={t("appealAssessment.rank.unranked")} />;
      case "total":
        return <b>{r.total.toFixed(2)}</b>;
      default:
        return String(r[c]);
    }
  };
  return (
    <TableContainer>
      <Table size="small">
        <TableHead>
          <TableRow>
            {cols.map((c) => (
              <TableCell key={c} sx={{ whiteSpace: "nowrap" }}>
                {t(`appealAssessment.rank.cols.${c}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow
              key={r.key}
              sx={{
                color: r.rank === null ? "text.secondary" : undefined,
                "& td": { color: r.rank === null ? "text.secondary" : undefined },
              }}
            >
              {cols.map((c) => (
                <TableCell key={c} sx={{ whiteSpace: c === "name" ? "normal" : "nowrap" }}>
                  {cell(r, c)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

const { api, useBoardQuery } = featureBoardRpc<typeof appealsRouters>();

/** The assessment board: ranking of units and commissioners for a period, each figure behind it, and a chart. */
export function AssessmentBoardPage() {
  const t = useTranslate();
  const [period, setPeriod] = useState(String(shanghaiYear(new Date())));
  const [tab, setTab] = useState<"units" | "commissioners">("units");
  const { query } = useBoardQuery(api.appealAssessment.ranking, { period });
  const data = query.data?.data;
  const rows = data?.[tab] ?? [];
  const rankedRows = rows.filter((r) => r.rank !== null);
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <PageHeading
        title={t("appealAssessment.rank.title")}
        subtitle={t("appealAssessment.rank.subtitle")}
        actions={
          <TextField
            select
            size="small"
            label={t("appealAssessment.rank.period")}
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            sx={{ minWidth: 140 }}
          >
            {periods().map((p) => (
              <MenuItem key={p} value={p}>
                {p}
              </MenuItem>
            ))}
          </TextField>
        }
      />
      <Tabs value={tab} onChange={(_, v) => setTab(v)}>
        <Tab value="units" label={t("appealAssessment.rank.units")} />
        <Tab value="commissioners" label={t("appealAssessment.rank.commissioners")} />
      </Tabs>
      {query.error && !data ? (
        <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />
      ) : query.isLoading ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <Card>
          <EmptyState title={t("appealAssessment.rank.empty")} description={t("appealAssessment.rank.emptyHint")} />
        </Card>
      ) : (
        <>
          {data && data.weights.minCases > 0 && (
            <Alert severity="info">{t("appealAssessment.rank.minCases", { n: data.weights.minCases })}</Alert>
          )}
          {rankedRows.length > 0 && (
            <ChartCard title={t("appealAssessment.rank.chart")}>
              <BarChart
                horizontal
                categories={rankedRows.map((r) => r.name)}
                series={[{ name: t("appealAssessment.rank.chart"), data: rankedRows.map((r) => r.total) }]}
              />
            </ChartCard>
          )}
          <Card>
            <RankingTable rows={rows} />
          </Card>
          {data && (
            <Typography variant="caption" color="text.secondary">
              {t("appealAssessment.rank.weights")}（{t(`appealAssessment.rank.source.${data.weights.source}`)}）：
              {(["responseTime", "onTime", "resolution", "satisfaction", "reopen", "bonus"] as const)
                .map((k) => `${t(`appealAssessment.rank.weight.${k}`)} ${data.weights[k]}`)
                .join(" · ")}
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}

export const boardFeature: TBoardFeature = {
  name: "appeals",
  requires: pathOf(api.appealAssessment.ranking),
  resources: [{ name: "appealAssessment", list: "/appeal-assessment", meta: { icon: <LeaderboardOutlined /> } }],
  routes: [{ path: "/appeal-assessment", Component: AssessmentBoardPage }],
  messages: {
    zh: { appealAssessment: { ...zh, overview: appealsOverviewMessages.zh } },
    en: { appealAssessment: { ...en, overview: appealsOverviewMessages.en } },
  },
  overview: [{ key: "appeals-overview", area: "side", order: 10, requires: pathOf(api.appeals.overview), Component: AppealsOverviewTile }],
};

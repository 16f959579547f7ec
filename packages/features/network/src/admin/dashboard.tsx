import {
  Button,
  EditButton,
  RecordContextProvider,
  ShowButton,
  useCreatePath,
  useGetIdentity,
  useGetOne,
  useRedirect,
  useTranslate,
} from "react-admin";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Typography from "@mui/material/Typography";
import AccountTreeOutlined from "@mui/icons-material/AccountTreeOutlined";
import CheckCircleOutline from "@mui/icons-material/CheckCircleOutline";
import LinkOutlined from "@mui/icons-material/LinkOutlined";
import FlagOutlined from "@mui/icons-material/FlagOutlined";
import {
  BarChart,
  ChartCard,
  EmptyState,
  ErrorState,
  LineChart,
  LoadingState,
  PageHeading,
  PieChart,
  StatCard,
  TargetProgress,
  formatDate,
  formatNumber,
  formatPercent,
} from "@qifu/ui";
import { NodeKind } from "@qifu/domain";
import type { TNetworkStats, TNode } from "../schemas";
import { activeShare, countLabel, countSlices, cumulativeYears, DISTRICT_ROW, nonEmpty, townActivitySeries } from "../stats-view";
import { CategoryChips, LevelChip, NodeStatusChip } from "./chips";
import { useLang } from "./i18n";
import { useIdentityTown, useRole } from "./layout";
import { api, useRpcQuery } from "./rpc";

/** Card height for the two upper charts; horizontal bar charts size themselves to their categories. */
const CHART_HEIGHT = 420;

function LinkedTargetCard({ stats, loading }: { stats: TNetworkStats | undefined; loading: boolean }) {
  const translate = useTranslate();
  const role = useRole();
  const createPath = useCreatePath();
  const redirect = useRedirect();
  const district = role === "DISTRICT_ADMIN";

  let body;
  if (loading || !stats) body = <TargetProgress label="" actual={0} target={0} loading />;
  else if (district && stats.linkedTarget)
    body = (
      <TargetProgress
        label={translate("network.dashboard.target_label", { year: stats.linkedTarget.year })}
        actual={stats.linkedPlatforms}
        target={stats.linkedTarget.value}
        year={stats.linkedTarget.year}
        unit={translate("network.dashboard.unit_nodes")}
      />
    );
  // those who are not district admins see scoped figures; the target is the district's, so it is shown as such
  else if (!district && role !== undefined && stats.linkedTarget)
    body = (
      <>
        <TargetProgress
          label={translate("network.dashboard.target_district_label", { year: stats.linkedTarget.year })}
          actual={stats.districtLinkedPlatforms}
          target={stats.linkedTarget.value}
          year={stats.linkedTarget.year}
          unit={translate("network.dashboard.unit_nodes")}
        />
        <Typography variant="caption" color="text.secondary">
          {translate("network.dashboard.target_town_note", { count: stats.linkedPlatforms })}
        </Typography>
      </>
    );
  else
    body = (
      <EmptyState
        compact
        title={translate("network.dashboard.no_target")}
        action={
          district ? (
            <Button label="network.dashboard.set_target" onClick={() => redirect(createPath({ resource: "targets", type: "create" }))} />
          ) : undefined
        }
      />
    );

  return (
    <Card
      sx={{
        p: { xs: 2, sm: 2.5 },
        height: "100%",
        borderTop: "3px solid",
        borderTopColor: "secondary.main",
        display: "flex",
        flexDirection: "column",
      }}
    >
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, color: "text.secondary" }}>
        <FlagOutlined fontSize="small" />
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {translate("network.dashboard.target_title")}
        </Typography>
      </Box>
      <Box sx={{ flex: 1, display: "flex", flexDirection: "column", justifyContent: "center" }}>{body}</Box>
    </Card>
  );
}

/** A node operator's home: their own node at a glance, and the district's target they contribute to. */
function OperatorHome() {
  const translate = useTranslate();
  const lang = useLang();
  const { identity } = useGetIdentity();
  const nodeId = (identity?.nodeId as string | null | undefined) ?? null;
  const { data: node, isPending, error } = useGetOne<TNode>("nodes", { id: nodeId ?? "" }, { enabled: !!nodeId });
  const { data: stats } = useRpcQuery(api.network.stats);

  return (
    <Box sx={{ py: 2, display: "flex", flexDirection: "column", gap: 2.5 }}>
      <PageHeading title={translate("network.dashboard.my_node")} subtitle={translate("network.dashboard.my_node_hint")} />
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", lg: "minmax(0, 2fr) minmax(0, 1fr)" } }}>
        <Card sx={{ p: { xs: 2, sm: 3 } }}>
          {error ? (
            <ErrorState message={error.message} />
          ) : isPending || !node ? (
            <LoadingState label={translate("network.dashboard.loading")} />
          ) : (
            <RecordContextProvider value={node}>
              <Box sx={{ display: "flex", gap: 2, alignItems: "flex-start", flexWrap: "wrap" }}>
                <Box sx={{ flex: 1, minWidth: 260 }}>
                  <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
                    {node.name}
                  </Typography>
                  <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", mb: 2 }}>
                    <Typography variant="body2" component="span" color="text.secondary">
                      {NodeKind.label(node.kind, lang)}
                      {node.townName ? ` · ${node.townName}` : ""}
                    </Typography>
                    <LevelChip level={node.recognitionLevel} lang={lang} />
                    <NodeStatusChip status={node.status} lang={lang} />
                  </Box>
                  <CategoryChips categories={node.serviceCategories} lang={lang} />
                </Box>
                <Box sx={{ display: "flex", gap: 1 }}>
                  <ShowButton resource="nodes" variant="outlined" />
                  <EditButton resource="nodes" variant="contained" label="network.dashboard.edit_profile" />
                </Box>
              </Box>
              <Box sx={{ display: "flex", gap: 4, mt: 2, pt: 2, borderTop: "1px solid", borderColor: "divider", flexWrap: "wrap" }}>
                <Typography variant="body2" color="text.secondary">
                  {translate("resources.nodes.fields.staffCount")}：<b>{formatNumber(node.staffCount, lang)}</b>
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {translate("resources.nodes.fields.linkedAt")}：
                  <b>{node.linkedAt ? formatDate(node.linkedAt, lang) : translate("network.nodes.linked_no")}</b>
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {translate("resources.nodes.fields.contactName")}：<b>{node.contactName ?? "—"}</b>
                </Typography>
              </Box>
            </RecordContextProvider>
          )}
        </Card>
        <LinkedTargetCard stats={stats} loading={!stats} />
      </Box>
    </Box>
  );
}

/** The admin console's home: the 1+12+N network in the caller's scope (the server counts within it). */
export function NetworkDashboard() {
  const role = useRole();
  return role === "NODE_OPERATOR" ? <OperatorHome /> : <NetworkOverview />;
}

function NetworkOverview() {
  const translate = useTranslate();
  const lang = useLang();
  const role = useRole();
  const { townName } = useIdentityTown();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const { data: stats, error, isPending, refetch } = useRpcQuery(api.network.stats);

  const subtitle =
    role === "TOWN_ADMIN"
      ? translate("network.dashboard.subtitle_town", { town: townName ?? "" })
      : role === "NODE_OPERATOR"
        ? translate("network.dashboard.subtitle_node")
        : translate("network.dashboard.subtitle_district");

  const openNodes = (filter: Record<string, string> = {}) =>
    redirect(`${createPath({ resource: "nodes", type: "list" })}?filter=${encodeURIComponent(JSON.stringify(filter))}`);

  if (error)
    return (
      <Card sx={{ mt: 2 }}>
        <ErrorState message={`${translate("network.dashboard.error")}：${error.message}`} onRetry={() => void refetch()} />
      </Card>
    );

  const loading = isPending || !stats;
  const towns = (stats?.byTown ?? []).filter((t) => t.count > 0 || t.key !== DISTRICT_ROW);
  const manyTowns = towns.length > 1;
  const kinds = nonEmpty(stats?.byKind ?? []);
  const levels = nonEmpty(stats?.byLevel ?? []);
  const linkedYears = cumulativeYears(stats?.linkedByYear ?? []);
  const target = role === "DISTRICT_ADMIN" ? stats?.linkedTarget : null;

  return (
    <Box sx={{ py: 2, display: "flex", flexDirection: "column", gap: 2.5 }}>
      <PageHeading
        title={translate("network.dashboard.title")}
        subtitle={subtitle}
        actions={
          // react-admin's Button takes its icon as children: on phones it becomes an icon button with this icon.
          <Button label="network.dashboard.view_nodes" variant="outlined" onClick={() => openNodes()}>
            <AccountTreeOutlined />
          </Button>
        }
      />

      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "repeat(2, 1fr)", lg: "repeat(3, 1fr) 1.5fr" } }}>
        <StatCard
          label={translate("network.dashboard.total_nodes")}
          value={stats?.totalNodes ?? 0}
          unit={translate("network.dashboard.unit_nodes")}
          hint={translate("network.dashboard.total_hint")}
          icon={<AccountTreeOutlined />}
          loading={loading}
        />
        <StatCard
          label={translate("network.dashboard.active_nodes")}
          value={stats?.activeNodes ?? 0}
          unit={translate("network.dashboard.unit_nodes")}
          hint={
            stats && stats.totalNodes
              ? translate("network.dashboard.active_hint", { percent: formatPercent(activeShare(stats)) })
              : undefined
          }
          icon={<CheckCircleOutline />}
          tone="success"
          loading={loading}
        />
        <StatCard
          label={translate("network.dashboard.linked_platforms")}
          value={stats?.linkedPlatforms ?? 0}
          unit={translate("network.dashboard.unit_nodes")}
          hint={translate("network.dashboard.linked_hint")}
          icon={<LinkOutlined />}
          tone="warning"
          loading={loading}
        />
        <LinkedTargetCard stats={stats} loading={loading} />
      </Box>

      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", lg: "repeat(2, minmax(0, 1fr))" } }}>
        {manyTowns || loading ? (
          <ChartCard
            title={translate("network.dashboard.by_town")}
            subtitle={translate("network.dashboard.by_town_hint")}
            loading={loading}
            empty={!towns.length}
            emptyText={translate("network.dashboard.empty")}
            height={CHART_HEIGHT}
          >
            <BarChart
              horizontal
              stacked
              categories={towns.map((t) => countLabel(t, lang))}
              series={townActivitySeries(towns, {
                active: translate("network.dashboard.series_active"),
                inactive: translate("network.dashboard.series_inactive"),
              })}
              onClickCategory={(_name, i) => towns[i] && towns[i].key !== DISTRICT_ROW && openNodes({ townId: towns[i].key })}
            />
          </ChartCard>
        ) : (
          <ChartCard
            title={translate("network.dashboard.by_status")}
            height={CHART_HEIGHT}
            empty={!stats?.byStatus.some((s) => s.count)}
            emptyText={translate("network.dashboard.empty")}
          >
            <PieChart donut height={CHART_HEIGHT} data={countSlices(stats?.byStatus ?? [], lang)} />
          </ChartCard>
        )}
        <ChartCard
          title={translate("network.dashboard.by_kind")}
          loading={loading}
          empty={!kinds.length}
          emptyText={translate("network.dashboard.empty")}
          height={CHART_HEIGHT}
        >
          <BarChart
            horizontal
            categories={kinds.map((k) => countLabel(k, lang))}
            series={[{ name: translate("network.dashboard.series_nodes"), data: kinds.map((k) => k.count) }]}
          />
        </ChartCard>
        <ChartCard
          title={translate("network.dashboard.by_level")}
          loading={loading}
          empty={!levels.length}
          emptyText={translate("network.dashboard.empty")}
        >
          <PieChart donut data={countSlices(levels, lang)} />
        </ChartCard>
        <ChartCard
          title={translate("network.dashboard.linked_by_year")}
          loading={loading}
          empty={!linkedYears.length}
          emptyText={translate("network.dashboard.empty")}
        >
          <LineChart
            area
            categories={linkedYears.map((y) => String(y.year))}
            series={[{ name: translate("network.dashboard.series_linked"), data: linkedYears.map((y) => y.count) }]}
            markLine={
              target ? { value: target.value, label: translate("network.dashboard.target_short", { year: target.year }) } : undefined
            }
          />
        </ChartCard>
      </Box>
    </Box>
  );
}

import { useNavigate } from "react-router";
import { BarChart, ChartCard } from "@qifu/ui";
import { NodeKind, type TNodeKind } from "@qifu/domain";
import type { TPublicOverview } from "../schemas";
import { useNetworkPublic } from "./context";
import { directoryHref } from "./paths";

/** Active nodes by kind; a bar opens the directory filtered by that kind. */
export function KindChart({ overview, loading }: { overview?: TPublicOverview; loading?: boolean }) {
  const { t, lang } = useNetworkPublic();
  const navigate = useNavigate();
  const rows = (overview?.byKind ?? []).filter((k) => k.count > 0);
  return (
    <ChartCard
      title={t.kindChartTitle}
      subtitle={t.kindChartSubtitle}
      loading={loading}
      empty={!loading && rows.length === 0}
      emptyText={t.emptyTitle}
      height={360}
    >
      <BarChart
        horizontal
        categories={rows.map((k) => NodeKind.label(k.key as TNodeKind, lang))}
        series={[{ name: t.nodesSeries, data: rows.map((k) => k.count) }]}
        onClickCategory={(_, i) => navigate(directoryHref({ kind: rows[i].key }))}
      />
    </ChartCard>
  );
}

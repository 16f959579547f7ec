import { lazy, Suspense, type ComponentProps } from "react";
import { ChartCard } from "@qifu/ui";
import { useNetworkPublic } from "./context";

// echarts is the largest part of the site: load it with the first chart, not with every page.
const KindChartImpl = lazy(() => import("./kind-chart").then((m) => ({ default: m.KindChart })));

export function KindChart(props: ComponentProps<typeof KindChartImpl>) {
  const { t } = useNetworkPublic();
  return (
    <Suspense
      fallback={
        <ChartCard title={t.kindChartTitle} subtitle={t.kindChartSubtitle} loading height={360}>
          {null}
        </ChartCard>
      }
    >
      <KindChartImpl {...props} />
    </Suspense>
  );
}

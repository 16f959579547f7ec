import { useCallback } from "react";
import { formatNumber } from "../format";
import { qifuPalette } from "../theme";
import { ChartFrame } from "./chart-frame";
import { baseOption } from "./chart-utils";
import type { QifuChartOption } from "./echarts-setup";

export interface PieChartProps {
  data: { name: string; value: number }[];
  height?: number;
  donut?: boolean;
}

interface PieParams {
  name: string;
  value: number;
  percent: number;
}

export function PieChart({ data, height = 300, donut = false }: PieChartProps) {
  // Zero slices draw nothing but pile their labels up at one angle.
  const slices = data.filter((d) => Number.isFinite(d.value) && d.value > 0);
  const empty = slices.length === 0;
  const dataKey = JSON.stringify(slices);

  const buildOption = useCallback(
    (width: number): QifuChartOption => {
      // Phones: no outside labels (they would be clipped); legend and tooltip carry the names.
      const narrow = width < 480;
      const outer = narrow ? "62%" : "68%";
      return {
        ...baseOption(),
        tooltip: {
          ...(baseOption().tooltip as object),
          trigger: "item",
          formatter: (raw: unknown) => {
            const p = raw as PieParams;
            return `${p.name}<br/><b>${formatNumber(p.value)}</b>（${p.percent.toFixed(1)}%）`;
          },
        },
        legend: { type: "scroll", bottom: 0, left: "center", itemWidth: 12, itemHeight: 12, textStyle: { fontSize: 12 } },
        series: [
          {
            type: "pie",
            data: slices,
            radius: donut ? [narrow ? "40%" : "45%", outer] : outer,
            center: ["50%", "45%"],
            avoidLabelOverlap: true,
            minShowLabelAngle: 4,
            itemStyle: { borderColor: "#fff", borderWidth: 2, borderRadius: donut ? 4 : 0 },
            label: narrow
              ? { show: false }
              : { show: true, formatter: "{b}  {d}%", color: qifuPalette.text, fontSize: 12, width: 110, overflow: "truncate", ellipsis: "…" },
            labelLine: { show: !narrow, length: 10, length2: 8 },
            emphasis: { scaleSize: 6 },
          },
        ],
      };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataKey, donut],
  );

  return <ChartFrame height={height} empty={empty} buildOption={buildOption} />;
}

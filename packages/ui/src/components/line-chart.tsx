import { useCallback } from "react";
import { formatNumber } from "../format";
import { qifuPalette } from "../theme";
import { ChartFrame } from "./chart-frame";
import { baseOption, categoryAxis, categoryAxisLabel, hasData, topLegend, valueAxis, valueAxisReserve } from "./chart-utils";
import type { ChartSeries } from "./bar-chart";
import type { QifuChartOption } from "./echarts-setup";

export interface LineChartProps {
  categories: string[];
  series: ChartSeries[];
  height?: number;
  /** Fill under the lines. */
  area?: boolean;
  /** A dashed horizontal line, e.g. the target to reach. */
  markLine?: { value: number; label: string };
}

export function LineChart({ categories, series, height = 300, area = false, markLine }: LineChartProps) {
  const empty = categories.length === 0 || !hasData(series);
  const dataKey = JSON.stringify([categories, series, markLine]);

  const buildOption = useCallback(
    (width: number): QifuChartOption => {
      const legend = series.length > 1;
      const slot = (width - valueAxisReserve) / Math.max(categories.length, 1);
      // echarts does not widen the axis for a mark line: make room for the target ourselves.
      const maxData = Math.max(0, ...series.flatMap((s) => s.data.filter(Number.isFinite)));
      const yMax = markLine && markLine.value > maxData ? niceCeil(markLine.value * 1.05) : undefined;
      return {
        ...baseOption(),
        legend: legend ? topLegend() : { show: false },
        tooltip: { ...(baseOption().tooltip as object), trigger: "axis" },
        grid: { left: 8, right: 20, top: legend ? 36 : 24, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
        xAxis: categoryAxis(categories, { boundaryGap: false, axisLabel: categoryAxisLabel(categories, slot) }) as QifuChartOption["xAxis"],
        yAxis: valueAxis(series, height - 40, yMax !== undefined ? { max: yMax } : undefined) as QifuChartOption["yAxis"],
        series: series.map((s, i) => ({
          type: "line",
          name: s.name,
          data: s.data,
          smooth: false,
          showSymbol: categories.length <= 24,
          symbolSize: 6,
          lineStyle: { width: 2 },
          areaStyle: area ? { opacity: series.length > 1 ? 0.08 : 0.15 } : undefined,
          emphasis: { focus: legend ? "series" : "none" },
          markLine:
            markLine && i === 0
              ? {
                  silent: true,
                  symbol: "none",
                  lineStyle: { type: "dashed", color: qifuPalette.danger, width: 1.5 },
                  label: {
                    formatter: `${markLine.label} ${formatNumber(markLine.value)}`,
                    position: "insideEndTop",
                    color: qifuPalette.danger,
                    fontSize: 12,
                  },
                  data: [{ yAxis: markLine.value }],
                }
              : undefined,
        })),
      };
    },

    [dataKey, area, height],
  );

  return <ChartFrame height={height} empty={empty} buildOption={buildOption} />;
}

/** Round up to a round number (110 → 120, 1050 → 1200) so the axis ends just above the target. */
function niceCeil(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * p >= v) ?? 10;
  return step * p;
}

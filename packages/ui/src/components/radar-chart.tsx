import { useCallback } from "react";
import { qifuPalette } from "../theme";
import { ChartFrame } from "./chart-frame";
import { baseOption, topLegend } from "./chart-utils";
import type { QifuChartOption } from "./echarts-setup";

export interface RadarChartProps {
  /** The axes (dimensions), each with its maximum. */
  indicators: { name: string; max: number }[];
  /** One polygon per series (e.g. this diagnosis and the one before). */
  series: { name: string; values: number[]; color?: string }[];
  height?: number;
}

/** Scores per dimension as a radar (e.g. a digital diagnosis); fits a 375 px phone. */
export function RadarChart({ indicators, series, height = 280 }: RadarChartProps) {
  const empty = indicators.length < 3 || series.length === 0;
  const dataKey = JSON.stringify([indicators, series]);
  const buildOption = useCallback(
    (width: number): QifuChartOption => ({
      ...baseOption(),
      legend: series.length > 1 ? topLegend() : { show: false },
      tooltip: { ...(baseOption().tooltip as object), trigger: "item" },
      radar: {
        indicator: indicators,
        // room for a five-character axis name on either side (数字化成效) on a 375 px phone
        radius: Math.max(50, Math.min(width / 2 - 80, height / 2 - 44)),
        center: ["50%", series.length > 1 ? "56%" : "52%"],
        axisName: { color: qifuPalette.muted, fontSize: 12 },
        splitNumber: 4,
      },
      series: [
        {
          type: "radar",
          data: series.map((s) => ({
            name: s.name,
            value: s.values,
            areaStyle: { opacity: 0.15 },
            lineStyle: { width: 2, ...(s.color ? { color: s.color } : {}) },
            ...(s.color ? { itemStyle: { color: s.color } } : {}),
          })),
        },
      ],
    }),
    [dataKey, height],
  );
  return <ChartFrame height={height} empty={empty} buildOption={buildOption} />;
}

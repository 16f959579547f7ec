import { useCallback } from "react";
import { formatNumber } from "../format";
import { qifuPalette } from "../theme";
import { ChartFrame } from "./chart-frame";
import { baseOption, textWidth } from "./chart-utils";
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

const legendRowHeight = 22;

/** How many rows a plain legend needs at this width (items packed left to right). */
function legendRows(labels: string[], width: number): number {
  let rows = 1;
  let x = 0;
  for (const label of labels) {
    const w = 14 + 5 + textWidth(label) + 12; // marker, gap, text, item gap
    if (x > 0 && x + w > width - 16) {
      rows += 1;
      x = 0;
    }
    x += w;
  }
  return rows;
}

export function PieChart({ data, height = 300, donut = false }: PieChartProps) {
  // Zero slices draw nothing but pile their labels up at one angle.
  const slices = data.filter((d) => Number.isFinite(d.value) && d.value > 0);
  const empty = slices.length === 0;
  const dataKey = JSON.stringify(slices);

  const buildOption = useCallback(
    (width: number): QifuChartOption => {
      // Phones: outside labels would be clipped, so the legend carries names and shares.
      const narrow = width < 480;
      const total = slices.reduce((sum, d) => sum + d.value, 0);
      const share = (name: string) => {
        const v = slices.find((d) => d.name === name)?.value ?? 0;
        return `${((v / total) * 100).toFixed(1)}%`;
      };
      const legendLabels = slices.map((d) => (narrow ? `${d.name} ${share(d.name)}` : d.name));
      // On a phone the legend (with shares) goes beside the pie when it fits, else below it.
      const sideWidth = Math.max(...legendLabels.map((l) => textWidth(l))) + 14 + 5 + 8;
      const side = narrow && sideWidth <= width * 0.6;
      let rows = side ? 0 : legendRows(legendLabels, width);
      const scroll = side ? slices.length * legendRowHeight > height - 16 : rows > 4; // page instead of squeezing the pie
      if (scroll && !side) rows = 1;
      const pieWidth = side ? width - sideWidth : width;
      const pieHeight = height - rows * legendRowHeight - 12;
      const outer = Math.max(40, narrow ? Math.min(pieHeight / 2 - 8, pieWidth / 2 - 12) : Math.min(pieHeight / 2 - 22, (width - 300) / 2));
      const legend: QifuChartOption["legend"] = {
        type: scroll ? "scroll" : "plain",
        ...(side ? { orient: "vertical", right: 4, top: "middle" } : { orient: "horizontal", bottom: 0, left: "center" }),
        itemWidth: 14,
        itemHeight: 10,
        itemGap: side ? 10 : 12,
        textStyle: { fontSize: 12 },
        formatter: narrow ? (name: string) => `${name} ${share(name)}` : undefined,
      };
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
        legend,
        series: [
          {
            type: "pie",
            data: slices,
            radius: donut ? [Math.round(outer * 0.6), Math.round(outer)] : Math.round(outer),
            center: [pieWidth / 2, pieHeight / 2 + 4],
            avoidLabelOverlap: true,
            minShowLabelAngle: 3,
            itemStyle: { borderColor: "#fff", borderWidth: 2, borderRadius: donut ? 4 : 0 },
            // Name and share on two lines so a long name is cut, never the percentage.
            label: narrow
              ? { show: false }
              : {
                  show: true,
                  formatter: (raw: unknown) => {
                    const p = raw as PieParams;
                    return `{name|${p.name}}\n{pct|${p.percent.toFixed(1)}%}`;
                  },
                  rich: {
                    name: { fontSize: 12, color: qifuPalette.text, lineHeight: 16 },
                    pct: { fontSize: 12, color: qifuPalette.muted, lineHeight: 16 },
                  },
                  width: 120,
                  overflow: "truncate",
                  ellipsis: "…",
                },
            labelLine: { show: !narrow, length: 10, length2: 10 },
            labelLayout: { hideOverlap: true },
            emphasis: { scaleSize: 6 },
          },
        ],
      };
    },

    [dataKey, donut, height],
  );

  return <ChartFrame height={height} empty={empty} buildOption={buildOption} />;
}

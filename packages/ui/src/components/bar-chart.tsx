import { useCallback, useMemo } from "react";
import { qifuPalette } from "../theme";
import { ChartFrame } from "./chart-frame";
import { baseOption, categoryAxis, categoryAxisLabel, hasData, sideAxisLabel, topLegend, valueAxis, valueAxisReserve } from "./chart-utils";
import type { echarts, QifuChartOption } from "./echarts-setup";
import { useLatest } from "./use-latest";

export interface ChartSeries {
  name: string;
  data: number[];
  /** A colour that carries meaning (on time green, missing red); the palette's otherwise. */
  color?: string;
}

export interface BarChartProps {
  categories: string[];
  series: ChartSeries[];
  /** Bars grow to the right, categories listed top-down; best for long names such as towns. */
  horizontal?: boolean;
  stacked?: boolean;
  /** Default 300; horizontal charts default to a height that fits their categories. */
  height?: number;
  onClickCategory?: (category: string, index: number) => void;
}

interface ClickParams {
  componentType?: string;
  value?: unknown;
}

export function BarChart({ categories, series, horizontal = false, stacked = false, height, onClickCategory }: BarChartProps) {
  const empty = categories.length === 0 || !hasData(series);
  const h = height ?? (horizontal ? Math.max(240, categories.length * 32 + 56) : 300);
  const clickable = Boolean(onClickCategory);
  // Rebuild the option only when the data changes, not when a parent re-renders with new arrays.
  const dataKey = JSON.stringify([categories, series]);

  const buildOption = useCallback(
    (width: number): QifuChartOption => {
      const legend = series.length > 1;
      const plain = series.length === 1 && !stacked;
      const slot = (width - valueAxisReserve) / Math.max(categories.length, 1);
      const cat = categoryAxis(categories, {
        triggerEvent: clickable,
        axisLabel: horizontal ? sideAxisLabel(categories, width) : categoryAxisLabel(categories, slot),
        ...(horizontal ? { inverse: true } : {}),
      });
      // Horizontal bars run the value axis across the width left after the names.
      const val = valueAxis(series, horizontal ? width - sideAxisLabel(categories, width).width - 56 : h - 40);
      // Numbers on the bars when there is one series and room for them.
      const showValues = plain && (horizontal ? true : slot >= 32);
      return {
        ...baseOption(),
        legend: legend ? topLegend() : { show: false },
        tooltip: { ...(baseOption().tooltip as object), trigger: "axis", axisPointer: { type: "shadow" } },
        grid: {
          left: 8,
          right: horizontal && showValues ? 40 : 16,
          top: legend ? 36 : 16,
          bottom: 8,
          outerBoundsMode: "same",
          outerBoundsContain: "axisLabel",
        },
        xAxis: (horizontal ? val : cat) as QifuChartOption["xAxis"],
        yAxis: (horizontal ? cat : val) as QifuChartOption["yAxis"],
        series: series.map((s, i) => ({
          type: "bar",
          name: s.name,
          data: s.data,
          stack: stacked ? "total" : undefined,
          barMaxWidth: horizontal ? 20 : 36,
          cursor: clickable ? "pointer" : "default",
          itemStyle: { borderRadius: stacked ? 0 : horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0], ...(s.color ? { color: s.color } : {}) },
          emphasis: { focus: legend ? "series" : "none" },
          label: showValues
            ? { show: true, position: horizontal ? "right" : "top", color: qifuPalette.muted, fontSize: 12 }
            : { show: false },
          z: i,
        })),
      };
    },

    [dataKey, horizontal, stacked, clickable, h],
  );

  const onClick = useLatest(onClickCategory);
  const cats = useLatest(categories);
  const horizontalRef = useLatest(horizontal);
  // A clicked axis label (category name) selects its category.
  const onEvents = useMemo(
    () => ({
      click: (raw: unknown) => {
        const p = raw as ClickParams;
        if (p.componentType !== "xAxis" && p.componentType !== "yAxis") return;
        const index = typeof p.value === "string" ? cats.current.indexOf(p.value) : -1;
        if (index >= 0) onClick.current?.(cats.current[index], index);
      },
    }),
    [onClick, cats],
  );
  // Anywhere in a category's column selects it, not only the bar: short bars are hard to hit on a phone.
  const onChartReady = useCallback(
    (chart: echarts.ECharts) => {
      const zr = chart.getZr();
      const indexAt = (x: number, y: number): number => {
        if (!chart.containPixel("grid", [x, y])) return -1;
        const [vx, vy] = chart.convertFromPixel("grid", [x, y]) as number[];
        const i = Math.round(horizontalRef.current ? vy : vx);
        return i >= 0 && i < cats.current.length ? i : -1;
      };
      zr.on("click", (e) => {
        const i = indexAt(e.offsetX, e.offsetY);
        if (i >= 0) onClick.current?.(cats.current[i], i);
      });
      zr.on("mousemove", (e) => {
        if (indexAt(e.offsetX, e.offsetY) >= 0) zr.setCursorStyle("pointer");
      });
    },
    [onClick, cats, horizontalRef],
  );

  return (
    <ChartFrame
      height={h}
      empty={empty}
      buildOption={buildOption}
      onEvents={clickable ? onEvents : undefined}
      onChartReady={clickable ? onChartReady : undefined}
    />
  );
}

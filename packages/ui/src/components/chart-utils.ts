import { chartColors, qifuPalette } from "../theme";
import { formatNumber } from "../format";
import type { QifuChartOption } from "./echarts-setup";

/** Font used inside the canvas; echarts does not inherit the page font. */
export const chartFont = '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif';

/** Rough pixel width of a label at 12px: CJK glyphs are square, Latin ones about half. */
export function textWidth(text: string, fontSize = 12): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 255 ? fontSize : fontSize * 0.6;
  return w;
}

/** Axis numbers the Chinese way: 12,000 → 1.2万, 300,000,000 → 3亿. */
export function compactNumber(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e8) return `${trim(n / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(n / 1e4)}万`;
  return formatNumber(n);
}
const trim = (n: number) => String(Number(n.toFixed(1)));

/** A series has nothing to draw when it has no finite value. */
export function hasData(series: { data: number[] }[]): boolean {
  return series.some((s) => s.data.some((v) => Number.isFinite(v)));
}

/** Options shared by every chart of the kit: colours, font, tooltip look. */
export function baseOption(): QifuChartOption {
  return {
    color: chartColors,
    textStyle: { fontFamily: chartFont, color: qifuPalette.text },
    animationDuration: 400,
    tooltip: {
      confine: true,
      textStyle: { fontFamily: chartFont, fontSize: 13 },
      valueFormatter: (v) => (typeof v === "number" ? formatNumber(v) : String(v ?? "—")),
    },
  };
}

/** Legend on top, scrolling when it does not fit a phone screen. */
export function topLegend(): QifuChartOption["legend"] {
  return { type: "scroll", top: 0, left: "center", itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12 } };
}

export const axisLineColor = "#d5dbe5";
export const splitLineColor = "#edf0f5";

/** Axis options are built here for both x and y; echarts types them apart, so keep them loose. */
type AxisOption = Record<string, unknown>;

/**
 * Labels of a horizontal category axis: straight when they fit their slot, otherwise
 * rotated and cut with an ellipsis (the tooltip shows the full name). Thinned only when
 * even rotated labels would overlap.
 */
export function categoryAxisLabel(categories: string[], slot: number) {
  const longest = Math.max(0, ...categories.map((c) => textWidth(c)));
  if (longest <= slot - 6) return { interval: 0, hideOverlap: false, fontSize: 12, color: qifuPalette.muted };
  // Narrow slots (phones) need a steeper angle so neighbouring labels do not touch.
  const narrow = slot < 32;
  return {
    interval: slot >= 16 ? 0 : ("auto" as const),
    rotate: narrow ? 60 : 40,
    width: Math.min(longest, narrow ? 64 : 84),
    overflow: "truncate" as const,
    ellipsis: "…",
    fontSize: 12,
    color: qifuPalette.muted,
  };
}

/**
 * Labels of a vertical category axis (horizontal bars): at most about a third of the width,
 * wrapped onto two lines before being cut, so long node names stay recognisable on phones.
 */
export function sideAxisLabel(categories: string[], width: number) {
  // a few pixels over the estimate: a name exactly as wide as its box (新华街道 at 48 px) wrapped its last character
  const longest = Math.max(0, ...categories.map((c) => textWidth(c) + 4));
  const w = Math.min(longest, Math.max(72, Math.round(width * 0.3)));
  return {
    width: w,
    overflow: "break" as const,
    lineOverflow: "truncate" as const,
    height: 30,
    lineHeight: 15,
    ellipsis: "…",
    fontSize: 12,
    color: qifuPalette.muted,
  };
}

/** A value axis with 万/亿 labels, light dashed grid lines and whole steps for counts. */
export function valueAxis(series: { data: number[] }[], axisLength: number, extra?: Partial<AxisOption>): AxisOption {
  const integers = series.every((s) => s.data.every((v) => !Number.isFinite(v) || Number.isInteger(v)));
  return {
    type: "value",
    minInterval: integers ? 1 : undefined,
    // Fewer ticks on a short axis (horizontal bars on a phone, low charts).
    splitNumber: axisLength < 200 ? 3 : 5,
    axisLabel: { formatter: (v: number) => compactNumber(v), color: qifuPalette.muted, fontSize: 12 },
    splitLine: { lineStyle: { color: splitLineColor, type: "dashed" } },
    ...extra,
  };
}

/** Category axis with the kit's line colours. */
export function categoryAxis(categories: string[], extra?: Partial<AxisOption>): AxisOption {
  return {
    type: "category",
    data: categories,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: axisLineColor } },
    ...extra,
  };
}

/** Pixels the value-axis labels and paddings take from the plot width (rough). */
export const valueAxisReserve = 56;

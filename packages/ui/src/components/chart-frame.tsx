import { useLayoutEffect, useMemo, useRef, useState } from "react";
import Box from "@mui/material/Box";
import EChartsCoreModule from "echarts-for-react/lib/core";
import { echarts, type QifuChartOption } from "./echarts-setup";
import { EmptyState } from "./empty-state";
import { useUiText } from "../ui-text";

// lib/core is CommonJS: depending on the bundler (Vite dev, Rolldown build, Vitest) its default
// import is either the component or the whole `exports` object. Unwrap once, here.
const ReactEChartsCore: typeof EChartsCoreModule =
  (EChartsCoreModule as unknown as { default?: typeof EChartsCoreModule }).default ?? EChartsCoreModule;

export interface ChartFrameProps {
  height: number;
  empty: boolean;
  /** Builds the option for the measured container width, so labels can adapt to phones. */
  buildOption: (width: number) => QifuChartOption;
  onEvents?: Record<string, (params: unknown) => void>;
  /** Called with the echarts instance once it exists, e.g. to listen to clicks on empty plot area. */
  onChartReady?: (chart: echarts.ECharts) => void;
}

/**
 * The one place that mounts echarts: measures its box, shows an empty state instead of a
 * blank canvas, and lets echarts-for-react follow the container size.
 */
export function ChartFrame({ height, empty, buildOption, onEvents, onChartReady }: ChartFrameProps) {
  const text = useUiText();
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === "undefined") return;
    // Only re-layout labels on meaningful width changes, not every pixel of a drag.
    const ro = new ResizeObserver(([entry]) =>
      setWidth((w) => (Math.abs(entry.contentRect.width - w) >= 24 ? Math.round(entry.contentRect.width) : w)),
    );
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const option = useMemo(() => (width > 0 && !empty ? buildOption(width) : null), [width, empty, buildOption]);

  return (
    <Box ref={ref} sx={{ width: "100%", height, minWidth: 0, position: "relative" }}>
      {empty ? (
        <Box sx={{ height: "100%", display: "flex", alignItems: "center", justifyContent: "center" }}>
          <EmptyState title={text.noData} compact />
        </Box>
      ) : option ? (
        <ReactEChartsCore
          echarts={echarts}
          option={option}
          notMerge
          lazyUpdate
          style={{ width: "100%", height }}
          onEvents={onEvents}
          onChartReady={onChartReady}
        />
      ) : null}
    </Box>
  );
}

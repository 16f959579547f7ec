import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { targetStatus, yearProgress, type TMetricKind, type TTargetStatus } from "@qifu/domain";
import { formatNumber, formatPercent } from "../format";
import { StatusChip } from "./status-chip";
import { toneColor } from "./tone";
import { useUiLang, useUiText } from "../ui-text";

export interface TargetProgressProps {
  label: string;
  actual: number;
  /** null or 0: this scope has no target (shown as 未设目标, never as a full bar) */
  target: number | null;
  unit?: string;
  /** the target's year; without it, this year */
  year?: number;
  /** how the metric adds up (domain `TMetricKind`); a "%" unit means a rate, otherwise a stock */
  kind?: TMetricKind;
  /** now, for the year's state (tests and stories pin it) */
  today?: Date;
  /** One line of text over a thin bar, for lists of many targets. */
  compact?: boolean;
  loading?: boolean;
}

type BarColor = "success" | "primary" | "warning" | "error" | "inherit";

/** ≥100% reached, ≥60% on track, below that needs attention; no target: no colour (the data grid's bars). */
export function progressOf(actual: number, target: number | null): { ratio: number; color: BarColor } {
  if (!target || target <= 0) return { ratio: 0, color: "inherit" };
  const ratio = actual / target;
  return { ratio, color: ratio >= 1 ? "success" : ratio >= 0.6 ? "primary" : "warning" };
}

const BAR: Record<TTargetStatus["tone"], BarColor> = {
  success: "success",
  info: "primary",
  warning: "warning",
  error: "error",
  default: "inherit",
};

/** The state of a target as the component shows it (domain `targetStatus`), for lists that show a chip. */
export function targetStatusOf(p: Pick<TargetProgressProps, "actual" | "target" | "unit" | "year" | "kind" | "today">): TTargetStatus {
  const today = p.today ?? new Date();
  return targetStatus({
    year: p.year ?? yearProgress(today).year,
    target: p.target,
    actual: p.actual,
    kind: p.kind ?? (p.unit === "%" ? "rate" : "stock"),
    today,
  });
}

/**
 * A target and its live figure (issue 10 point 6): a past year's final state, a later year's
 * pace and projection (not progress measured on this year's data), 未设目标 for a scope without
 * one, and a percentage as its value against the target.
 */
export function TargetProgress(props: TargetProgressProps) {
  const { label, actual, target, unit, compact = false, loading = false } = props;
  const text = useUiText();
  const lang = useUiLang();
  const today = props.today ?? new Date();
  const year = props.year ?? yearProgress(today).year;
  const s = targetStatusOf({ ...props, year, today });
  const rate = (props.kind ?? (unit === "%" ? "rate" : "stock")) === "rate";
  const u = unit ? (unit === "%" ? "%" : ` ${unit}`) : "";
  const num = (n: number) => `${formatNumber(Math.round(n * 10) / 10, lang)}${u}`;

  if (loading) {
    return (
      <Box sx={{ py: compact ? 0.5 : 1, minWidth: 0 }} aria-busy="true">
        <Skeleton variant="text" sx={{ width: "50%" }} />
        <Skeleton variant="rounded" height={compact ? 6 : 10} sx={{ my: 0.5 }} />
        {!compact && <Skeleton variant="text" sx={{ width: "30%" }} />}
      </Box>
    );
  }

  const noTarget = s.state === "NO_TARGET";
  // the headline: a rate's value, a count's share of its target; a later year's: its state
  const headline = noTarget ? text.noTarget : rate ? num(actual) : s.future ? s.label[lang] : formatPercent(s.share ?? 0);
  const headColor = noTarget
    ? "text.secondary"
    : s.tone === "warning"
      ? toneColor.warning
      : s.tone === "error"
        ? "error.main"
        : s.tone === "success"
          ? "success.main"
          : "primary.main";
  const figures = noTarget
    ? num(actual)
    : s.future && s.projection !== null
      ? `${text.soFar(yearProgress(today).year)} ${num(actual)} · ${text.projected} ${num(s.projection)} / ${text.target} ${num(target!)}`
      : `${num(actual)} / ${text.target} ${num(target!)}`;
  // a later year's flow: the bar is the projection's share; otherwise the share (a rate: of 100 %)
  const barShare = noTarget ? 0 : s.future && s.projection !== null ? s.projection / target! : (s.share ?? 0);
  const chip =
    !noTarget && (s.final || rate || s.future) ? <StatusChip tone={s.tone === "error" ? "danger" : s.tone} label={s.label[lang]} /> : null;
  const yearLine = s.final ? text.finalOf(year) : s.future ? text.notDueYet(year) : text.targetYear(year);

  const bar = (
    <LinearProgress
      variant="determinate"
      color={BAR[s.tone]}
      value={Math.min(barShare, 1) * 100}
      aria-label={`${label} ${headline}`}
      sx={{
        height: compact ? 6 : 10,
        borderRadius: 5,
        bgcolor: "action.hover",
        "& .MuiLinearProgress-bar": { borderRadius: 5 },
        ...(noTarget ? { opacity: 0.4 } : {}),
      }}
    />
  );

  if (compact) {
    return (
      <Box sx={{ py: 0.5, minWidth: 0 }} data-target-state={s.state}>
        <Box sx={{ display: "flex", alignItems: "baseline", gap: 1, mb: 0.5, flexWrap: "wrap" }}>
          <Typography variant="body2" sx={{ flex: 1, minWidth: 0, fontWeight: 500 }} noWrap title={label}>
            {label}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ fontVariantNumeric: "tabular-nums" }}>
            {figures}
          </Typography>
          <Typography variant="caption" sx={{ fontWeight: 700, color: headColor, textAlign: "right", fontVariantNumeric: "tabular-nums" }}>
            {/* a past year's final state, a later year's, a rate's: the word; a count this year: its share */}
            {noTarget || s.future || s.final || rate ? s.label[lang] : headline}
          </Typography>
        </Box>
        {bar}
      </Box>
    );
  }

  return (
    // minWidth 0: a long label in a grid or flex cell must not widen the cell.
    <Box sx={{ py: 1, minWidth: 0 }} data-target-state={s.state}>
      <Box sx={{ display: "flex", alignItems: "baseline", gap: 1, mb: 1 }}>
        <Typography variant="subtitle2" sx={{ flex: 1, minWidth: 0, fontWeight: 600 }}>
          {label}
        </Typography>
        <Typography
          variant={noTarget ? "body2" : "h6"}
          component="span"
          sx={{ color: headColor, lineHeight: 1, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}
        >
          {headline}
        </Typography>
      </Box>
      {bar}
      <Box sx={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 1, mt: 0.75, flexWrap: "wrap" }}>
        <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: "tabular-nums" }}>
          {figures}
        </Typography>
        <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
          {props.year !== undefined && (
            <Typography variant="caption" color="text.secondary">
              {yearLine}
            </Typography>
          )}
          {chip}
        </Box>
      </Box>
    </Box>
  );
}

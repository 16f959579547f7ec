import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { formatNumber, formatPercent } from "../format";
import { toneColor } from "./tone";
import { useUiText } from "../ui-text";

export interface TargetProgressProps {
  label: string;
  actual: number;
  target: number;
  unit?: string;
  year?: number;
  /** One line of text over a thin bar, for lists of many targets. */
  compact?: boolean;
  loading?: boolean;
}

type BarColor = "success" | "primary" | "warning";

/** ≥100% reached, ≥60% on track, below that needs attention. A zero target counts as reached. */
export function progressOf(actual: number, target: number): { ratio: number; color: BarColor } {
  const ratio = target > 0 ? actual / target : actual > 0 ? 1 : 0;
  const color: BarColor = target <= 0 || ratio >= 1 ? "success" : ratio >= 0.6 ? "primary" : "warning";
  return { ratio, color };
}

export function TargetProgress({ label, actual, target, unit, year, compact = false, loading = false }: TargetProgressProps) {
  const text = useUiText();
  const { ratio, color } = progressOf(actual, target);
  const figures = `${formatNumber(actual)} / ${formatNumber(target)}${unit ? ` ${unit}` : ""}`;
  const percent = target > 0 ? formatPercent(ratio) : "—";
  const percentColor = target <= 0 ? "text.secondary" : color === "warning" ? toneColor.warning : `${color}.main`;

  if (loading) {
    return (
      <Box sx={{ py: compact ? 0.5 : 1, minWidth: 0 }} aria-busy="true">
        <Skeleton variant="text" sx={{ width: "50%" }} />
        <Skeleton variant="rounded" height={compact ? 6 : 10} sx={{ my: 0.5 }} />
        {!compact && <Skeleton variant="text" sx={{ width: "30%" }} />}
      </Box>
    );
  }

  const bar = (
    <LinearProgress
      variant="determinate"
      color={color}
      value={Math.min(ratio, 1) * 100}
      aria-label={`${label} ${percent}`}
      sx={{ height: compact ? 6 : 10, borderRadius: 5, bgcolor: "action.hover", "& .MuiLinearProgress-bar": { borderRadius: 5 } }}
    />
  );

  if (compact) {
    return (
      <Box sx={{ py: 0.5, minWidth: 0 }}>
        <Box sx={{ display: "flex", alignItems: "baseline", gap: 1, mb: 0.5 }}>
          <Typography variant="body2" sx={{ flex: 1, minWidth: 0, fontWeight: 500 }} noWrap title={label}>
            {label}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
            {figures}
          </Typography>
          <Typography variant="caption" sx={{ fontWeight: 700, color: percentColor, minWidth: 40, textAlign: "right", fontVariantNumeric: "tabular-nums" }}>
            {percent}
          </Typography>
        </Box>
        {bar}
      </Box>
    );
  }

  return (
    // minWidth 0: a long label in a grid or flex cell must not widen the cell.
    <Box sx={{ py: 1, minWidth: 0 }}>
      <Box sx={{ display: "flex", alignItems: "baseline", gap: 1, mb: 1 }}>
        <Typography variant="subtitle2" sx={{ flex: 1, minWidth: 0, fontWeight: 600 }}>
          {label}
        </Typography>
        <Typography variant="h6" component="span" sx={{ color: percentColor, lineHeight: 1, fontVariantNumeric: "tabular-nums" }}>
          {percent}
        </Typography>
      </Box>
      {bar}
      <Box sx={{ display: "flex", justifyContent: "space-between", gap: 1, mt: 0.75, flexWrap: "wrap" }}>
        <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: "tabular-nums" }}>
          {figures}
        </Typography>
        {year !== undefined && (
          <Typography variant="caption" color="text.secondary">
            {text.targetYear(year)}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

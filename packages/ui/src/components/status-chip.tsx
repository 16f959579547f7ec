import Chip from "@mui/material/Chip";
import { alpha } from "@mui/material/styles";
import { toneColor } from "./tone";

export type StatusTone = "success" | "warning" | "danger" | "default" | "info";

export interface StatusChipProps {
  label: string;
  tone: StatusTone;
}

export function StatusChip({ label, tone }: StatusChipProps) {
  const color = toneColor[tone];
  return (
    <Chip
      size="small"
      label={label}
      sx={{
        color,
        bgcolor: alpha(color, 0.1),
        border: `1px solid ${alpha(color, 0.25)}`,
        fontWeight: 500,
        height: 24,
        "& .MuiChip-label": { px: 1 },
      }}
    />
  );
}

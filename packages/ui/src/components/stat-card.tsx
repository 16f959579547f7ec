import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { alpha } from "@mui/material/styles";
import { formatNumber } from "../format";
import { toneColor } from "./tone";

export interface StatCardProps {
  label: string;
  value: number | string;
  unit?: string;
  hint?: string;
  icon?: ReactNode;
  tone?: "primary" | "success" | "warning" | "danger";
  loading?: boolean;
  /** What the figure covers ("狮岭镇范围", "仅含运营中"), shown beside it; omit for the whole district. */
  scope?: string;
}

export function StatCard({ label, value, unit, hint, icon, tone = "primary", loading = false, scope }: StatCardProps) {
  const color = toneColor[tone];
  return (
    <Card
      sx={{ height: "100%", p: { xs: 2, sm: 2.5 }, display: "flex", gap: 2, alignItems: "flex-start", borderTop: `3px solid ${color}` }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        {/* Two lines at most: long indicator names stay readable without stretching the grid. */}
        <Typography
          variant="body2"
          color="text.secondary"
          title={label}
          sx={{ fontWeight: 500, display: "-webkit-box", WebkitLineClamp: 2, WebkitBoxOrient: "vertical", overflow: "hidden" }}
        >
          {label}
        </Typography>
        {loading ? (
          <Skeleton variant="rounded" sx={{ height: { xs: 31, sm: 38 }, width: "60%", mt: 0.5 }} />
        ) : (
          <Box sx={{ display: "flex", alignItems: "baseline", gap: 0.5, mt: 0.5, flexWrap: "wrap" }}>
            <Typography
              component="span"
              sx={{
                fontSize: { xs: "1.625rem", sm: "2rem" },
                fontWeight: 700,
                lineHeight: 1.2,
                color: "text.primary",
                fontVariantNumeric: "tabular-nums",
              }}
            >
              {typeof value === "number" ? formatNumber(value) : value}
            </Typography>
            {unit && (
              <Typography component="span" variant="body2" color="text.secondary">
                {unit}
              </Typography>
            )}
            {scope && (
              <Typography
                component="span"
                variant="caption"
                data-testid="figure-scope"
                sx={{
                  ml: 0.5,
                  px: 0.75,
                  borderRadius: 1,
                  bgcolor: "action.selected",
                  color: "text.secondary",
                  whiteSpace: "nowrap",
                  alignSelf: "center",
                }}
              >
                {scope}
              </Typography>
            )}
          </Box>
        )}
        {hint &&
          (loading ? (
            <Skeleton variant="text" sx={{ width: "80%", fontSize: "0.75rem", mt: 0.5 }} />
          ) : (
            <Typography variant="caption" color="text.secondary" sx={{ display: "block", mt: 0.5 }}>
              {hint}
            </Typography>
          ))}
      </Box>
      {icon && (
        <Box
          sx={{
            flexShrink: 0,
            width: 44,
            height: 44,
            borderRadius: 2,
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            color,
            bgcolor: alpha(color, 0.1),
            "& svg": { fontSize: 24 },
          }}
        >
          {icon}
        </Box>
      )}
    </Card>
  );
}

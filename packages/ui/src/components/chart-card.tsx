import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { EmptyState } from "./empty-state";
import { useUiText } from "../ui-text";

export interface ChartCardProps {
  title: string;
  subtitle?: string;
  loading?: boolean;
  empty?: boolean;
  emptyText?: string;
  /** Height of the body while loading or empty (match the chart inside). Default 300. */
  height?: number;
  /** Shown at the right of the title, e.g. a year selector or a "查看全部" link. */
  action?: ReactNode;
  children: ReactNode;
}

export function ChartCard({ title, subtitle, loading = false, empty = false, emptyText, height = 300, action, children }: ChartCardProps) {
  const text = useUiText();
  return (
    <Card sx={{ height: "100%", display: "flex", flexDirection: "column", minWidth: 0 }}>
      <Box sx={{ display: "flex", alignItems: "flex-start", gap: 1, px: { xs: 2, sm: 2.5 }, pt: 2, pb: 1 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, lineHeight: 1.4 }}>
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="caption" color="text.secondary" sx={{ display: "block" }}>
              {subtitle}
            </Typography>
          )}
        </Box>
        {action && <Box sx={{ flexShrink: 0 }}>{action}</Box>}
      </Box>
      <Box sx={{ flex: 1, px: { xs: 1, sm: 1.5 }, pb: 1.5, minWidth: 0 }}>
        {loading ? (
          <Skeleton variant="rounded" height={height - 16} sx={{ mx: 1, my: 1 }} aria-label={text.loading} />
        ) : empty ? (
          <Box sx={{ height, display: "flex", alignItems: "center", justifyContent: "center" }}>
            <EmptyState title={emptyText ?? text.noData} compact />
          </Box>
        ) : (
          children
        )}
      </Box>
    </Card>
  );
}

import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import InboxOutlined from "@mui/icons-material/InboxOutlined";

export interface EmptyStateProps {
  title: string;
  description?: string;
  action?: ReactNode;
  /** Smaller icon and padding, for use inside a card or chart. */
  compact?: boolean;
}

export function EmptyState({ title, description, action, compact = false }: EmptyStateProps) {
  return (
    <Box
      role="status"
      sx={{
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        textAlign: "center",
        gap: compact ? 0.5 : 1,
        py: compact ? 2 : 6,
        px: 2,
        color: "text.secondary",
      }}
    >
      <Box
        sx={{
          width: compact ? 44 : 64,
          height: compact ? 44 : 64,
          borderRadius: "50%",
          bgcolor: "action.hover",
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
          mb: compact ? 0.5 : 1,
        }}
      >
        <InboxOutlined sx={{ fontSize: compact ? 26 : 36, color: "text.disabled" }} />
      </Box>
      <Typography variant={compact ? "body2" : "subtitle1"} sx={{ fontWeight: 600, color: "text.primary" }}>
        {title}
      </Typography>
      {description && (
        <Typography variant={compact ? "caption" : "body2"} sx={{ maxWidth: 420 }}>
          {description}
        </Typography>
      )}
      {action && <Box sx={{ mt: compact ? 1 : 2 }}>{action}</Box>}
    </Box>
  );
}

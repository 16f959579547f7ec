import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";

export interface PageHeadingProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Buttons or a selector, at the right on wide screens and below the title when they do not fit. */
  actions?: ReactNode;
}

/** The title block at the top of a staff page (admin console, board): the page's h1 and one line under it. */
export function PageHeading({ title, subtitle, actions }: PageHeadingProps) {
  return (
    <Box sx={{ display: "flex", alignItems: "flex-end", gap: 2, flexWrap: "wrap" }}>
      {/* A basis wide enough for a title: on phones the actions wrap below it instead of squeezing it. */}
      <Box sx={{ flex: "1 1 220px", minWidth: 0 }}>
        <Typography variant="h5" component="h1">
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {subtitle}
          </Typography>
        )}
      </Box>
      {actions}
    </Box>
  );
}

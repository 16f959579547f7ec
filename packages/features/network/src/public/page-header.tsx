import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";

/** Title block at the top of a public page: optional breadcrumbs, a title and one line of intro. */
export function PageHeader({
  title,
  intro,
  breadcrumbs,
  action,
}: {
  title: ReactNode;
  intro?: ReactNode;
  breadcrumbs?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Box sx={{ mb: { xs: 2, md: 3 } }}>
      {breadcrumbs}
      <Box sx={{ display: "flex", alignItems: "flex-end", gap: 2, flexWrap: "wrap", mt: breadcrumbs ? 1 : 0 }}>
        <Box sx={{ flex: "1 1 320px", minWidth: 0 }}>
          <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" }, wordBreak: "break-word" }}>
            {title}
          </Typography>
          {intro && (
            <Typography variant="body1" color="text.secondary" sx={{ mt: 1, maxWidth: 760 }}>
              {intro}
            </Typography>
          )}
        </Box>
        {action}
      </Box>
    </Box>
  );
}

/** A heading above a section of a page. */
export function SectionTitle({ title, subtitle, action }: { title: string; subtitle?: string; action?: ReactNode }) {
  return (
    <Box sx={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between", gap: 2, flexWrap: "wrap", mb: 2 }}>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h5" component="h2" sx={{ fontSize: { xs: "1.25rem", md: "1.5rem" } }}>
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {subtitle}
          </Typography>
        )}
      </Box>
      {action}
    </Box>
  );
}

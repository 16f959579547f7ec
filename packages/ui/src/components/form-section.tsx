import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";

export interface FormSectionProps {
  title: string;
  hint?: string;
  /** Columns from the md breakpoint on; phones always get one. Children with class "span-all" take a whole row. */
  columns?: 1 | 2 | 3;
  children: ReactNode;
}

/** A titled group of form inputs on a responsive grid: the one section layout of every admin form. */
export function FormSection({ title, hint, columns = 2, children }: FormSectionProps) {
  return (
    <Box component="section" sx={{ width: "100%", mb: 1 }}>
      <Box
        sx={{
          display: "flex",
          alignItems: "baseline",
          gap: 1.5,
          mb: 1.5,
          pb: 0.75,
          borderBottom: "1px solid",
          borderColor: "divider",
          flexWrap: "wrap",
        }}
      >
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {hint && (
          <Typography variant="caption" color="text.secondary">
            {hint}
          </Typography>
        )}
      </Box>
      <Box
        sx={{
          display: "grid",
          gridTemplateColumns: { xs: "1fr", md: `repeat(${columns}, minmax(0, 1fr))` },
          columnGap: 3,
          "& .span-all": { gridColumn: "1 / -1" },
        }}
      >
        {children}
      </Box>
    </Box>
  );
}

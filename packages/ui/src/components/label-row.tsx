import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { SxProps, Theme } from "@mui/material/styles";

/**
 * One fact of a record's page: its label on the left (above on a phone), its value on the
 * right, a rule below. `labelWidth` and `gap` (theme spacing) from a wider screen up.
 */
export function LabelRow({
  label,
  children,
  labelWidth = 120,
  gap = 2,
  valueSx,
}: {
  label: string;
  children: ReactNode;
  labelWidth?: number;
  gap?: number;
  valueSx?: SxProps<Theme>;
}) {
  return (
    <Box
      sx={{
        display: "grid",
        gridTemplateColumns: { xs: "1fr", sm: `${labelWidth}px minmax(0, 1fr)` },
        gap: { xs: 0.25, sm: gap },
        py: 1,
        borderBottom: "1px solid",
        borderColor: "divider",
      }}
    >
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Box sx={[{ typography: "body2" }, ...(Array.isArray(valueSx) ? valueSx : [valueSx])]}>{children}</Box>
    </Box>
  );
}

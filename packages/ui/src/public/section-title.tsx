import type { ReactNode } from "react";
import Typography from "@mui/material/Typography";

/** A heading between the cards of a page. */
export function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
      {children}
    </Typography>
  );
}

import Box from "@mui/material/Box";
import Pagination, { type PaginationProps } from "@mui/material/Pagination";

export type PageBarProps = {
  total: number;
  perPage: number;
  page: number;
  onChange: (page: number) => void;
  /** Fade the pager while the next page loads (the previous one stays on screen). */
  dimmed?: boolean;
} & Pick<PaginationProps, "size" | "siblingCount" | "boundaryCount">;

/** The pager under a public list: centred, hidden when everything fits on one page. */
export function PageBar({ total, perPage, page, onChange, dimmed = false, siblingCount = 0, ...rest }: PageBarProps) {
  const pages = Math.ceil(total / perPage);
  if (pages <= 1) return null;
  return (
    <Box sx={{ display: "flex", justifyContent: "center", mt: 3, opacity: dimmed ? 0.6 : 1 }}>
      <Pagination
        count={pages}
        page={Math.min(page, pages)}
        onChange={(_, n) => onChange(n)}
        color="primary"
        siblingCount={siblingCount}
        {...rest}
      />
    </Box>
  );
}

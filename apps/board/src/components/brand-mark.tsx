import Box from "@mui/material/Box";
import { qifuPalette } from "@qifu/ui";

/** The board's mark: three bars on government blue (the same drawing as the favicon). */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <Box component="svg" viewBox="0 0 32 32" aria-hidden sx={{ width: size, height: size, flexShrink: 0, display: "block" }}>
      <rect width="32" height="32" rx="7" fill={qifuPalette.primary} />
      <path d="M8 22V12m8 10V8m8 14v-6" stroke="#fff" strokeWidth="3.2" strokeLinecap="round" />
    </Box>
  );
}

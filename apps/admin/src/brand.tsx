import Box from "@mui/material/Box";
import { qifuPalette } from "@qifu/ui";

/** The platform's mark: 企 on a rounded square (white on blue, or blue on white over a blue background). */
export function BrandMark({ size = 32, inverted = false }: { size?: number; inverted?: boolean }) {
  return (
    <Box
      aria-hidden
      sx={{
        width: size,
        height: size,
        borderRadius: `${Math.round(size / 4.5)}px`,
        display: "inline-flex",
        alignItems: "center",
        justifyContent: "center",
        flexShrink: 0,
        fontWeight: 700,
        fontSize: size * 0.55,
        lineHeight: 1,
        bgcolor: inverted ? "#fff" : qifuPalette.primary,
        color: inverted ? qifuPalette.primary : "#fff",
        boxShadow: inverted ? "none" : "0 0 0 1px rgba(255,255,255,0.35)",
      }}
    >
      企
    </Box>
  );
}

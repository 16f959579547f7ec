import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import type { TLabel } from "@qifu/domain";

/** A long reason wraps inside a phone's card instead of running out of it. */
const WRAP = { maxWidth: "100%", height: "auto", minHeight: 24, "& .MuiChip-label": { whiteSpace: "normal", py: 0.25 } };

/**
 * A match of the matching kit as chips: its score (a ready label, "匹配度 86%"), the reasons
 * (points ≥ 0.5), the caveats and, for an excluded pair, the failed required criteria.
 */
export function MatchChips({
  lang,
  score,
  reasons = [],
  concerns = [],
  failed = [],
}: {
  lang: "zh" | "en";
  score?: string;
  reasons?: readonly TLabel[];
  concerns?: readonly TLabel[];
  failed?: readonly TLabel[];
}) {
  return (
    <Box component="span" sx={{ display: "inline-flex", gap: 0.5, flexWrap: "wrap", minWidth: 0, maxWidth: "100%" }}>
      {score && <Chip size="small" color="primary" label={score} />}
      {reasons.map((r) => (
        <Chip key={`r-${r.zh}`} size="small" variant="outlined" color="success" label={r[lang]} sx={WRAP} />
      ))}
      {concerns.map((r) => (
        <Chip key={`c-${r.zh}`} size="small" variant="outlined" color="warning" label={r[lang]} sx={WRAP} />
      ))}
      {failed.map((r) => (
        <Chip key={`f-${r.zh}`} size="small" variant="outlined" label={r[lang]} sx={WRAP} />
      ))}
    </Box>
  );
}

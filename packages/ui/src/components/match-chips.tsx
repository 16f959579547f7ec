import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import type { TLabel } from "@qifu/domain";

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
    <Box component="span" sx={{ display: "inline-flex", gap: 0.5, flexWrap: "wrap" }}>
      {score && <Chip size="small" color="primary" label={score} />}
      {reasons.map((r) => (
        <Chip key={`r-${r.zh}`} size="small" variant="outlined" color="success" label={r[lang]} />
      ))}
      {concerns.map((r) => (
        <Chip key={`c-${r.zh}`} size="small" variant="outlined" color="warning" label={r[lang]} />
      ))}
      {failed.map((r) => (
        <Chip key={`f-${r.zh}`} size="small" variant="outlined" label={r[lang]} />
      ))}
    </Box>
  );
}

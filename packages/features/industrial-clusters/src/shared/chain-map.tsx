import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { ChainSegment, type TChainSegment } from "../schemas";

export type TChainMapLink = { key: string; segment: TChainSegment; name: string; memberCount: number; gap: boolean };
type TLang = "zh" | "en";
const TEXT = {
  zh: { gap: "缺链", members: (n: number) => `${n} 家`, empty: "尚未设置产业链环节" },
  en: { gap: "Gap", members: (n: number) => `${n} member${n === 1 ? "" : "s"}`, empty: "No chain links yet" },
};
const SEGMENT_COLOR: Record<TChainSegment, string> = { UPSTREAM: "#0e7490", MIDSTREAM: "#1d4ed8", DOWNSTREAM: "#7c3aed" };

/**
 * The chain at a glance: upstream → midstream → downstream, each link with the number of members
 * covering it; a link nobody covers (a gap, 缺链) is drawn dashed in red. One column per segment
 * on wide screens, stacked on a phone. `selected` highlights the links one member covers.
 */
export function ChainMap({
  links,
  lang,
  selected,
  onSelect,
}: {
  links: TChainMapLink[];
  lang: TLang;
  selected?: string[];
  onSelect?: (key: string) => void;
}) {
  const t = TEXT[lang];
  if (!links.length)
    return (
      <Typography color="text.secondary" variant="body2">
        {t.empty}
      </Typography>
    );
  return (
    <Box sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(3, minmax(0, 1fr))" } }}>
      {ChainSegment.values.map((segment) => (
        <Box key={segment} component="section" aria-label={ChainSegment.label(segment, lang)} sx={{ minWidth: 0 }}>
          <Typography variant="overline" sx={{ color: SEGMENT_COLOR[segment], fontWeight: 700, display: "block", lineHeight: 2 }}>
            {ChainSegment.label(segment, lang)}
          </Typography>
          <Box component="ul" sx={{ listStyle: "none", m: 0, p: 0, display: "grid", gap: 0.75 }}>
            {links
              .filter((l) => l.segment === segment)
              .map((l) => {
                const on = selected?.includes(l.key);
                return (
                  <Box
                    component="li"
                    key={l.key}
                    onClick={onSelect ? () => onSelect(l.key) : undefined}
                    sx={{
                      display: "flex",
                      alignItems: "center",
                      gap: 1,
                      px: 1.25,
                      py: 0.75,
                      borderRadius: 1.5,
                      minWidth: 0,
                      border: "1px solid",
                      borderStyle: l.gap ? "dashed" : "solid",
                      borderColor: l.gap ? "error.main" : on ? SEGMENT_COLOR[segment] : "divider",
                      bgcolor: l.gap ? "rgba(211, 47, 47, 0.06)" : on ? "action.selected" : "background.paper",
                      cursor: onSelect ? "pointer" : "default",
                    }}
                  >
                    <Typography variant="body2" sx={{ flex: 1, minWidth: 0, fontWeight: 500, wordBreak: "break-word" }}>
                      {l.name}
                    </Typography>
                    <Typography
                      variant="caption"
                      sx={{ whiteSpace: "nowrap", fontWeight: l.gap ? 700 : 400, color: l.gap ? "error.main" : "text.secondary" }}
                    >
                      {l.gap ? t.gap : t.members(l.memberCount)}
                    </Typography>
                  </Box>
                );
              })}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

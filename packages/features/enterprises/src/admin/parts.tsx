import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { CultivationTier, SizeClass, type TCultivationTier, type TSizeClass } from "@qifu/domain";
import { StatusChip } from "@qifu/ui";
import type { TLang } from "./i18n";

/** A titled group of form inputs on a two-column grid. */
export function FormSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ width: "100%", mb: 1 }}>
      <Box sx={{ display: "flex", alignItems: "baseline", gap: 1.5, mb: 1.5, pb: 0.75, borderBottom: "1px solid", borderColor: "divider", flexWrap: "wrap" }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {hint && (
          <Typography variant="caption" color="text.secondary">
            {hint}
          </Typography>
        )}
      </Box>
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "repeat(2, minmax(0, 1fr))" }, columnGap: 3, "& .span-all": { gridColumn: "1 / -1" } }}>{children}</Box>
    </Box>
  );
}

const TIER_COLOR: Record<TCultivationTier, "default" | "info" | "primary" | "warning" | "error"> = { NONE: "default", INNOVATIVE: "info", SPECIALIZED: "primary", LITTLE_GIANT: "warning", SINGLE_CHAMPION: "error" };

export function TierChip({ tier, lang }: { tier: TCultivationTier; lang: TLang }) {
  if (tier === "NONE")
    return (
      <Typography component="span" variant="body2" color="text.disabled">
        {CultivationTier.label(tier, lang)}
      </Typography>
    );
  return <Chip size="small" variant="outlined" color={TIER_COLOR[tier]} label={CultivationTier.label(tier, lang)} />;
}

export function SizeChip({ size, lang, none }: { size: TSizeClass | null; lang: TLang; none: string }) {
  if (!size)
    return (
      <Typography component="span" variant="body2" color="text.disabled">
        {none}
      </Typography>
    );
  return <StatusChip label={SizeClass.label(size, lang)} tone={size === "LARGE" ? "default" : size === "MEDIUM" ? "info" : size === "SMALL" ? "success" : "warning"} />;
}

import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { CultivationTier, SizeClass, type TCultivationTier, type TSizeClass } from "@qifu/domain";
import { StatusChip } from "@qifu/ui";
import type { TLang } from "./i18n";

export { FormSection } from "@qifu/ui";

const TIER_COLOR: Record<TCultivationTier, "default" | "info" | "primary" | "warning" | "error"> = {
  NONE: "default",
  INNOVATIVE: "info",
  SPECIALIZED: "primary",
  LITTLE_GIANT: "warning",
  SINGLE_CHAMPION: "error",
};

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
  return (
    <StatusChip
      label={SizeClass.label(size, lang)}
      tone={size === "LARGE" ? "default" : size === "MEDIUM" ? "info" : size === "SMALL" ? "success" : "warning"}
    />
  );
}

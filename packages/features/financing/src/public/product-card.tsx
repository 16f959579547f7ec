import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { CultivationTier, SizeClass } from "@qifu/domain";
import { formatFen } from "@qifu/ui";
import { GuaranteeForm, ProductKind, type TProduct } from "../schemas";
import type { TFinancingPublicMessages } from "./messages";

const pct = (bp: number) => `${(bp / 100).toFixed(2)}%`;

/** One product's terms and who it is for, as a card (one column on a phone). */
export function ProductCard({
  p,
  t,
  lang,
  children,
}: {
  p: TProduct;
  t: TFinancingPublicMessages;
  lang: "zh" | "en";
  children?: React.ReactNode;
}) {
  const forWhom = [...p.eligibleTiers.map((x) => CultivationTier.label(x, lang)), ...p.eligibleSizes.map((x) => SizeClass.label(x, lang))];
  return (
    <Card variant="outlined" sx={{ height: "100%" }} data-testid="financing-product">
      <CardContent sx={{ display: "grid", gap: 0.75 }}>
        <Box sx={{ display: "flex", gap: 1, alignItems: "baseline", flexWrap: "wrap" }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {p.name}
          </Typography>
          <Chip size="small" label={ProductKind.label(p.kind, lang)} />
          {p.greenChannel && <Chip size="small" color="success" label={t.green} />}
        </Box>
        <Typography variant="body2" color="text.secondary">
          {p.nodeName}
        </Typography>
        <Typography variant="body2">
          {t.rate} {pct(p.rateMinBp)}–{pct(p.rateMaxBp)} · {t.amount} {formatFen(p.amountMinFen, lang)}–{formatFen(p.amountMaxFen, lang)} ·{" "}
          {t.term.replace("%s", String(p.termMonthsMax))} · {GuaranteeForm.label(p.guaranteeForm, lang)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t.forWhom}：{forWhom.length ? forWhom.join("、") : t.any}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

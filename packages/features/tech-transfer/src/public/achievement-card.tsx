import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { formatFen } from "@qifu/ui";
import { TechField, TransferMode, TRL_LABELS, type TAchievement } from "../schemas";
import type { TTechTransferPublicMessages } from "./messages";

/** One achievement as a card (one column on a phone). */
export function AchievementCard({
  a,
  t,
  lang,
  children,
}: {
  a: TAchievement;
  t: TTechTransferPublicMessages;
  lang: "zh" | "en";
  children?: ReactNode;
}) {
  return (
    <Card variant="outlined" sx={{ height: "100%" }} data-testid="tt-achievement">
      <CardContent sx={{ display: "grid", gap: 0.75 }}>
        <Box sx={{ display: "flex", gap: 1, alignItems: "baseline", flexWrap: "wrap" }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {a.title}
          </Typography>
          <Chip size="small" label={TransferMode.label(a.mode, lang)} />
          <Chip size="small" variant="outlined" label={TechField.label(a.field, lang)} />
        </Box>
        <Typography variant="body2" color="text.secondary">
          {a.providerName}
          {a.providerTownName ? ` · ${a.providerTownName}` : ""}
        </Typography>
        <Typography variant="body2">
          {t.maturity} {TRL_LABELS[a.maturity]?.[lang] ?? a.maturity} · {t.price} {formatFen(a.priceMinFen, lang)}–
          {formatFen(a.priceMaxFen, lang)}
        </Typography>
        {a.keywords.length > 0 && (
          <Typography variant="caption" color="text.secondary">
            {a.keywords.join(" · ")}
          </Typography>
        )}
        {a.description && (
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ display: "-webkit-box", WebkitLineClamp: 3, WebkitBoxOrient: "vertical", overflow: "hidden" }}
          >
            {a.description}
          </Typography>
        )}
        <Typography variant="caption">
          {t.contact}：{a.contact}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

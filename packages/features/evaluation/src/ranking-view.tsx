import { useState } from "react";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Collapse from "@mui/material/Collapse";
import LinearProgress from "@mui/material/LinearProgress";
import Rating from "@mui/material/Rating";
import Typography from "@mui/material/Typography";
import { StatusChip, type StatusTone } from "@qifu/ui";
import { Consequence, type TConsequence, type TPublishedRound } from "./round-schemas";

type TLang = "zh" | "en";
const TEXT = {
  zh: { total: "总分", rank: "第 %n 名", corrected: "已更正", breakdown: "得分构成", points: "得分", weight: "权重" },
  en: { total: "Total", rank: "No. %n", corrected: "Corrected", breakdown: "Breakdown", points: "Points", weight: "Weight" },
};
const TONE: Record<TConsequence, StatusTone> = { AWARD: "success", SUPPORT: "info", NONE: "default", WARNING: "warning", DELIST: "danger" };

/**
 * A published ranking as cards (one column on a phone): rank, stars, total and consequence;
 * a tap opens the subject's breakdown, each indicator's points of its weight. The board and
 * the public page show the same thing.
 */
export function RankingView({ round, lang, openId }: { round: TPublishedRound; lang: TLang; openId?: string | null }) {
  const t = TEXT[lang];
  const [open, setOpen] = useState<string | null>(openId ?? null);
  return (
    <Box sx={{ display: "grid", gap: 1 }} data-testid="evaluation-ranking">
      {round.rows.map((r) => (
        <Card key={r.subjectId} variant="outlined" data-testid={`ranking-${r.name}`}>
          <Box
            component="button"
            onClick={() => setOpen(open === r.subjectId ? null : r.subjectId)}
            aria-expanded={open === r.subjectId}
            sx={{
              all: "unset",
              cursor: "pointer",
              display: "flex",
              flexWrap: "wrap",
              alignItems: "center",
              gap: 1,
              p: 1.5,
              width: "100%",
              boxSizing: "border-box",
            }}
          >
            <Typography variant="h6" component="span" sx={{ minWidth: 36, color: "primary.main" }}>
              {r.rank}
            </Typography>
            <Box sx={{ flex: "1 1 140px", minWidth: 0 }}>
              <Typography fontWeight={600} noWrap>
                {r.name}
              </Typography>
              <Rating value={r.stars} max={5} readOnly size="small" aria-label={`${r.stars}★`} />
            </Box>
            <Box sx={{ textAlign: "right" }}>
              <Typography variant="h6" component="span">
                {r.total.toFixed(2)}
              </Typography>
              <Typography variant="caption" display="block" color="text.secondary">
                {t.total}
              </Typography>
            </Box>
            <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap", width: { xs: "100%", sm: "auto" } }}>
              <StatusChip label={Consequence.label(r.consequence, lang)} tone={TONE[r.consequence]} />
              {r.corrected && <StatusChip label={`${t.corrected} v${r.version}`} tone="warning" />}
            </Box>
          </Box>
          <Collapse in={open === r.subjectId} unmountOnExit>
            <Box sx={{ px: 1.5, pb: 1.5, display: "grid", gap: 0.75 }} data-testid={`breakdown-${r.name}`}>
              <Typography variant="subtitle2">{t.breakdown}</Typography>
              {r.contributions.map((c) => (
                <Box key={c.key}>
                  <Box sx={{ display: "flex", justifyContent: "space-between", gap: 1 }}>
                    <Typography variant="body2" sx={{ minWidth: 0 }}>
                      {c.dimension ? `${c.dimension} · ` : ""}
                      {c.name}
                    </Typography>
                    <Typography variant="body2" sx={{ whiteSpace: "nowrap" }}>
                      {c.points.toFixed(2)} / {c.weight}
                    </Typography>
                  </Box>
                  <LinearProgress
                    variant="determinate"
                    value={c.weight ? (100 * c.points) / c.weight : 0}
                    sx={{ height: 6, borderRadius: 3 }}
                  />
                </Box>
              ))}
            </Box>
          </Collapse>
        </Card>
      ))}
    </Box>
  );
}

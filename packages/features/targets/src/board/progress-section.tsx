import { useTranslate } from "@refinedev/core";
import { useBoardLang } from "@qifu/ui/board";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Grid from "@mui/material/Grid2";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, StatusChip, TargetProgress } from "@qifu/ui";
import { statusOfRow, useTargetProgress, type TTargetProgress } from "./use-target-progress";

/** "全区 · 累计链接服务平台 · 2027 年目标": a town admin sees district and town targets side by side. */
export function useTargetLabel() {
  const t = useTranslate();
  const lang = useBoardLang();
  return (r: TTargetProgress) =>
    `${r.townName ?? t("targets.scopeDistrict")} · ${r.label[lang]} · ${t("targets.targetYear", { year: r.year })}`;
}

/**
 * Home section: a bar for every target in force in the selected year or later, the district's
 * first. Progress is measured on live data up to today (targets.progress).
 */
export function TargetsProgressSection({ year }: { year: number }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const labelOf = useTargetLabel();
  const { rows: all, loading, error, refetch } = useTargetProgress();
  const rows = all.filter((r) => r.year >= year).sort((a, b) => Number(a.townId !== null) - Number(b.townId !== null) || a.year - b.year);
  const reached = rows.filter((r) => statusOfRow(r).state === "REACHED").length;

  return (
    <Card sx={{ p: { xs: 2, sm: 2.5 } }}>
      <Box sx={{ display: "flex", alignItems: "flex-start", gap: 1, mb: 1 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {t("targets.progressTitle")}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {t("targets.progressSubtitle")}
          </Typography>
        </Box>
        {!loading && rows.length > 0 && (
          <StatusChip tone={reached === rows.length ? "success" : "info"} label={t("targets.reached", { reached, total: rows.length })} />
        )}
      </Box>
      {error && !all.length ? (
        <ErrorState message={error.message} onRetry={() => void refetch()} />
      ) : !loading && rows.length === 0 ? (
        <EmptyState title={t("targets.empty")} description={t("targets.emptyHint")} compact />
      ) : (
        <Grid container columnSpacing={4} rowSpacing={1}>
          {(loading ? Array.from({ length: 3 }, () => undefined) : rows).map((r, i) => (
            <Grid key={r?.targetId ?? i} size={{ xs: 12, md: 6 }}>
              {r ? (
                <>
                  <TargetProgress label={labelOf(r)} actual={r.actual} target={r.target} unit={r.unit[lang]} year={r.year} kind={r.kind} />
                  {r.source && (
                    <Typography variant="caption" color="text.secondary" sx={{ display: "block", mt: -0.5 }}>
                      {t("targets.fields.source")}：{r.source}
                    </Typography>
                  )}
                </>
              ) : (
                <TargetProgress label="" actual={0} target={0} loading />
              )}
            </Grid>
          ))}
        </Grid>
      )}
    </Card>
  );
}

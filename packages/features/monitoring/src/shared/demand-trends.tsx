import { useState } from "react";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid2";
import ToggleButton from "@mui/material/ToggleButton";
import ToggleButtonGroup from "@mui/material/ToggleButtonGroup";
import { BarChart, ChartCard, LineChart } from "@qifu/ui";
import { DemandSource, TrendDimension, type TTrends } from "../schemas";

type TLang = "zh" | "en";
type TDimension = TTrends["by"];

const T = {
  monthly: { zh: "需求月度走势", en: "Demand month by month" },
  split: { zh: "各类需求走势", en: "Demand by group" },
  empty: { zh: "本年度暂无诉求和服务申请", en: "No appeals or service requests this year" },
  source: { zh: "需求来源", en: "Source" },
};

export const monthLabel = (month: string, lang: TLang) => (lang === "zh" ? `${Number(month.slice(5))}月` : month.slice(5));

/** The dimension picker (category / town / industry). */
export function DimensionPicker({ value, onChange, lang }: { value: TDimension; onChange: (d: TDimension) => void; lang: TLang }) {
  return (
    <ToggleButtonGroup size="small" exclusive value={value} onChange={(_, v: TDimension | null) => v && onChange(v)}>
      {TrendDimension.values.map((d) => (
        <ToggleButton key={d} value={d} sx={{ px: 1.2, py: 0.3 }}>
          {TrendDimension.labels[d][lang]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}

/**
 * Appeals and service requests month by month (line), and the chosen split (stacked bars per
 * month, one source at a time): a leader sees at a glance what enterprises ask for and where.
 */
export function DemandTrendCharts({
  trends,
  loading,
  lang,
  by,
  onBy,
}: {
  trends: TTrends | undefined;
  loading: boolean;
  lang: TLang;
  by: TDimension;
  onBy: (d: TDimension) => void;
}) {
  const [source, setSource] = useState<(typeof DemandSource.values)[number]>("APPEALS");
  const months = (trends?.months ?? []).map((m) => monthLabel(m, lang));
  const empty = !trends || trends.totals.every((t) => t.total === 0);
  const scope = trends?.scope[lang];
  const split = trends?.series.filter((s) => s.source === source) ?? [];
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 5 }}>
        <ChartCard title={T.monthly[lang]} subtitle={scope} loading={loading} empty={empty} emptyText={T.empty[lang]} height={280}>
          <LineChart
            categories={months}
            series={(trends?.totals ?? []).map((t) => ({ name: DemandSource.labels[t.source][lang], data: t.data }))}
            height={280}
          />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 7 }}>
        <ChartCard
          title={`${T.split[lang]} · ${TrendDimension.labels[by][lang]}`}
          subtitle={scope}
          loading={loading}
          empty={empty}
          emptyText={T.empty[lang]}
          height={280}
          action={
            <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", justifyContent: "flex-end" }}>
              <ToggleButtonGroup
                size="small"
                exclusive
                value={source}
                aria-label={T.source[lang]}
                onChange={(_, v: typeof source | null) => v && setSource(v)}
              >
                {DemandSource.values.map((s) => (
                  <ToggleButton key={s} value={s} sx={{ px: 1.2, py: 0.3 }}>
                    {DemandSource.labels[s][lang]}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
              <DimensionPicker value={by} onChange={onBy} lang={lang} />
            </Box>
          }
        >
          <BarChart categories={months} series={split.map((s) => ({ name: s.label[lang], data: s.data }))} stacked height={280} />
        </ChartCard>
      </Grid>
    </Grid>
  );
}

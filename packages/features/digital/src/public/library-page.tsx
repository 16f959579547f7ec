import { useState, type ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Container from "@mui/material/Container";
import MenuItem from "@mui/material/MenuItem";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { formatFen, StatusChip } from "@qifu/ui";
import { SearchResults } from "@qifu/ui/public";
import { DigitalIndustry, DigitalScenario, LEVEL_LABELS, type TBenchmark, type TDigitalScenario, type TSolution } from "../schemas";
import { MY_DIGITAL_PATH, useDigitalPublic } from "./context";

/** One solution: scenario, industries, price range, deployment time, reference cases, provider. */
export function SolutionCard({ s, children }: { s: TSolution; children?: ReactNode }) {
  const { t, lang } = useDigitalPublic();
  return (
    <Card variant="outlined" sx={{ height: "100%" }} data-testid="dg-solution">
      <CardContent sx={{ display: "grid", gap: 0.5 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {s.name}
        </Typography>
        <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap" }}>
          <StatusChip label={DigitalScenario.label(s.scenario, lang)} tone="info" />
          {s.industries.map((i) => (
            <StatusChip key={i} label={DigitalIndustry.label(i, lang)} tone="default" />
          ))}
        </Box>
        <Typography variant="body2" color="text.secondary">
          {s.providerName}
          {s.providerTownName ? ` · ${s.providerTownName}` : ""}
        </Typography>
        <Typography variant="body2">
          {t.price}：{formatFen(s.priceMinFen, lang)}–{formatFen(s.priceMaxFen, lang)} · {t.deploy.replace("%s", String(s.deployDays))}
        </Typography>
        {s.cases && (
          <Typography variant="caption" color="text.secondary">
            {t.cases}：{s.cases}
          </Typography>
        )}
        {children}
      </CardContent>
    </Card>
  );
}

function BenchmarkCard({ b }: { b: TBenchmark }) {
  const { t, lang } = useDigitalPublic();
  return (
    <Card variant="outlined" sx={{ height: "100%" }} data-testid="dg-benchmark">
      <CardContent sx={{ display: "grid", gap: 0.75 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {b.title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {b.enterpriseName}
          {b.townName ? ` · ${b.townName}` : ""}
          {b.level !== null ? ` · ${LEVEL_LABELS[b.level][lang]}` : ""} · {b.recognisedOn}
        </Typography>
        <Typography variant="body2">
          <b>{t.before}：</b>
          {b.before}
        </Typography>
        <Typography variant="body2">
          <b>{t.after}：</b>
          {b.after}
        </Typography>
        {b.solutions.length > 0 && (
          <Typography variant="caption" color="text.secondary">
            {t.used}：{b.solutions.map((s) => `${s.name}（${s.providerName}）`).join("、")}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/** 数字化转型: the solution library and the benchmark cases, for anyone; an enterprise goes on to its diagnosis. */
export function LibraryPage() {
  const { client, t, lang } = useDigitalPublic();
  const [tab, setTab] = useState<"s" | "b">("s");
  const [q, setQ] = useState("");
  const [scenario, setScenario] = useState<"" | TDigitalScenario>("");
  const solutions = useQuery({
    queryKey: ["digital", "solutions", q, scenario],
    queryFn: () => client.digitalSolutions.publicList.query({ q: q || undefined, scenario: scenario || undefined, perPage: 60 }),
    placeholderData: keepPreviousData,
    enabled: tab === "s",
  });
  const benchmarks = useQuery({
    queryKey: ["digital", "benchmarks", q],
    queryFn: () => client.digitalBenchmarks.publicList.query({ q: q || undefined, perPage: 60 }),
    placeholderData: keepPreviousData,
    enabled: tab === "b",
  });
  return (
    <Container maxWidth="lg" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.intro}
      </Typography>
      <Tabs value={tab} onChange={(_, v) => setTab(v)} variant="scrollable" allowScrollButtonsMobile sx={{ mb: 1 }}>
        <Tab value="s" label={t.tabSolutions} />
        <Tab value="b" label={t.tabBenchmarks} />
      </Tabs>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 1 }}>
        <TextField size="small" label={t.search} value={q} onChange={(e) => setQ(e.target.value)} sx={{ flex: "1 1 220px" }} />
        {tab === "s" && (
          <TextField
            select
            size="small"
            label={t.allScenarios}
            value={scenario}
            onChange={(e) => setScenario(e.target.value as typeof scenario)}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">{t.allScenarios}</MenuItem>
            {DigitalScenario.choices(lang).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Button variant="contained" component={RouterLink} to={MY_DIGITAL_PATH} sx={{ minHeight: 40 }} data-testid="dg-diagnose-cta">
          {t.diagnoseCta}
        </Button>
      </Box>
      {tab === "s" ? (
        <SearchResults
          result={solutions}
          total={solutions.data?.total ?? 0}
          lang={lang}
          empty={{ title: t.emptySolutions, description: t.intro }}
          card={(s) => <SolutionCard s={s} />}
          dimStale
        />
      ) : (
        <SearchResults
          result={benchmarks}
          total={benchmarks.data?.total ?? 0}
          lang={lang}
          empty={{ title: t.emptyBenchmarks, description: t.intro }}
          card={(b) => <BenchmarkCard b={b} />}
          dimStale
        />
      )}
    </Container>
  );
}

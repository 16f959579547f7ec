import { useState, type ReactElement } from "react";
import { Link as RouterLink, useNavigate } from "react-router";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Container from "@mui/material/Container";
import Divider from "@mui/material/Divider";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import ArrowForward from "@mui/icons-material/ArrowForward";
import AccountTreeOutlined from "@mui/icons-material/AccountTreeOutlined";
import HubOutlined from "@mui/icons-material/HubOutlined";
import LinkOutlined from "@mui/icons-material/LinkOutlined";
import StorefrontOutlined from "@mui/icons-material/StorefrontOutlined";
import RecordVoiceOverOutlined from "@mui/icons-material/RecordVoiceOverOutlined";
import { ChartCard, ErrorState, formatNumber, messageOf, StatCard, TargetProgress, qifuPalette } from "@qifu/ui";
import { useNetworkPublic, type TTargetProgressItem } from "./context";
import { KindChart } from "./lazy-charts";
import { NetworkDiagram } from "./network-diagram";
import { SectionTitle } from "./page-header";
import { paths } from "./paths";
import { useOverview, useTargetProgress, useTownUnits } from "./queries";
import { SearchBox } from "./search-box";
import { TownMap } from "./town-map";
import { shanghaiYear } from "@qifu/domain";

/** The public home page: the plan's goals, live figures and the 1+12+N network at a glance. */
export function NetworkHomePage() {
  const { t, lang, homeExtra: HomeExtra } = useNetworkPublic();
  const overview = useOverview();
  const units = useTownUnits();
  const loading = overview.isPending;
  const o = overview.data;
  const stations = o?.stations.operating ?? 0;
  // Two cards a row on a phone leave no room for icons beside the labels.
  const phone = useMediaQuery((th: Theme) => th.breakpoints.down("sm"));
  const icon = (el: ReactElement) => (phone ? undefined : el);

  return (
    <>
      <Hero />
      <Container maxWidth="lg" sx={{ mt: { xs: -3, md: -5 }, position: "relative" }}>
        {overview.isError ? (
          <Card>
            <ErrorState message={messageOf(overview.error, lang)} onRetry={() => overview.refetch()} />
          </Card>
        ) : (
          <Box
            sx={{
              display: "grid",
              gap: { xs: 1.5, md: 2 },
              gridTemplateColumns: { xs: "repeat(2, minmax(0, 1fr))", md: "repeat(4, minmax(0, 1fr))" },
            }}
          >
            <StatCard
              label={t.statActive}
              value={o?.totalActive ?? 0}
              unit={t.unitCount}
              hint={t.statActiveHint}
              icon={icon(<HubOutlined />)}
              loading={loading}
            />
            <StatCard
              label={t.statLinked}
              value={o?.linkedPlatforms ?? 0}
              unit={t.unitCount}
              hint={o?.linkedTarget ? t.statLinkedHint(o.linkedTarget.year, o.linkedTarget.value) : undefined}
              icon={icon(<LinkOutlined />)}
              tone="success"
              loading={loading}
            />
            <StatCard
              label={t.statTowns}
              value={o?.towns.length ?? 0}
              unit={t.unitCount}
              hint={t.statTownsHint}
              icon={icon(<AccountTreeOutlined />)}
              loading={loading}
            />
            <StatCard
              label={t.statStations}
              value={stations}
              unit={t.unitCount}
              hint={t.statStationsHint}
              icon={icon(<StorefrontOutlined />)}
              tone="warning"
              loading={loading}
            />
          </Box>
        )}

        <TaskCards />

        <Box component="section" sx={{ mt: { xs: 4, md: 6 } }}>
          <SectionTitle
            title={t.diagramTitle}
            subtitle={t.diagramSubtitle}
            action={
              <Button component={RouterLink} to={paths.network} endIcon={<ArrowForward />} sx={{ minHeight: 40 }}>
                {t.viewNetwork}
              </Button>
            }
          />
          <NetworkDiagram overview={o} loading={loading} />
        </Box>

        <Box
          component="section"
          sx={{
            mt: { xs: 4, md: 6 },
            display: "grid",
            gap: 2,
            gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "repeat(2, minmax(0, 1fr))" },
          }}
        >
          <KindChart overview={o} loading={loading} />
          <ChartCard title={t.mapTitle} subtitle={t.mapSubtitle} loading={loading || units.isPending} height={phone ? 240 : 360}>
            <Box sx={{ px: 1 }}>
              <TownMap overview={o} units={units.data?.data} maxHeight={420} />
            </Box>
          </ChartCard>
        </Box>
        {HomeExtra && <HomeExtra />}
      </Container>
    </>
  );
}

/** The enterprise's two first tasks, in the page body: find a service, file an appeal. */
function TaskCards() {
  const { t } = useNetworkPublic();
  const cards = [
    { to: paths.services, title: t.taskServicesTitle, text: t.taskServicesText, icon: <StorefrontOutlined color="primary" /> },
    { to: paths.newAppeal, title: t.taskAppealTitle, text: t.taskAppealText, icon: <RecordVoiceOverOutlined color="primary" /> },
  ];
  return (
    <Box
      component="section"
      aria-label={t.tasksLabel}
      sx={{ mt: { xs: 3, md: 4 }, display: "grid", gap: 2, gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))" } }}
    >
      {cards.map((c) => (
        <Card key={c.to}>
          <CardActionArea
            component={RouterLink}
            to={c.to}
            data-testid="task-card"
            sx={{ p: { xs: 2, sm: 2.5 }, display: "flex", alignItems: "center", gap: 2, justifyContent: "flex-start", minHeight: 88 }}
          >
            {c.icon}
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography component="h2" sx={{ fontWeight: 700, fontSize: "1.0625rem" }}>
                {c.title}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {c.text}
              </Typography>
            </Box>
            <ArrowForward color="action" />
          </CardActionArea>
        </Card>
      ))}
    </Box>
  );
}

/** One target per metric: the nearest year not yet past, else the latest. */
function currentTargets(items: TTargetProgressItem[]): TTargetProgressItem[] {
  const year = shanghaiYear(new Date());
  const best = new Map<string, TTargetProgressItem>();
  for (const p of items) {
    const b = best.get(p.metricKey);
    const better = !b || (p.year >= year && (b.year < year || p.year < b.year)) || (p.year < year && b.year < year && p.year > b.year);
    if (better) best.set(p.metricKey, p);
  }
  return [...best.values()].sort(networkFirst);
}

/** The network's own goals (the 1+12+N this page is about) lead; the rest by metric, so the order is stable. */
const networkFirst = (a: TTargetProgressItem, b: TTargetProgressItem) =>
  Number(!a.metricKey.startsWith("network.")) - Number(!b.metricKey.startsWith("network.")) || a.metricKey.localeCompare(b.metricKey);

/** How many goals the hero shows before 展开全部: every feature adds targets, and the card must stay a card. */
const HERO_GOALS = 6;

/** The plan's goals: the district's target of the latest year for each metric. */
function planTargets(items: TTargetProgressItem[]): TTargetProgressItem[] {
  const last = new Map<string, TTargetProgressItem>();
  for (const p of items) if (p.townId === null && (last.get(p.metricKey)?.year ?? -1) < p.year) last.set(p.metricKey, p);
  return [...last.values()].sort(networkFirst);
}

function Hero() {
  const { t, lang } = useNetworkPublic();
  const navigate = useNavigate();
  const progress = useTargetProgress();
  const [allGoals, setAllGoals] = useState(false);
  const allTargets = currentTargets(progress.data ?? []);
  const allPlan = planTargets(progress.data ?? []);
  const targets = allGoals ? allTargets : allTargets.slice(0, HERO_GOALS);
  const plan = allGoals ? allPlan : allPlan.slice(0, HERO_GOALS);
  const sources = [...new Set(plan.map((g) => g.source).filter((x): x is string => !!x))];
  const more = Math.max(allTargets.length, allPlan.length) > HERO_GOALS;

  return (
    <Box
      component="section"
      sx={{
        color: "#fff",
        background: `linear-gradient(135deg, ${qifuPalette.primaryDark} 0%, ${qifuPalette.primary} 55%, #3b82d6 100%)`,
        pt: { xs: 3, md: 6 },
        pb: { xs: 6, md: 10 },
      }}
    >
      <Container
        maxWidth="lg"
        sx={{
          display: "grid",
          gap: { xs: 3, md: 5 },
          gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(0, 7fr) minmax(0, 5fr)" },
          alignItems: "center",
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="body2" sx={{ opacity: 0.85, mb: 1 }}>
            {t.heroOverline}
          </Typography>
          <Typography
            variant="h3"
            component="h1"
            sx={{ fontWeight: 800, fontSize: { xs: "1.625rem", sm: "2.125rem", md: "2.5rem" }, lineHeight: 1.25 }}
          >
            {t.heroTitle}
          </Typography>
          <Typography sx={{ mt: 2, opacity: 0.92, lineHeight: 1.8, fontSize: { xs: "0.9375rem", md: "1rem" } }}>{t.heroBody}</Typography>
          <Box sx={{ mt: 3, maxWidth: 560 }}>
            <SearchBox
              value=""
              onSearch={(q) => navigate(q ? paths.search(q) : paths.services)}
              placeholder={t.heroSearchPlaceholder}
              onDark
            />
          </Box>
          <Button
            component={RouterLink}
            to={paths.directory}
            endIcon={<ArrowForward />}
            sx={{ mt: 1.5, color: "#fff", minHeight: 40, px: 0 }}
          >
            {t.heroBrowse}
          </Button>
        </Box>

        <Card sx={{ p: { xs: 2, sm: 2.5 }, color: "text.primary", border: "none", boxShadow: "0 12px 32px rgba(10, 30, 70, 0.25)" }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            {t.goalsTitle}
          </Typography>
          {/* Live progress of the district's targets (linked platforms and whatever else is set): data, not constants. */}
          {progress.isPending ? (
            <TargetProgress label="" actual={0} target={0} loading />
          ) : (
            targets.map((p, i) => (
              <TargetProgress
                key={p.targetId}
                compact={i > 0}
                label={t.targetLabel(p.label[lang], p.year)}
                actual={p.actual}
                target={p.target}
                unit={p.unit[lang]}
                year={p.year}
                kind={p.kind}
              />
            ))
          )}
          <Divider sx={{ my: 1.5 }} />
          <Typography variant="caption" color="text.secondary" sx={{ display: "block", mb: 1 }}>
            {t.goalsPlan}
          </Typography>
          {/* The plan's goals as the district set them (targets are data): the latest year of each metric, with its 依据. */}
          <Box
            component="ul"
            data-testid="plan-goals"
            sx={{
              listStyle: "none",
              p: 0,
              m: 0,
              display: "grid",
              gridTemplateColumns: { xs: "repeat(2, minmax(0, 1fr))", sm: "repeat(3, minmax(0, 1fr))" },
              columnGap: 1.5,
              rowGap: 1,
            }}
          >
            {plan.map((g) => (
              <Box component="li" key={g.targetId} sx={{ minWidth: 0 }} title={g.source ? `${t.goalsSource}：${g.source}` : undefined}>
                <Typography sx={{ fontWeight: 800, fontSize: "1.0625rem", color: "primary.main", lineHeight: 1.2 }}>
                  {formatNumber(g.target, lang)}
                  <Typography component="span" variant="caption" sx={{ ml: 0.5, fontWeight: 600 }}>
                    {g.unit[lang]}
                  </Typography>
                </Typography>
                <Typography variant="caption" color="text.secondary" sx={{ display: "block", lineHeight: 1.4 }}>
                  {g.label[lang]} · {t.goalYear(g.year)}
                </Typography>
              </Box>
            ))}
          </Box>
          {sources.length > 0 && (
            <Typography variant="caption" color="text.secondary" sx={{ display: "block", mt: 1.5, lineHeight: 1.5 }}>
              {t.goalsSource}：{sources.join("；")}
            </Typography>
          )}
          {more && (
            <Button
              size="small"
              onClick={() => setAllGoals(!allGoals)}
              aria-expanded={allGoals}
              data-testid="all-goals"
              sx={{ mt: 1, minHeight: 40, px: 0 }}
            >
              {allGoals ? t.goalsFewer : t.goalsAll(Math.max(allTargets.length, allPlan.length))}
            </Button>
          )}
        </Card>
      </Container>
    </Box>
  );
}

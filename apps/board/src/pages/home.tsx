import { useState, type ReactNode } from "react";
import { Link as RouterLink } from "react-router";
import { useGetIdentity, useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { shanghaiYear } from "@qifu/domain";
import type { TOverviewArea } from "@qifu/ui/board";
import type { TIdentity } from "../auth-provider";
import { useHomeSections, useOverviewTiles } from "../composition";
import { usePermitted } from "../permissions";

/** The years the selector offers: the plan's span around today. */
const FIRST_YEAR = 2023;

/** The page's heading: the scope the server applied (a node, a town or the district), a year selector and a link. */
function PageTop({ year, setYear, subtitle, link }: { year: number; setYear: (y: number) => void; subtitle: string; link: ReactNode }) {
  const t = useTranslate();
  const { data: me } = useGetIdentity<TIdentity>();
  // figures are kept by Shanghai year, whatever the wall board's clock zone
  const thisYear = shanghaiYear(new Date());
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const title = me?.nodeName ? t("home.titleNode", { scope: me.nodeName }) : t("home.title", { scope: me?.townName ?? t("app.district") });
  return (
    <Box
      sx={{
        display: "flex",
        alignItems: { xs: "flex-start", sm: "flex-end" },
        gap: { xs: 1, sm: 2 },
        flexDirection: { xs: "column", sm: "row" },
      }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700, fontSize: { xs: "1.2rem", sm: "1.5rem" } }}>
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25 }}>
          {subtitle} {link}
        </Typography>
      </Box>
      <TextField
        select
        size="small"
        label={t("home.year")}
        value={year}
        onChange={(e) => setYear(Number(e.target.value))}
        sx={{ minWidth: 140, bgcolor: "background.paper" }}
      >
        {years.map((y) => (
          <MenuItem key={y} value={y}>
            {t("home.yearOption", { year: y })}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}

/**
 * The board's first screen (issue 13 point 5): what a leader reads in ten seconds, on one
 * 1440×900 screen. The features' overview tiles (features.ts) fill three areas: the headline
 * figures across the top, the map on the left, appeals and the ranking on the right. Each tile
 * links to its page; the long sections are one click away (/sections). On a phone the areas
 * stack into a short list.
 */
export function HomePage() {
  const t = useTranslate();
  const permitted = usePermitted();
  const tiles = useOverviewTiles().filter((tile) => permitted(tile.requires));
  const [year, setYear] = useState(() => shanghaiYear(new Date()));
  const area = (a: TOverviewArea) =>
    tiles.filter((tile) => tile.area === a).map(({ key, Component }) => <Component key={key} year={year} />);
  const link = (
    <Link component={RouterLink} to="/sections" data-testid="all-sections">
      {t("home.allSections")}
    </Link>
  );
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 1.5, maxWidth: 1680, mx: "auto" }} data-testid="board-overview">
      <PageTop year={year} setYear={setYear} subtitle={t("home.overviewSubtitle")} link={link} />
      <Box component="section" aria-label={t("home.headline")} sx={{ display: "flex", flexDirection: "column", gap: 1.5 }}>
        {area("headline")}
      </Box>
      <Box
        sx={{
          display: "grid",
          gap: 1.5,
          gridTemplateColumns: { xs: "minmax(0, 1fr)", lg: "minmax(0, 1fr) minmax(340px, 34%)" },
          alignItems: "start",
        }}
      >
        <Box sx={{ display: "flex", flexDirection: "column", gap: 1.5, minWidth: 0 }}>{area("main")}</Box>
        <Box sx={{ display: "flex", flexDirection: "column", gap: 1.5, minWidth: 0 }}>{area("side")}</Box>
      </Box>
    </Box>
  );
}

/** Every feature's long section, in their order: the detail behind the overview. */
export function AllSectionsPage() {
  const t = useTranslate();
  const permitted = usePermitted();
  const homeSections = useHomeSections().filter((s) => permitted(s.requires));
  const [year, setYear] = useState(() => shanghaiYear(new Date()));
  const link = (
    <Link component={RouterLink} to="/">
      {t("home.backToOverview")}
    </Link>
  );
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2.5, maxWidth: 1680, mx: "auto" }}>
      <PageTop year={year} setYear={setYear} subtitle={t("home.subtitle")} link={link} />
      {homeSections.map(({ key, Component }) => (
        <Component key={key} year={year} />
      ))}
    </Box>
  );
}

import { useGetIdentity, useTranslate } from "@refinedev/core";
import Box from "@mui/material/Box";
import { ErrorState, formatNumber } from "@qifu/ui";
import { featureBoardRpc, OverviewCard, OverviewFigure, type TOverviewLink, useBoardLang } from "@qifu/ui/board";
// type-only: erased at build, so no server code reaches the bundle
import type { appealsRouters } from "../server";

const { api, useBoardQuery } = featureBoardRpc<typeof appealsRouters>();

/** The console's appeal list with a filter: the long table behind each figure. */
const consoleList = (filter: Record<string, unknown>): TOverviewLink => ({
  to: `/admin/#/appeals?filter=${encodeURIComponent(JSON.stringify(filter))}`,
  external: true,
});

export const appealsOverviewMessages = {
  zh: {
    title: "暖企专员诉求",
    scope: "{{scope}} · 在办为当前数，满意度为 {{year}} 年",
    open: "在办",
    overdue: "已超时",
    red: "红牌督办",
    yellow: "黄牌 {{n}} 件",
    satisfaction: "满意率",
    rated: "{{n}} 件已评价",
    received: "{{year}} 年受理 {{n}} 件",
    noRatings: "暂无评价",
    more: "考核排名 →",
    unit: "件",
  },
  en: {
    title: "Enterprise appeals",
    scope: "{{scope}} · open now; satisfaction for {{year}}",
    open: "Open",
    overdue: "Overdue",
    red: "Red card",
    yellow: "{{n}} yellow",
    satisfaction: "Satisfied",
    rated: "{{n}} rated",
    received: "{{n}} received in {{year}}",
    noRatings: "No ratings yet",
    more: "Assessment →",
    unit: "",
  },
};

/**
 * The overview's appeals tile (issue 13 point 5): open, overdue and red-card appeals now, and the
 * year's satisfaction, in the caller's scope (the server applies it: the district, a town, a
 * department). Each figure opens the console's list with the same filter.
 */
export function AppealsOverviewTile({ year }: { year: number }) {
  const { data: me } = useGetIdentity<{ role?: string; townName?: string | null }>();
  // node staff and evaluators handle no appeals: no tile (and no refused request)
  if (!me?.role || !APPEAL_VIEWERS.includes(me.role)) return null;
  return <AppealsFigures year={year} townName={me.townName ?? null} />;
}

/** The roles appeals.overview answers (its policy on the server). */
const APPEAL_VIEWERS = ["DISTRICT_ADMIN", "TOWN_ADMIN", "DEPARTMENT_HANDLER", "COMMISSIONER"];

function AppealsFigures({ year, townName }: { year: number; townName: string | null }) {
  const t = useTranslate();
  const lang = useBoardLang();
  const { query } = useBoardQuery(api.appeals.overview, { year });
  const o = query.data?.data;
  const loading = query.isLoading;
  const n = (v: number | undefined) => formatNumber(v ?? 0, lang);
  const k = (key: string, opts?: Record<string, unknown>) => t(`appealAssessment.overview.${key}`, opts);
  const scope = townName ?? t("app.scopeDistrict");
  return (
    <OverviewCard
      title={k("title")}
      scope={k("scope", { scope, year })}
      more={{ to: "/appeal-assessment", label: k("more") }}
      testId="overview-appeals"
    >
      {query.error ? (
        <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />
      ) : (
        <Box sx={{ display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: 1 }}>
          <OverviewFigure
            testId="appeals-open"
            label={k("open")}
            value={n(o?.open)}
            unit={k("unit")}
            note={k("received", { year, n: n(o?.received) })}
            link={consoleList({ open: true })}
            loading={loading}
          />
          <OverviewFigure
            testId="appeals-overdue"
            label={k("overdue")}
            value={n(o?.overdue)}
            unit={k("unit")}
            tone={o?.overdue ? "warning" : "default"}
            link={consoleList({ overdue: true })}
            loading={loading}
          />
          <OverviewFigure
            testId="appeals-red"
            label={k("red")}
            value={n(o?.red)}
            unit={k("unit")}
            note={k("yellow", { n: n(o?.yellow) })}
            tone={o?.red ? "danger" : "default"}
            link={consoleList({ supervised: true })}
            loading={loading}
          />
          <OverviewFigure
            testId="appeals-satisfaction"
            label={k("satisfaction")}
            value={o?.satisfiedShare == null ? "—" : formatNumber(Math.round(o.satisfiedShare * 1000) / 10, lang)}
            unit={o?.satisfiedShare == null ? undefined : "%"}
            note={o?.rated ? k("rated", { n: n(o.rated) }) : k("noRatings")}
            link={{ to: "/appeal-assessment" }}
            loading={loading}
          />
        </Box>
      )}
    </OverviewCard>
  );
}

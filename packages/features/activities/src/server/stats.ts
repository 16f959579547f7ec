import { shanghaiDate, shanghaiYear, shanghaiYearSpan, shareInPercent, type TLabel } from "@qifu/domain";
import {
  byMetricScope,
  defineMetric,
  NO_ROWS,
  procedure,
  router,
  type TContext,
  type TMetricScope,
  type TSessionUser,
  type TWhere,
} from "@qifu/trpc-core";
import {
  ACTIVITIES_ATTENDANCES_METRIC,
  ACTIVITIES_HELD_METRIC,
  ACTIVITIES_SATISFACTION_METRIC,
  ZActivitiesStats,
  ZStatsInput,
  type TActivitiesRow,
  type TActivitiesStats,
} from "../schemas";

/** Published activities that started in `year` (Asia/Shanghai): the district's, a town's, or those one node organised. */
const inYear = ({ year, townId, nodeId }: TMetricScope): TWhere => ({
  status: "PUBLISHED",
  startsAt: shanghaiYearSpan(year),
  ...byMetricScope({ townId, nodeId }),
});

/** Share of ratings 4 or 5, in percent (one decimal); null without ratings. */
const satisfactionOf = (ratings: number[]) =>
  ratings.length ? shareInPercent(ratings.filter((r) => r >= 4).length, ratings.length) : null;

export const activitiesMetrics = [
  defineMetric({
    key: ACTIVITIES_HELD_METRIC,
    kind: "flow",
    label: { zh: "平台登记的已举办活动场次", en: "Activities held (recorded in the platform)" },
    unit: { zh: "场", en: "activities" },
    nodes: true,
    compute: (ctx, scope) => ctx.db.activity.count({ where: { AND: [inYear(scope), { endsAt: { lte: ctx.now() } }] } }),
  }),
  defineMetric({
    key: ACTIVITIES_ATTENDANCES_METRIC,
    kind: "flow",
    label: { zh: "活动培训服务企业家次", en: "Enterprise-times at activities and trainings" },
    unit: { zh: "家次", en: "enterprise-times" },
    nodes: true,
    compute: (ctx, scope) => ctx.db.activityRegistration.count({ where: { attendedAt: { not: null }, activity: inYear(scope) } }),
  }),
  defineMetric({
    key: ACTIVITIES_SATISFACTION_METRIC,
    kind: "rate",
    label: { zh: "活动培训满意度（4–5 分占比）", en: "Activity satisfaction (share rating 4–5)" },
    unit: { zh: "%", en: "%" },
    nodes: true,
    compute: async (ctx, scope) => {
      const rated = await ctx.db.activityRegistration.findMany({
        where: { rating: { not: null }, activity: inYear(scope) },
        select: { rating: true },
      });
      return satisfactionOf(rated.map((r) => r.rating!)) ?? 0;
    },
  }),
];

/** The board's scope: the district all, a town admin its town, a node operator its node's activities. */
function statsScope(user: TSessionUser | null): TWhere {
  if (user?.role === "TOWN_ADMIN") return user.townId ? { townId: user.townId } : NO_ROWS;
  if (user?.role === "NODE_OPERATOR") return user.nodeId ? { nodeId: user.nodeId } : NO_ROWS;
  return {};
}

async function scopeLabel(ctx: TContext): Promise<TLabel> {
  const u = ctx.user;
  if (u?.role === "TOWN_ADMIN" && u.townId) {
    const t = await ctx.db.town.findUnique({ where: { id: u.townId }, select: { name: true } });
    return { zh: `${t?.name ?? ""}范围（按主办节点所在镇街）`, en: `${t?.name ?? ""} only (by the organiser's town)` };
  }
  if (u?.role === "NODE_OPERATOR" && u.nodeId) {
    const n = await ctx.db.node.findUnique({ where: { id: u.nodeId }, select: { name: true } });
    return { zh: `本节点（${n?.name ?? ""}）主办的活动`, en: `Activities organised by your node (${n?.name ?? ""})` };
  }
  return { zh: "全区，平台登记的活动", en: "Whole district, activities recorded in the platform" };
}

type TAgg = { label: TLabel; held: number; attendances: number; noShows: number; ratings: number[] };

/** Activities and attendance per series, town, month and organiser node, in the caller's scope. */
export async function activitiesStats(ctx: TContext, year: number): Promise<TActivitiesStats> {
  const now = ctx.now();
  const rows = await ctx.db.activity.findMany({
    where: { AND: [inYear({ year, townId: null }), statsScope(ctx.user)] },
    select: {
      startsAt: true,
      endsAt: true,
      seriesId: true,
      nodeId: true,
      townId: true,
      series: { select: { name: true, nameEn: true, sortOrder: true } },
      node: { select: { name: true } },
      town: { select: { name: true, sortOrder: true } },
      registrations: { where: { status: "REGISTERED" }, select: { attendedAt: true, rating: true } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  const groups = {
    series: new Map<string, TAgg>(),
    town: new Map<string, TAgg>(),
    month: new Map<string, TAgg>(),
    node: new Map<string, TAgg>(),
  };
  for (let m = 1; m <= 12; m++) {
    const key = String(m).padStart(2, "0");
    groups.month.set(key, { label: { zh: `${m}月`, en: `${year}-${key}` }, held: 0, attendances: 0, noShows: 0, ratings: [] });
  }
  const total: TAgg = { label: { zh: "", en: "" }, held: 0, attendances: 0, noShows: 0, ratings: [] };
  for (const a of rows) {
    const ended = a.endsAt <= now;
    const attendances = a.registrations.filter((r) => r.attendedAt).length;
    const noShows = ended ? a.registrations.length - attendances : 0;
    const ratings = a.registrations.flatMap((r) => (r.rating ? [r.rating] : []));
    const keys: [Map<string, TAgg>, string, TLabel][] = [
      [groups.series, a.seriesId, { zh: a.series.name, en: a.series.nameEn }],
      [groups.town, a.townId ?? "DISTRICT", a.town ? { zh: a.town.name, en: a.town.name } : { zh: "区级", en: "District level" }],
      [groups.month, shanghaiDate(a.startsAt).slice(5, 7), { zh: "", en: "" }],
      [groups.node, a.nodeId, { zh: a.node.name, en: a.node.name }],
    ];
    const aggs = keys.map(
      ([map, key, label]) => map.get(key) ?? map.set(key, { label, held: 0, attendances: 0, noShows: 0, ratings: [] }).get(key)!,
    );
    for (const agg of [...aggs, total]) {
      if (ended) agg.held++;
      agg.attendances += attendances;
      agg.noShows += noShows;
      agg.ratings.push(...ratings);
    }
  }
  const out = (map: Map<string, TAgg>, sort: boolean): TActivitiesRow[] => {
    const list = [...map.entries()].map(([key, g]) => ({
      key,
      label: g.label,
      held: g.held,
      attendances: g.attendances,
      noShows: g.noShows,
      avgRating: g.ratings.length ? Math.round((g.ratings.reduce((x, y) => x + y, 0) / g.ratings.length) * 100) / 100 : null,
    }));
    return sort ? list.sort((x, y) => y.attendances - x.attendances || x.label.zh.localeCompare(y.label.zh, "zh")) : list;
  };
  return {
    year,
    scope: await scopeLabel(ctx),
    held: total.held,
    attendances: total.attendances,
    noShows: total.noShows,
    ratings: total.ratings.length,
    satisfaction: satisfactionOf(total.ratings),
    avgRating: out(new Map([["", total]]), false)[0].avgRating,
    bySeries: out(groups.series, true),
    byTown: out(groups.town, true),
    byMonth: out(groups.month, false),
    byNode: out(groups.node, true),
  };
}

const stats = procedure(["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"], { description: "Activities and attendance for the board" })
  .input(ZStatsInput)
  .output(ZActivitiesStats)
  .query(({ ctx, input }) => activitiesStats(ctx, input?.year ?? shanghaiYear(ctx.now())));

export const statsRouter = router({ stats });

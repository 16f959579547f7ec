import { AppError, industrySection, ServiceCategory, shanghaiDate, shanghaiYearSpan, type TLabel } from "@qifu/domain";
import type { TContext } from "@qifu/trpc-core";
import { DemandSource, type TTrends, type TTrendSeries } from "../schemas";
import { monthsOf } from "./due";

/** Groups shown per source; the rest are summed under 其他. */
const TOP = 8;
const OTHER: TLabel = { zh: "其他", en: "Other" };
const UNKNOWN: TLabel = { zh: "未注明", en: "Not given" };

const serviceCategory = (key: string) => ({
  key,
  label: ServiceCategory.labels[key as keyof typeof ServiceCategory.labels] ?? { zh: key, en: key },
});

type TDemand = { at: Date; category: { key: string; label: TLabel }; townId: string | null; industryCode: string | null };

/**
 * What enterprises asked for, month by month: appeals (暖企专员, by the appeal category, the
 * enterprise's town and industry) and service requests (by service category, the request's
 * town, the enterprise's industry) and the public site's searches (search_log: by the category
 * searched for, the visitor's town and industry where known). Read-only counts, filtered to the caller's town.
 */
export async function demandTrends(ctx: TContext, year: number, by: TTrends["by"]): Promise<TTrends> {
  const user = ctx.user!;
  const town = user.role === "TOWN_ADMIN" ? user.townId : null;
  if (user.role === "TOWN_ADMIN" && !town) throw new AppError("FORBIDDEN", { zh: "账号未关联镇街", en: "Your account has no town" });
  // the year in Shanghai time, as UTC instants
  const { gte: from, lt: to } = shanghaiYearSpan(year);
  // appeals carry the enterprise id only: the enterprise gives the town and the industry
  const townFirms = town ? (await ctx.db.enterprise.findMany({ where: { townId: town }, select: { id: true } })).map((e) => e.id) : null;
  const [appeals, requests, searches, towns, categories] = await Promise.all([
    ctx.db.appeal.findMany({
      where: { submittedAt: { gte: from, lt: to }, ...(townFirms ? { enterpriseId: { in: townFirms } } : {}) },
      select: { submittedAt: true, categoryId: true, enterpriseId: true },
    }),
    ctx.db.serviceRequest.findMany({
      where: { createdAt: { gte: from, lt: to }, ...(town ? { townId: town } : {}) },
      select: { createdAt: true, category: true, townId: true, enterprise: { select: { industryCode: true } } },
    }),
    // a search's town is the one the visitor filtered on or their enterprise's; anonymous ones have none
    ctx.db.searchLog.findMany({
      where: { at: { gte: from, lt: to }, ...(town ? { townId: town } : {}) },
      select: { at: true, category: true, townId: true, industryCode: true },
    }),
    ctx.db.town.findMany({ select: { id: true, name: true, sortOrder: true } }),
    ctx.db.appealCategory.findMany({ select: { id: true, code: true, name: true, nameEn: true } }),
  ]);
  const firms = new Map(
    (
      await ctx.db.enterprise.findMany({
        where: { id: { in: [...new Set(appeals.map((a) => a.enterpriseId))] } },
        select: { id: true, townId: true, industryCode: true },
      })
    ).map((e) => [e.id, e]),
  );
  const categoryOf = new Map(categories.map((c) => [c.id, { key: c.code, label: { zh: c.name, en: c.nameEn } }]));
  const townName = new Map(towns.map((t) => [t.id, t.name]));
  const demands: Record<(typeof DemandSource.values)[number], TDemand[]> = {
    APPEALS: appeals.map((a) => ({
      at: a.submittedAt,
      category: categoryOf.get(a.categoryId) ?? { key: "-", label: UNKNOWN },
      townId: firms.get(a.enterpriseId)?.townId ?? null,
      industryCode: firms.get(a.enterpriseId)?.industryCode ?? null,
    })),
    REQUESTS: requests.map((r) => ({
      at: r.createdAt,
      category: serviceCategory(r.category),
      townId: r.townId,
      industryCode: r.enterprise.industryCode,
    })),
    SEARCHES: searches.map((q) => ({
      at: q.at,
      category: q.category ? serviceCategory(q.category) : { key: "-", label: UNKNOWN },
      townId: q.townId,
      industryCode: q.industryCode,
    })),
  };
  const groupOf = (d: TDemand): { key: string; label: TLabel } => {
    if (by === "category") return d.category;
    if (by === "town") {
      const name = d.townId ? townName.get(d.townId) : undefined;
      return name ? { key: d.townId!, label: { zh: name, en: name } } : { key: "-", label: UNKNOWN };
    }
    const section = industrySection(d.industryCode);
    return section ? { key: section.code, label: section.name } : { key: "-", label: UNKNOWN };
  };
  const months = monthsOf(year);
  const monthIndex = (at: Date) => Number(shanghaiDate(at).slice(5, 7)) - 1;
  const series: TTrendSeries[] = [];
  const totals: TTrends["totals"] = [];
  for (const source of DemandSource.values) {
    const groups = new Map<string, TTrendSeries>();
    const all = Array<number>(12).fill(0);
    for (const d of demands[source]) {
      const g = groupOf(d);
      const s = groups.get(g.key) ?? { source, key: g.key, label: g.label, data: Array<number>(12).fill(0), total: 0 };
      s.data[monthIndex(d.at)]++;
      s.total++;
      all[monthIndex(d.at)]++;
      groups.set(g.key, s);
    }
    const ranked = [...groups.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
    const rest = ranked.slice(TOP);
    series.push(...ranked.slice(0, TOP));
    if (rest.length)
      series.push({
        source,
        key: "~other",
        label: OTHER,
        data: months.map((_, i) => rest.reduce((n, s) => n + s.data[i], 0)),
        total: rest.reduce((n, s) => n + s.total, 0),
      });
    totals.push({ source, data: all, total: all.reduce((a, b) => a + b, 0) });
  }
  const name = town ? townName.get(town) : null;
  const scope = name
    ? {
        zh: `${name}范围（诉求按企业所在镇街；搜索仅含注明该镇街的）`,
        en: `${name} only (appeals by the enterprise's town; searches that name the town)`,
      }
    : { zh: "全区", en: "Whole district" };
  return { year, by, months, totals, series, scope };
}

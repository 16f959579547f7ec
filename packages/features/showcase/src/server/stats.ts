import { shanghaiYearSpan, type TLabel } from "@qifu/domain";
import { defineMetric, type TContext } from "@qifu/trpc-core";
import { SHOWCASE_PUBLISHED_METRIC, ShowcaseKind, type TShowcaseStats } from "../schemas";

/** 发布典型风采数: entries published in the year (taken down later still counts: it was published). */
export const publishedMetric = defineMetric({
  key: SHOWCASE_PUBLISHED_METRIC,
  label: { zh: "发布典型风采数", en: "Showcase entries published" },
  unit: { zh: "个", en: "" },
  kind: "flow",
  compute: (ctx, { year, townId }) =>
    ctx.db.showcaseEntry.count({ where: { publishedAt: shanghaiYearSpan(year), ...(townId ? { townId } : {}) } }),
});

/** The board's figures within the caller's scope (the district, or a town admin's town). Each figure counted once. */
export async function showcaseStats(ctx: TContext, year: number): Promise<TShowcaseStats> {
  // a town admin's figures are its town's; every other staff role sees the district's (published entries are public anyway)
  const townId = ctx.user?.role === "TOWN_ADMIN" ? ctx.user.townId : null;
  const scope = townId ? { townId } : {};
  const [published, pending, towns, trend] = await Promise.all([
    ctx.db.showcaseEntry.findMany({
      where: { AND: [scope, { publishedAt: shanghaiYearSpan(year) }] },
      select: { kind: true, townId: true },
    }),
    ctx.db.showcaseEntry.count({ where: { AND: [scope, { status: "SUBMITTED" }] } }),
    ctx.db.town.findMany({
      where: townId ? { id: townId } : {},
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, nameEn: true },
    }),
    Promise.all(
      [4, 3, 2, 1, 0].map(async (back) => ({
        year: year - back,
        count: await ctx.db.showcaseEntry.count({ where: { AND: [scope, { publishedAt: shanghaiYearSpan(year - back) }] } }),
      })),
    ),
  ]);
  const town = townId ? towns[0] : undefined;
  const scopeLabel: TLabel = town
    ? { zh: `${town.name}范围，${year}年发布`, en: `${town.nameEn ?? town.name}, published in ${year}` }
    : { zh: `全区，${year}年发布`, en: `Whole district, published in ${year}` };
  const districtLevel = published.filter((p) => !p.townId).length;
  return {
    year,
    scope: scopeLabel,
    published: published.length,
    pending,
    byKind: ShowcaseKind.values.map((k) => ({
      key: k,
      label: ShowcaseKind.labels[k],
      count: published.filter((p) => p.kind === k).length,
    })),
    byTown: [
      ...towns.map((t) => ({
        key: t.id,
        label: { zh: t.name, en: t.nameEn ?? t.name },
        count: published.filter((p) => p.townId === t.id).length,
      })),
      // the district centre's own entries (no town): listed for the district only, so the rows add up to the total
      ...(townId ? [] : [{ key: "DISTRICT", label: { zh: "区级", en: "District level" }, count: districtLevel }]),
    ],
    byYear: trend,
  };
}

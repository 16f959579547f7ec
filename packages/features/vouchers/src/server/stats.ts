import { z } from "zod";
import { ServiceCategory } from "@qifu/domain";
import { byMetricScope, defineMetric, procedure, type TContext } from "@qifu/trpc-core";
import { VOUCHER_REDEEMED_METRIC, ZVoucherStats, type TVoucherStats } from "../schemas";
import { NODE_STAFF, redemptionScope, STAFF, voucherScope } from "./access";

export const redeemedMetric = defineMetric({
  key: VOUCHER_REDEEMED_METRIC,
  label: { zh: "服务券核销金额", en: "Vouchers redeemed" },
  unit: { zh: "元", en: "yuan" },
  nodes: true,
  compute: async (ctx, { year, townId, nodeId }) => {
    const r = await ctx.db.voucherRedemption.aggregate({
      where: { period: { startsWith: `${year}-` }, ...byMetricScope({ townId, nodeId }) },
      _sum: { amountFen: true },
    });
    return (r._sum.amountFen ?? 0) / 100;
  },
});

type TRow = TVoucherStats["byTown"][number];
const add = (map: Map<string, TRow>, key: string, name: string, field: "redeemedFen" | "confirmedFen" | "settledFen", fen: number) => {
  const row = map.get(key) ?? { key, name, issuedFen: 0, redeemedFen: 0, confirmedFen: 0, settledFen: 0 };
  row[field] += fen;
  map.set(key, row);
};
const sorted = (m: Map<string, TRow>) =>
  [...m.values()].sort((a, b) => b.redeemedFen - a.redeemedFen || b.issuedFen - a.issuedFen || a.key.localeCompare(b.key));

/** The board's figures within the caller's scope: issued, redeemed, confirmed, settled (fen) by town, node, category; ratings. */
export async function voucherStats(ctx: TContext): Promise<TVoucherStats> {
  const user = ctx.user!;
  const rScope = redemptionScope(user);
  const [redemptions, vouchers, budget, scopeName] = await Promise.all([
    ctx.db.voucherRedemption.findMany({
      where: rScope,
      select: {
        amountFen: true,
        status: true,
        settlementId: true,
        category: true,
        rating: true,
        nodeId: true,
        townId: true,
        node: { select: { name: true } },
        town: { select: { name: true } },
      },
    }),
    user.role === "NODE_OPERATOR"
      ? Promise.resolve([])
      : ctx.db.voucher.findMany({
          where: { AND: [voucherScope(user), { status: "ISSUED" }] },
          select: { faceValueFen: true, townId: true, town: { select: { name: true } } },
        }),
    user.role === "DISTRICT_ADMIN" ? ctx.db.voucherBatch.aggregate({ _sum: { budgetFen: true } }) : Promise.resolve(null),
    user.role === "TOWN_ADMIN" && user.townId
      ? ctx.db.town.findUnique({ where: { id: user.townId }, select: { name: true } }).then((t) => t?.name ?? "")
      : user.role === "NODE_OPERATOR" && user.nodeId
        ? ctx.db.node.findUnique({ where: { id: user.nodeId }, select: { name: true } }).then((n) => n?.name ?? "")
        : Promise.resolve(""),
  ]);
  const byTown = new Map<string, TRow>();
  const byNode = new Map<string, TRow>();
  const byCategory = new Map<string, TRow>();
  const ratings = [1, 2, 3, 4, 5].map((stars) => ({ stars, count: 0 }));
  let issuedFen = 0;
  for (const v of vouchers) {
    issuedFen += v.faceValueFen;
    const key = v.townId ?? "-";
    const row = byTown.get(key) ?? { key, name: v.town?.name ?? "区直", issuedFen: 0, redeemedFen: 0, confirmedFen: 0, settledFen: 0 };
    row.issuedFen += v.faceValueFen;
    byTown.set(key, row);
  }
  const totals = { redeemedFen: 0, confirmedFen: 0, settledFen: 0 };
  for (const r of redemptions) {
    const fields: ("redeemedFen" | "confirmedFen" | "settledFen")[] = ["redeemedFen"];
    if (r.status === "CONFIRMED") fields.push("confirmedFen");
    if (r.settlementId) fields.push("settledFen");
    for (const f of fields) {
      totals[f] += r.amountFen;
      add(byTown, r.townId ?? "-", r.town?.name ?? "区直", f, r.amountFen);
      add(byNode, r.nodeId, r.node.name, f, r.amountFen);
      add(byCategory, r.category, ServiceCategory.label(r.category as never), f, r.amountFen);
    }
    if (r.rating) ratings[r.rating - 1].count++;
  }
  const rated = ratings.reduce((s, x) => s + x.count, 0);
  const scope =
    user.role === "DISTRICT_ADMIN"
      ? { zh: "全区", en: "Whole district" }
      : user.role === "TOWN_ADMIN"
        ? { zh: `${scopeName}（本镇街节点的核销）`, en: `${scopeName} (redemptions at its nodes)` }
        : { zh: `${scopeName}（本节点）`, en: `${scopeName} (this node)` };
  return {
    scope,
    issuedFen,
    ...totals,
    budgetFen: budget?._sum.budgetFen ?? 0,
    averageRating: rated ? Math.round((ratings.reduce((s, x) => s + x.stars * x.count, 0) / rated) * 100) / 100 : null,
    ratings,
    byTown: sorted(byTown),
    byNode: sorted(byNode),
    byCategory: sorted(byCategory),
  };
}

export const statsProcedure = procedure([...STAFF, ...NODE_STAFF], { description: "Voucher figures within the caller's scope" })
  .input(z.object({}).optional())
  .output(ZVoucherStats)
  .query(({ ctx }) => voucherStats(ctx));

import { z } from "zod";
import { AppError, dayOrNull } from "@qifu/domain";
import { defineCarrier } from "@qifu/carrier-kit/server";
import { procedure, router } from "@qifu/trpc-core";
import { TARGET_YEARS, ZBaseFigures, ZInnovationBase, ZInnovationBasePublicSearch, ZInnovationBasesStats, ZPublicBase } from "../schemas";
import { INNOVATION_BASE_EDITORS, INNOVATION_BASE_LABEL, innovationBaseScope, innovationBasesResource } from "./resources";
import { residencyStatusOf } from "./residents";
import { baseFigures, innovationBasesCountMetric, innovationBasesStats } from "./stats";

const ZId = z.object({ id: z.string().min(1).max(64) });

/** 创新创业基地 as a carrier: the public sees the active bases, the most recognised first; a base's page lists its residents (the 在孵企业名单). */
export const innovationBasesCarrier = defineCarrier({
  resource: innovationBasesResource,
  public: {
    search: ZInnovationBasePublicSearch,
    where: () => ({ status: "ACTIVE" }),
    filters: (input) => (input.kind ? { kind: input.kind } : {}),
    order: [{ recognitionLevel: "asc" }, { name: "asc" }],
    dto: ZInnovationBase,
    description: "Active innovation bases for the public site",
    getDescription: "One active innovation base with its residents",
    detail: {
      dto: ZPublicBase,
      load: async (ctx, row, base) => {
        const [figures, residents] = await Promise.all([
          baseFigures(ctx, { id: row.id }),
          ctx.db.innovationBaseResident.findMany({
            where: { baseId: row.id, leftOn: null },
            include: { enterprise: { select: { name: true, tier: true } } },
            orderBy: [{ movedInOn: "desc" }, { id: "asc" }],
          }),
        ]);
        return {
          ...base,
          figures,
          residents: residents.map((r) => ({
            enterpriseId: r.enterpriseId,
            name: r.enterprise.name,
            tier: r.enterprise.tier as never,
            movedInOn: dayOrNull(r.movedInOn)!,
            status: residencyStatusOf(r),
            graduatedOn: dayOrNull(r.graduatedOn),
          })),
        };
      },
    },
  },
  metric: innovationBasesCountMetric,
  targetYears: TARGET_YEARS,
  ownNodeStats: true,
  stats: {
    dto: ZInnovationBasesStats,
    compute: innovationBasesStats,
    description: "Counts, figures and target progress of innovation bases",
  },
});

/** Beside the resource contract: the carrier's public pages and board figures, and one base's figures. */
export const innovationBasesRouter = router({
  ...innovationBasesCarrier.procedures,

  /** One base's figures, for its page in the admin console (scoped like the base). */
  figures: procedure(INNOVATION_BASE_EDITORS, { description: "Occupancy, graduations, growth and financing of one base" })
    .input(ZId)
    .output(ZBaseFigures)
    .query(async ({ ctx, input }) => {
      const where = { AND: [{ id: input.id }, innovationBaseScope(ctx.user)] };
      if (!(await ctx.db.innovationBase.findFirst({ where, select: { id: true } }))) throw AppError.notFound(INNOVATION_BASE_LABEL);
      return baseFigures(ctx, where);
    }),
});

import { z } from "zod";
import { AppError, STAFF_ROLES, tsQueryFor, dayOrNull } from "@qifu/domain";
import { procedure, router } from "@qifu/trpc-core";
import { ZBaseFigures, ZInnovationBase, ZInnovationBasePublicSearch, ZInnovationBasesStats, ZPublicBase } from "../schemas";
import { INNOVATION_BASE_EDITORS, INNOVATION_BASE_INCLUDE, INNOVATION_BASE_LABEL, innovationBaseScope, residencyStatusOf, toInnovationBaseDto } from "./resources";
import { baseFigures, innovationBasesStats } from "./stats";

const ZId = z.object({ id: z.string().min(1).max(64) });

/** Beside the resource contract: the public pages (active bases only), a base's figures and the board's. */
export const innovationBasesRouter = router({
  publicList: procedure("public", { description: "Active innovation bases for the public site" })
    .input(ZInnovationBasePublicSearch)
    .output(z.object({ data: z.array(ZInnovationBase), total: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const tsq = input.q ? tsQueryFor(input.q) : null;
      const ids = tsq
        ? (await ctx.db.$queryRaw<{ id: string }[]>`SELECT id FROM "innovation_base" WHERE "searchVector" @@ to_tsquery('simple', ${tsq}) AND status = 'ACTIVE' LIMIT 5000`).map((r) => r.id)
        : null;
      const where = { status: "ACTIVE", ...(input.townId ? { townId: input.townId } : {}), ...(input.kind ? { kind: input.kind } : {}), ...(ids ? { id: { in: ids } } : {}) };
      const [rows, total] = await Promise.all([
        ctx.db.innovationBase.findMany({ where, include: INNOVATION_BASE_INCLUDE, orderBy: [{ recognitionLevel: "asc" }, { name: "asc" }, { id: "asc" }], skip: (input.page - 1) * input.perPage, take: input.perPage }),
        ctx.db.innovationBase.count({ where }),
      ]);
      return { data: rows.map(toInnovationBaseDto), total };
    }),

  /** One active base with its figures and its resident enterprises (names and tiers: the 在孵企业名单). */
  publicGet: procedure("public", { description: "One active innovation base with its residents" })
    .input(ZId)
    .output(ZPublicBase)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.innovationBase.findFirst({ where: { id: input.id, status: "ACTIVE" }, include: INNOVATION_BASE_INCLUDE });
      if (!row) throw AppError.notFound(INNOVATION_BASE_LABEL);
      const [figures, residents] = await Promise.all([
        baseFigures(ctx, { id: row.id }),
        ctx.db.innovationBaseResident.findMany({ where: { baseId: row.id, leftOn: null }, include: { enterprise: { select: { name: true, tier: true } } }, orderBy: [{ movedInOn: "desc" }, { id: "asc" }] }),
      ]);
      return {
        ...toInnovationBaseDto(row),
        figures,
        residents: residents.map((r) => ({ enterpriseId: r.enterpriseId, name: r.enterprise.name, tier: r.enterprise.tier as never, movedInOn: dayOrNull(r.movedInOn)!, status: residencyStatusOf(r), graduatedOn: dayOrNull(r.graduatedOn) })),
      };
    }),

  /** One base's figures, for its page in the admin console (scoped like the base). */
  figures: procedure(INNOVATION_BASE_EDITORS, { description: "Occupancy, graduations, growth and financing of one base" })
    .input(ZId)
    .output(ZBaseFigures)
    .query(async ({ ctx, input }) => {
      const where = { AND: [{ id: input.id }, innovationBaseScope(ctx.user)] };
      if (!(await ctx.db.innovationBase.findFirst({ where, select: { id: true } }))) throw AppError.notFound(INNOVATION_BASE_LABEL);
      return baseFigures(ctx, where);
    }),

  stats: procedure(STAFF_ROLES, { description: "Counts, figures and target progress of innovation bases" })
    .output(ZInnovationBasesStats)
    .query(({ ctx }) => innovationBasesStats(ctx)),
});

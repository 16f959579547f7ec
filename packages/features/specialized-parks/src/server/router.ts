import { z } from "zod";
import { AppError, STAFF_ROLES, tsQueryFor } from "@qifu/domain";
import { newId } from "@qifu/db";
import { procedure, router, type TContext, checkCarrierEnterprise } from "@qifu/trpc-core";
import { PUBLIC_PARK_STATUSES, ZParkResident, ZParkResidentAdd, ZSpecializedPark, ZSpecializedParkDetail, ZSpecializedParkPublicSearch, ZSpecializedParksStats } from "../schemas";
import { SPECIALIZED_PARKS_EDITORS, SPECIALIZED_PARKS_INCLUDE, SPECIALIZED_PARKS_LABEL, specializedParkScope, toSpecializedParkDto } from "./resources";
import { specializedParksStats } from "./stats";

const ZId = z.object({ id: z.string().min(1).max(64) });
const RESIDENT_INCLUDE = { enterprise: { select: { name: true, tier: true } } } as const;
const toResident = (r: any) => ({ id: r.id, parkId: r.parkId, enterpriseId: r.enterpriseId, enterpriseName: r.enterprise.name, tier: r.enterprise.tier, movedInOn: r.movedInOn ? r.movedInOn.toISOString().slice(0, 10) : null });

/** The park, if the caller may change it: same fences as the resource's writes. */
async function parkInScope(ctx: TContext, parkId: string) {
  const park = await ctx.db.specializedPark.findFirst({ where: { AND: [{ id: parkId }, specializedParkScope(ctx.user)] }, select: { id: true } });
  if (!park) throw AppError.notFound(SPECIALIZED_PARKS_LABEL);
  return park;
}

/** Beside the resource contract: resident enterprises, the public pages and the board's figures. */
export const specializedParksRouter = router({
  residents: procedure(SPECIALIZED_PARKS_EDITORS, { description: "Resident enterprises of a park, with their tier" })
    .input(z.object({ parkId: z.string().min(1).max(64) }))
    .output(z.array(ZParkResident))
    .query(async ({ ctx, input }) => {
      await parkInScope(ctx, input.parkId);
      const rows = await ctx.db.specializedParkResident.findMany({ where: { parkId: input.parkId }, include: RESIDENT_INCLUDE, orderBy: [{ movedInOn: "asc" }, { id: "asc" }] });
      return rows.map(toResident);
    }),

  addResident: procedure(SPECIALIZED_PARKS_EDITORS, { description: "Record an enterprise of the registry as resident in a park" })
    .input(ZParkResidentAdd)
    .output(ZParkResident)
    .mutation(async ({ ctx, input }) => {
      await parkInScope(ctx, input.parkId);
      await checkCarrierEnterprise(ctx, input.enterpriseId);
      const enterprise = await ctx.db.enterprise.findUnique({ where: { id: input.enterpriseId }, select: { id: true } });
      if (!enterprise) throw AppError.validation("enterpriseId", { zh: "企业库中没有这家企业", en: "The enterprise is not in the registry" });
      const existing = await ctx.db.specializedParkResident.findFirst({ where: { parkId: input.parkId, enterpriseId: input.enterpriseId } });
      if (existing) throw AppError.validation("enterpriseId", { zh: "该企业已入驻本园区", en: "The enterprise is already resident in this park" });
      const row = await ctx.db.specializedParkResident.create({
        data: { id: newId(), parkId: input.parkId, enterpriseId: input.enterpriseId, movedInOn: input.movedInOn ? new Date(`${input.movedInOn}T00:00:00Z`) : null },
        include: RESIDENT_INCLUDE,
      });
      return toResident(row);
    }),

  removeResident: procedure(SPECIALIZED_PARKS_EDITORS, { description: "Remove a resident enterprise from a park" })
    .input(ZId)
    .output(ZId)
    .mutation(async ({ ctx, input }) => {
      const row = await ctx.db.specializedParkResident.findFirst({ where: { id: input.id, park: specializedParkScope(ctx.user) } });
      if (!row) throw AppError.notFound({ zh: "入驻企业", en: "Resident enterprise" });
      await ctx.db.specializedParkResident.delete({ where: { id: input.id } });
      return { id: input.id };
    }),

  publicList: procedure("public", { description: "Specialized parks being built or operating, for the public site" })
    .input(ZSpecializedParkPublicSearch)
    .output(z.object({ data: z.array(ZSpecializedPark), total: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const tsq = input.q ? tsQueryFor(input.q) : null;
      const ids = tsq
        ? (await ctx.db.$queryRaw<{ id: string }[]>`SELECT id FROM "specialized_park" WHERE "searchVector" @@ to_tsquery('simple', ${tsq}) LIMIT 5000`).map((r) => r.id)
        : null;
      const where = { status: { in: PUBLIC_PARK_STATUSES }, ...(input.townId ? { townId: input.townId } : {}), ...(ids ? { id: { in: ids } } : {}) };
      const [rows, total] = await Promise.all([
        ctx.db.specializedPark.findMany({ where, include: SPECIALIZED_PARKS_INCLUDE, orderBy: [{ status: "desc" }, { name: "asc" }, { id: "asc" }], skip: (input.page - 1) * input.perPage, take: input.perPage }),
        ctx.db.specializedPark.count({ where }),
      ]);
      return { data: rows.map(toSpecializedParkDto), total };
    }),

  publicGet: procedure("public", { description: "One specialized park with its resident enterprises" })
    .input(ZId)
    .output(ZSpecializedParkDetail)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.specializedPark.findFirst({ where: { id: input.id, status: { in: PUBLIC_PARK_STATUSES } }, include: SPECIALIZED_PARKS_INCLUDE });
      if (!row) throw AppError.notFound(SPECIALIZED_PARKS_LABEL);
      const residents = await ctx.db.specializedParkResident.findMany({ where: { parkId: row.id }, include: RESIDENT_INCLUDE, orderBy: [{ movedInOn: "asc" }, { id: "asc" }] });
      return { ...toSpecializedParkDto(row), residents: residents.map(toResident) };
    }),

  stats: procedure(STAFF_ROLES, { description: "Counts, residents by tier and target progress of specialized parks" })
    .output(ZSpecializedParksStats)
    .query(({ ctx }) => specializedParksStats(ctx)),
});

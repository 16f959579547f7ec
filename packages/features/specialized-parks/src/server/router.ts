import { z } from "zod";
import { AppError } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { checkCarrierEnterprise, defineCarrier } from "@qifu/carrier-kit/server";
import { procedure, router, type TContext } from "@qifu/trpc-core";
import {
  PUBLIC_PARK_STATUSES,
  TARGET_YEARS,
  ZParkResident,
  ZParkResidentAdd,
  ZSpecializedPark,
  ZSpecializedParkDetail,
  ZSpecializedParkPublicSearch,
  ZSpecializedParksStats,
  type TParkResident,
} from "../schemas";
import { SPECIALIZED_PARKS_EDITORS, SPECIALIZED_PARKS_LABEL, specializedParkScope, specializedParksResource } from "./resources";
import { specializedParksCountMetric, specializedParksStats } from "./stats";

const ZId = z.object({ id: z.string().min(1).max(64) });
const RESIDENT_INCLUDE = { enterprise: { select: { name: true, tier: true } } } as const;
type TResidentRow = Prisma.SpecializedParkResidentGetPayload<{ include: typeof RESIDENT_INCLUDE }>;
const toResident = (r: TResidentRow): TParkResident => ({
  id: r.id,
  parkId: r.parkId,
  enterpriseId: r.enterpriseId,
  enterpriseName: r.enterprise.name,
  // an enum-like text column, written only through the registry's schema
  tier: r.enterprise.tier as TParkResident["tier"],
  movedInOn: r.movedInOn ? r.movedInOn.toISOString().slice(0, 10) : null,
});

/** The park, if the caller may change it: same fences as the resource's writes. */
async function parkInScope(ctx: TContext, parkId: string) {
  const park = await ctx.db.specializedPark.findFirst({
    where: { AND: [{ id: parkId }, specializedParkScope(ctx.user)] },
    select: { id: true },
  });
  if (!park) throw AppError.notFound(SPECIALIZED_PARKS_LABEL);
  return park;
}

const residentsOf = async (ctx: TContext, parkId: string) =>
  (
    await ctx.db.specializedParkResident.findMany({
      where: { parkId },
      include: RESIDENT_INCLUDE,
      orderBy: [{ movedInOn: "asc" }, { id: "asc" }],
    })
  ).map(toResident);

/** 专精特新产业园 as a carrier: the public sees the parks being built or operating, operating ones first. */
export const specializedParksCarrier = defineCarrier({
  resource: specializedParksResource,
  public: {
    search: ZSpecializedParkPublicSearch,
    where: () => ({ status: { in: PUBLIC_PARK_STATUSES } }),
    order: [{ status: "desc" }, { name: "asc" }],
    dto: ZSpecializedPark,
    description: "Specialized parks being built or operating, for the public site",
    getDescription: "One specialized park with its resident enterprises",
    detail: { dto: ZSpecializedParkDetail, load: async (ctx, row, park) => ({ ...park, residents: await residentsOf(ctx, row.id) }) },
  },
  metric: specializedParksCountMetric,
  targetYears: TARGET_YEARS,
  stats: {
    dto: ZSpecializedParksStats,
    compute: specializedParksStats,
    description: "Counts, residents by tier and target progress of specialized parks",
  },
});

/** Beside the resource contract: the carrier's public pages and board figures, and resident enterprises. */
export const specializedParksRouter = router({
  ...specializedParksCarrier.procedures,

  residents: procedure(SPECIALIZED_PARKS_EDITORS, { description: "Resident enterprises of a park, with their tier" })
    .input(z.object({ parkId: z.string().min(1).max(64) }))
    .output(z.array(ZParkResident))
    .query(async ({ ctx, input }) => {
      await parkInScope(ctx, input.parkId);
      return residentsOf(ctx, input.parkId);
    }),

  addResident: procedure(SPECIALIZED_PARKS_EDITORS, { description: "Record an enterprise of the registry as resident in a park" })
    .input(ZParkResidentAdd)
    .output(ZParkResident)
    .mutation(async ({ ctx, input }) => {
      await parkInScope(ctx, input.parkId);
      await checkCarrierEnterprise(ctx, input.enterpriseId);
      const enterprise = await ctx.db.enterprise.findUnique({ where: { id: input.enterpriseId }, select: { id: true } });
      if (!enterprise)
        throw AppError.validation("enterpriseId", { zh: "企业库中没有这家企业", en: "The enterprise is not in the registry" });
      const existing = await ctx.db.specializedParkResident.findFirst({
        where: { parkId: input.parkId, enterpriseId: input.enterpriseId },
      });
      if (existing)
        throw AppError.validation("enterpriseId", { zh: "该企业已入驻本园区", en: "The enterprise is already resident in this park" });
      const row = await ctx.db.specializedParkResident.create({
        data: {
          id: newId(),
          parkId: input.parkId,
          enterpriseId: input.enterpriseId,
          movedInOn: input.movedInOn ? new Date(`${input.movedInOn}T00:00:00Z`) : null,
        },
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
});

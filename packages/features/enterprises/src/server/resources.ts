import { AppError, INDUSTRY_DIVISIONS, type TRole } from "@qifu/domain";
import { z } from "zod";
import { byTown, defineResource, NO_ROWS, procedure, router, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import { ZEnterprise, ZEnterpriseCreate, ZEnterpriseFilter, ZEnterpriseUpdate, type TEnterpriseFilter } from "../schemas";
import {
  confirmEnterpriseFigures,
  ENTERPRISE_INCLUDE,
  prepareEnterpriseCreate,
  prepareEnterpriseUpdate,
  toEnterpriseDto,
} from "./enterprise-service";

/**
 * Who sees which enterprises: the district all; a town admin their town; a commissioner the
 * enterprises of their town (all when the account has none); an enterprise account its own
 * record only, once its claim is verified (until then it has no enterpriseId and sees nothing).
 */
export function enterpriseReadScope(user: TSessionUser | null): TWhere {
  if (user?.role === "COMMISSIONER") return user.townId ? { townId: user.townId } : {};
  if (user?.role === "ENTERPRISE") return user.enterpriseId ? { id: user.enterpriseId } : NO_ROWS;
  return byTown(user);
}
export function enterpriseWriteScope(user: TSessionUser | null): TWhere {
  if (user?.role === "ENTERPRISE") return user.enterpriseId ? { id: user.enterpriseId } : NO_ROWS;
  return byTown(user);
}

export const ENTERPRISE_STAFF: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN"];
export const ENTERPRISE_READERS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "COMMISSIONER", "ENTERPRISE"];

function enterpriseFilterToWhere(f: TEnterpriseFilter): TWhere {
  const and: TWhere[] = [];
  if (f.townId) and.push({ townId: f.townId });
  if (f.industrySection) {
    const codes = INDUSTRY_DIVISIONS.filter((d) => d.section === f.industrySection).map((d) => d.code);
    and.push({ OR: codes.map((c) => ({ industryCode: { startsWith: c } })) });
  }
  if (f.industryCode) and.push({ industryCode: { startsWith: f.industryCode } });
  if (f.sizeClass) and.push({ sizeClass: f.sizeClass });
  if (f.tier) and.push({ tier: f.tier });
  if (f.tag) and.push({ tags: { has: f.tag } });
  if (f.claimed !== undefined) and.push({ users: f.claimed ? { some: {} } : { none: {} } });
  return and.length ? { AND: and } : {};
}

export const enterprisesResource = defineResource({
  name: "enterprises",
  label: { zh: "企业", en: "Enterprises" },
  model: (db) => db.enterprise,
  searchTable: "enterprise",
  include: ENTERPRISE_INCLUDE,
  schemas: { create: ZEnterpriseCreate, update: ZEnterpriseUpdate, filter: ZEnterpriseFilter, dto: ZEnterprise },
  sortable: [
    "name",
    "creditCode",
    "townId",
    "industryCode",
    "employees",
    "revenueWan",
    "sizeClass",
    "tier",
    "foundedOn",
    "createdAt",
    "updatedAt",
  ],
  defaultSort: { field: "updatedAt", order: "DESC" },
  policy: { read: ENTERPRISE_READERS, create: ENTERPRISE_STAFF, update: [...ENTERPRISE_STAFF, "ENTERPRISE"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: enterpriseReadScope, write: enterpriseWriteScope },
  filterToWhere: enterpriseFilterToWhere,
  toDto: toEnterpriseDto,
  prepareCreate: prepareEnterpriseCreate,
  prepareUpdate: prepareEnterpriseUpdate,
  beforeDelete: async (ctx, existing) => {
    if (existing._count?.users > 0)
      throw new AppError("CONFLICT", {
        zh: "该企业已绑定企业账号，不能删除",
        en: "This enterprise has linked accounts and cannot be deleted",
      });
  },
  outOfScope: { zh: "不能在您的管辖范围以外登记或迁移企业", en: "You cannot register or move an enterprise outside your scope" },
});

/** Beside the contract: a town (or district) admin confirms the figures an enterprise reported itself. */
export const enterpriseFiguresRouter = router({
  confirmFigures: procedure(ENTERPRISE_STAFF, { description: "Confirm the employee, revenue and asset figures an enterprise reported" })
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(ZEnterprise)
    .mutation(async ({ ctx, input }) => {
      const existing = await ctx.db.enterprise.findFirst({ where: { AND: [{ id: input.id }, enterpriseWriteScope(ctx.user)] } });
      if (!existing) throw AppError.notFound({ zh: "企业", en: "Enterprise" });
      await ctx.db.enterprise.update({ where: { id: existing.id }, data: await confirmEnterpriseFigures(ctx, existing) });
      return toEnterpriseDto(await ctx.db.enterprise.findUniqueOrThrow({ where: { id: existing.id }, include: ENTERPRISE_INCLUDE }));
    }),
});

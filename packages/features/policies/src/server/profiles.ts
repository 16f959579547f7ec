import { CultivationTier, dayOrNull, SizeClass, type TLabel } from "@qifu/domain";
import type { Prisma, TDbTx } from "@qifu/db";
import type { TPolicy } from "../schemas";
import type { TEnterpriseProfile, TPolicyCriteria } from "./matching";

export const PROFILE_SELECT = {
  id: true,
  name: true,
  townId: true,
  town: { select: { name: true } },
  industryCode: true,
  sizeClass: true,
  tier: true,
  foundedOn: true,
  revenueWan: true,
  confirmedRevenueWan: true,
  employees: true,
  confirmedEmployees: true,
  tags: true,
} satisfies Prisma.EnterpriseSelect;
export type TProfileRow = Prisma.EnterpriseGetPayload<{ select: typeof PROFILE_SELECT }>;

/**
 * Enterprises as the policy criteria read them (the confirmed figures where staff confirmed
 * them, else the reported ones), with the days of their grants of this feature's policies.
 */
export async function loadProfiles(db: TDbTx, where: Prisma.EnterpriseWhereInput): Promise<TEnterpriseProfile[]> {
  const rows = await db.enterprise.findMany({ where, select: PROFILE_SELECT, orderBy: [{ name: "asc" }, { id: "asc" }] });
  const grants = await db.policyApplication.findMany({
    where: { status: "APPROVED", enterpriseId: { in: rows.map((r) => r.id) } },
    select: { enterpriseId: true, policyId: true, reviewedAt: true },
  });
  const byEnterprise = new Map<string, Map<string, string>>();
  for (const g of grants) {
    const day = dayOrNull(g.reviewedAt);
    if (!day) continue;
    const m = byEnterprise.get(g.enterpriseId) ?? new Map<string, string>();
    if ((m.get(g.policyId) ?? "") < day) m.set(g.policyId, day);
    byEnterprise.set(g.enterpriseId, m);
  }
  return rows.map((r) => toProfile(r, byEnterprise.get(r.id) ?? new Map()));
}

export function toProfile(r: TProfileRow, grants: ReadonlyMap<string, string>): TEnterpriseProfile {
  return {
    id: r.id,
    name: r.name,
    townId: r.townId,
    townName: r.town?.name ?? null,
    industryCode: r.industryCode,
    sizeClass: r.sizeClass,
    tier: r.tier,
    foundedOn: dayOrNull(r.foundedOn),
    revenueWan: r.confirmedRevenueWan ?? r.revenueWan,
    employees: r.confirmedEmployees ?? r.employees,
    tags: r.tags,
    grants,
  };
}

/** The criteria of a policy DTO, with the names its reasons show. */
export function criteriaOf(p: TPolicy, townNames: ReadonlyMap<string, string>, titles: ReadonlyMap<string, string>): TPolicyCriteria {
  return {
    id: p.id,
    townIds: p.townIds,
    townNames,
    industryCodes: p.industryCodes,
    sizeClasses: p.sizeClasses,
    tiers: p.tiers,
    minYears: p.minYears,
    revenueMinWan: p.revenueMinWan,
    revenueMaxWan: p.revenueMaxWan,
    employeesMin: p.employeesMin,
    employeesMax: p.employeesMax,
    tags: p.tags,
    notReceivedPolicyId: p.notReceivedPolicyId,
    notReceivedTitle: p.notReceivedPolicyId ? (titles.get(p.notReceivedPolicyId) ?? null) : null,
    notReceivedYears: p.notReceivedYears,
  };
}

/** Who qualifies, as sentences a reader understands ("位于狮岭镇、花山镇", "成立满2年"). */
export function whoQualifies(
  p: Omit<TPolicyCriteria, "id" | "townNames" | "notReceivedTitle">,
  townNames: ReadonlyMap<string, string>,
  titles: ReadonlyMap<string, string>,
): TLabel[] {
  const out: TLabel[] = [];
  if (p.townIds.length) {
    const names = p.townIds.map((id) => townNames.get(id) ?? id);
    out.push({ zh: `注册在${names.join("、")}的企业`, en: `Registered in ${names.join(", ")}` });
  }
  if (p.industryCodes.length)
    out.push({
      zh: `属于国民经济行业分类${p.industryCodes.join("、")}的企业`,
      en: `In industries (GB/T 4754) ${p.industryCodes.join(", ")}`,
    });
  if (p.sizeClasses.length)
    out.push({
      zh: `${p.sizeClasses.map((s) => SizeClass.label(s as never, "zh")).join("、")}企业`,
      en: `${p.sizeClasses.map((s) => SizeClass.label(s as never, "en")).join(", ")} enterprises`,
    });
  if (p.tiers.length)
    out.push({
      zh: `已认定为${p.tiers.map((t) => CultivationTier.label(t as never, "zh")).join("或")}`,
      en: `Recognised as ${p.tiers.map((t) => CultivationTier.label(t as never, "en")).join(" or ")}`,
    });
  if (p.minYears !== null) out.push({ zh: `成立满${p.minYears}年`, en: `In business for ${p.minYears}+ years` });
  if (p.revenueMinWan !== null || p.revenueMaxWan !== null)
    out.push({
      zh: `上年营业收入${p.revenueMinWan !== null ? `不低于${p.revenueMinWan}万元` : ""}${p.revenueMinWan !== null && p.revenueMaxWan !== null ? "且" : ""}${p.revenueMaxWan !== null ? `不高于${p.revenueMaxWan}万元` : ""}`,
      en: `Revenue ${p.revenueMinWan !== null ? `from ${p.revenueMinWan}` : ""} ${p.revenueMaxWan !== null ? `up to ${p.revenueMaxWan}` : ""} (CNY 10k)`.replace(
        /\s+/g,
        " ",
      ),
    });
  if (p.employeesMin !== null || p.employeesMax !== null)
    out.push({
      zh: `从业人员${p.employeesMin !== null ? `不少于${p.employeesMin}人` : ""}${p.employeesMin !== null && p.employeesMax !== null ? "且" : ""}${p.employeesMax !== null ? `不多于${p.employeesMax}人` : ""}`,
      en: `Employees ${p.employeesMin !== null ? `from ${p.employeesMin}` : ""} ${p.employeesMax !== null ? `up to ${p.employeesMax}` : ""}`.replace(
        /\s+/g,
        " ",
      ),
    });
  if (p.tags.length) out.push({ zh: `具备${p.tags.join("、")}`, en: `Holding ${p.tags.join(", ")}` });
  if (p.notReceivedPolicyId && p.notReceivedYears !== null) {
    const t = titles.get(p.notReceivedPolicyId) ?? "同类政策";
    out.push({ zh: `近${p.notReceivedYears}年未享受过「${t}」`, en: `Has not received "${t}" in the last ${p.notReceivedYears} years` });
  }
  if (!out.length) out.push({ zh: "本区所有中小企业", en: "Every SME in the district" });
  return out;
}

import { AppError, type TLabel } from "@qifu/domain";
import { NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";

/** Staff who follow the ladder: the district all of it, a town admin its town's enterprises. */
export const LADDER_STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;

/** Rows that carry an enterpriseId: the district all, a town admin its town's enterprises, an enterprise its own. */
export function enterpriseRowScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "TOWN_ADMIN":
      return user.townId ? { enterprise: { townId: user.townId } } : NO_ROWS;
    case "ENTERPRISE":
      return user.enterpriseId ? { enterpriseId: user.enterpriseId } : NO_ROWS;
    default:
      return NO_ROWS;
  }
}

/** Enterprises of the registry the caller reaches (staff: district or town). */
export function enterpriseScope(user: TSessionUser | null): TWhere {
  if (user?.role === "DISTRICT_ADMIN") return {};
  if (user?.role === "TOWN_ADMIN") return user.townId ? { townId: user.townId } : NO_ROWS;
  if (user?.role === "ENTERPRISE") return user.enterpriseId ? { id: user.enterpriseId } : NO_ROWS;
  return NO_ROWS;
}

const ENTERPRISE_LABEL: TLabel = { zh: "企业", en: "Enterprise" };

/** The enterprise, if the caller reaches it; "not found" otherwise (a row outside the scope is not shown to exist). */
export async function enterpriseInScope(ctx: TContext, enterpriseId: string) {
  const e = await ctx.db.enterprise.findFirst({
    where: { AND: [{ id: enterpriseId }, enterpriseScope(ctx.user)] },
    select: { id: true, name: true, townId: true, tier: true },
  });
  if (!e) throw AppError.notFound(ENTERPRISE_LABEL);
  return e;
}

/** The enterprise account's own enterprise (verified claim), or a clear refusal. */
export function ownEnterpriseId(ctx: TContext): string {
  const id = ctx.user?.role === "ENTERPRISE" ? ctx.user.enterpriseId : null;
  if (!id)
    throw new AppError("FORBIDDEN", {
      zh: "企业账号尚未通过认领审核，暂不能使用梯度培育",
      en: "Your enterprise claim is not verified yet; the cultivation ladder is not available",
    });
  return id;
}

/** The owner kind of recognition certificates (shared Files mechanism). */
export const CERTIFICATE_FILES = "cultivationCertificate";

/** Whoever reads the recognition may download its certificate: the district, its town, the enterprise itself. */
export const canReadCertificate = async (ctx: TContext, recognitionId: string) =>
  !!(await ctx.prisma.cultivationRecognition.findFirst({
    where: { AND: [{ id: recognitionId }, enterpriseRowScope(ctx.user)] },
    select: { id: true },
  }));

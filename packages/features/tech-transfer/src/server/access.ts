import { AppError, type TLabel } from "@qifu/domain";
import { byTown, NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";

/** Staff who read the district's or a town's figures and lists. */
export const TT_STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;
/** A provider's staff (NODE_OPERATOR of a node of kind COLLEGE or TECH_SERVICE_INSTITUTION), or a node's staff posting for an enterprise. */
export const NODE_STAFF = ["NODE_OPERATOR"] as const;
/** Network node kinds that offer achievements: universities/colleges and S&T service institutions (research institutes). */
export const PROVIDER_KINDS = ["COLLEGE", "TECH_SERVICE_INSTITUTION"] as const;

export const ACHIEVEMENT_LABEL: TLabel = { zh: "科技成果", en: "Achievement" };
export const NEED_LABEL: TLabel = { zh: "技术需求", en: "Technology need" };
export const CONTACT_LABEL: TLabel = { zh: "成果对接", en: "Achievement contact" };
export const PROJECT_LABEL: TLabel = { zh: "合作项目", en: "Cooperation project" };

const nodeOf = (user: TSessionUser) => (user.nodeId ? user.nodeId : null);

/** Achievements: the district all; a town admin the published ones and its town's providers' (to review); a provider its own; an enterprise the published. */
export function achievementReadScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "TOWN_ADMIN":
      return user.townId ? { OR: [{ status: "PUBLISHED" }, { providerNode: { townId: user.townId } }] } : NO_ROWS;
    case "NODE_OPERATOR":
      return nodeOf(user) ? { providerNodeId: user.nodeId } : NO_ROWS;
    case "ENTERPRISE":
      return { status: "PUBLISHED" };
    default:
      return NO_ROWS;
  }
}
export const achievementWriteScope = (user: TSessionUser | null): TWhere =>
  user?.role === "DISTRICT_ADMIN" ? {} : user?.role === "NODE_OPERATOR" && user.nodeId ? { providerNodeId: user.nodeId } : NO_ROWS;
/** Who reviews an achievement before publication: the district, or the town admin of the provider's town. */
export const reviewScope = (user: TSessionUser | null): TWhere =>
  user?.role === "DISTRICT_ADMIN" ? {} : user?.role === "TOWN_ADMIN" && user.townId ? { providerNode: { townId: user.townId } } : NO_ROWS;

/**
 * Needs: the district all; a town admin its town's enterprises'; a node's staff only the needs
 * contacted to its achievements (or that it posted for an enterprise); an enterprise its own.
 */
export function needScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "NODE_OPERATOR":
      return user.nodeId
        ? { OR: [{ contacts: { some: { achievement: { providerNodeId: user.nodeId } } } }, { postedByNodeId: user.nodeId }] }
        : NO_ROWS;
    case "ENTERPRISE":
      return user.enterpriseId ? { enterpriseId: user.enterpriseId } : NO_ROWS;
    default:
      return byTown(user);
  }
}

/** Contacts: the district all; a town admin its enterprises'; a provider those to its achievements; an enterprise its own. */
export function contactScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "TOWN_ADMIN":
      return user.townId ? { need: { townId: user.townId } } : NO_ROWS;
    case "NODE_OPERATOR":
      return user.nodeId ? { achievement: { providerNodeId: user.nodeId } } : NO_ROWS;
    case "ENTERPRISE":
      return user.enterpriseId ? { need: { enterpriseId: user.enterpriseId } } : NO_ROWS;
    default:
      return NO_ROWS;
  }
}

/** Projects: the district all; a town admin its enterprises'; a provider its own; an enterprise its own. */
export function projectScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "NODE_OPERATOR":
      return user.nodeId ? { providerNodeId: user.nodeId } : NO_ROWS;
    case "ENTERPRISE":
      return user.enterpriseId ? { enterpriseId: user.enterpriseId } : NO_ROWS;
    default:
      return byTown(user);
  }
}
/** Only the provider changes a project's stage. */
export const projectWriteScope = (user: TSessionUser | null): TWhere =>
  user?.role === "NODE_OPERATOR" && user.nodeId ? { providerNodeId: user.nodeId } : NO_ROWS;

/** The node must offer achievements (a college or an S&T service institution) and be active. */
export async function checkProvider(ctx: TContext, nodeId: string, field = "providerNodeId") {
  const node = await ctx.db.node.findUnique({ where: { id: nodeId }, select: { kind: true, status: true, name: true } });
  if (!node || !(PROVIDER_KINDS as readonly string[]).includes(node.kind))
    throw AppError.validation(field, {
      zh: "请选择高等院校或科技服务机构类型的服务节点",
      en: "Choose a service node of kind college or S&T service institution",
    });
  if (node.status !== "ACTIVE") throw AppError.validation(field, { zh: "该机构未在运营", en: "This institution is not active" });
  return node;
}

/** The signed-in enterprise's id, or a clear refusal for an account whose claim is not approved yet. */
export function myEnterpriseId(ctx: TContext): string {
  const id = ctx.user?.enterpriseId;
  if (!id)
    throw new AppError("FORBIDDEN", {
      zh: "您的账号还没有关联企业：企业认领经审核通过后，即可发布技术需求",
      en: "Your account has no enterprise yet: once your enterprise claim is approved you can post technology needs",
    });
  return id;
}

/** 1,234.5 万元 from fen. */
export const wan = (fen: number | bigint) => `${(Number(fen) / 1_000_000).toLocaleString("zh-CN", { maximumFractionDigits: 2 })}万元`;

import { AppError, type TLabel } from "@qifu/domain";
import { byTown, NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";

/** Staff who read the district's or a town's figures and lists. */
export const FINANCING_STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;
/** An institution's staff: the NODE_OPERATOR of a node of kind FINANCIAL_INSTITUTION. */
export const INSTITUTION = ["NODE_OPERATOR"] as const;

export const PRODUCT_LABEL: TLabel = { zh: "金融产品", en: "Financing product" };
export const NEED_LABEL: TLabel = { zh: "融资需求", en: "Financing need" };
export const SENDING_LABEL: TLabel = { zh: "融资对接", en: "Financing contact" };

/** Products: the district all; an institution its own; a town admin and an enterprise the published ones. */
export function productReadScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "NODE_OPERATOR":
      return user.nodeId ? { nodeId: user.nodeId } : NO_ROWS;
    case "TOWN_ADMIN":
    case "ENTERPRISE":
      return { status: "PUBLISHED" };
    default:
      return NO_ROWS;
  }
}
export const productWriteScope = (user: TSessionUser | null): TWhere =>
  user?.role === "DISTRICT_ADMIN" ? {} : user?.role === "NODE_OPERATOR" && user.nodeId ? { nodeId: user.nodeId } : NO_ROWS;

/**
 * Needs: the district all; a town admin its enterprises' (the town the need was posted in); an
 * institution only the needs sent to it; an enterprise its own.
 */
export function needScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "NODE_OPERATOR":
      return user.nodeId ? { sendings: { some: { nodeId: user.nodeId } } } : NO_ROWS;
    case "ENTERPRISE":
      return user.enterpriseId ? { enterpriseId: user.enterpriseId } : NO_ROWS;
    default:
      return byTown(user);
  }
}

/** Contacts: the district all; a town admin its enterprises'; an institution those sent to it; an enterprise its own. */
export function sendingScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "NODE_OPERATOR":
      return user.nodeId ? { nodeId: user.nodeId } : NO_ROWS;
    case "ENTERPRISE":
      return user.enterpriseId ? { need: { enterpriseId: user.enterpriseId } } : NO_ROWS;
    case "TOWN_ADMIN":
      return user.townId ? { need: { townId: user.townId } } : NO_ROWS;
    case "DISTRICT_ADMIN":
      return {};
    default:
      return NO_ROWS;
  }
}
/** Only the institution a need was sent to answers it. */
export const sendingWriteScope = (user: TSessionUser | null): TWhere =>
  user?.role === "NODE_OPERATOR" && user.nodeId ? { nodeId: user.nodeId } : NO_ROWS;

/** Fund investments: the district all, a town admin those in its town's enterprises. */
export const investmentScope = (user: TSessionUser | null): TWhere =>
  user?.role === "DISTRICT_ADMIN" ? {} : user?.role === "TOWN_ADMIN" && user.townId ? { enterprise: { townId: user.townId } } : NO_ROWS;

/** The node must be a financial institution (network node of kind 金融机构) and active. */
export async function checkInstitution(ctx: TContext, nodeId: string, field = "nodeId") {
  const node = await ctx.db.node.findUnique({ where: { id: nodeId }, select: { kind: true, status: true, name: true } });
  if (!node || node.kind !== "FINANCIAL_INSTITUTION")
    throw AppError.validation(field, { zh: "请选择金融机构类型的服务节点", en: "Choose a service node of kind financial institution" });
  if (node.status !== "ACTIVE") throw AppError.validation(field, { zh: "该金融机构未在运营", en: "This institution is not active" });
  return node;
}

/** The signed-in enterprise's id, or a clear refusal for an account whose claim is not approved yet. */
export function myEnterpriseId(ctx: TContext): string {
  const id = ctx.user?.enterpriseId;
  if (!id)
    throw new AppError("FORBIDDEN", {
      zh: "您的账号还没有关联企业：企业认领经审核通过后，即可发布融资需求",
      en: "Your account has no enterprise yet: once your enterprise claim is approved you can post financing needs",
    });
  return id;
}

/** 1,234.5 万元 from fen. */
export const wan = (fen: number | bigint) => `${(Number(fen) / 1_000_000).toLocaleString("zh-CN", { maximumFractionDigits: 2 })}万元`;
export const num = (v: bigint | null) => (v === null ? null : Number(v));

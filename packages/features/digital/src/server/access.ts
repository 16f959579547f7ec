import { AppError, type TLabel } from "@qifu/domain";
import { byRole, byTown, NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";

/** Staff who read the district's or a town's figures and pools. */
export const STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;
/** A service node's staff: diagnose on an enterprise's behalf, offer solutions (a provider). */
export const NODE_STAFF = ["NODE_OPERATOR"] as const;

export const SET_LABEL: TLabel = { zh: "数字化水平评测指标表", en: "Indicator set" };
export const INDICATOR_LABEL: TLabel = { zh: "评测指标", en: "Indicator" };
export const DIAGNOSIS_LABEL: TLabel = { zh: "数字化诊断", en: "Digital diagnosis" };
export const NEED_LABEL: TLabel = { zh: "数字化转型需求", en: "Digital transformation need" };
export const SOLUTION_LABEL: TLabel = { zh: "数字化解决方案", en: "Digital solution" };
export const CONTACT_LABEL: TLabel = { zh: "方案对接", en: "Solution contact" };
export const BENCHMARK_LABEL: TLabel = { zh: "数字化转型标杆", en: "Transformation benchmark" };

/** Diagnoses: the district all; a town admin its town's; node staff those its node did; an enterprise its own. */
export const diagnosisScope = (user: TSessionUser | null): TWhere => byRole(user, { node: "byNodeId", enterprise: "enterpriseId" });

/** Needs: the district all; a town admin its town's; a provider only the needs sent to its solutions; an enterprise its own. */
export function needScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "NODE_OPERATOR":
      return user.nodeId ? { contacts: { some: { solution: { providerNodeId: user.nodeId } } } } : NO_ROWS;
    case "ENTERPRISE":
      return user.enterpriseId ? { enterpriseId: user.enterpriseId } : NO_ROWS;
    default:
      return byTown(user);
  }
}

/** Solutions: the district all; a town admin the published and its town's providers' (to review); a provider its own; an enterprise the published. */
export function solutionReadScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "TOWN_ADMIN":
      return user.townId ? { OR: [{ status: "PUBLISHED" }, { providerNode: { townId: user.townId } }] } : NO_ROWS;
    case "NODE_OPERATOR":
      return user.nodeId ? { providerNodeId: user.nodeId } : NO_ROWS;
    case "ENTERPRISE":
      return { status: "PUBLISHED" };
    default:
      return NO_ROWS;
  }
}
export const solutionWriteScope = (user: TSessionUser | null): TWhere =>
  user?.role === "DISTRICT_ADMIN" ? {} : user?.role === "NODE_OPERATOR" && user.nodeId ? { providerNodeId: user.nodeId } : NO_ROWS;
/** Who reviews a solution before publication: the district, or the town admin of the provider's town. */
export const reviewScope = (user: TSessionUser | null): TWhere =>
  user?.role === "DISTRICT_ADMIN" ? {} : user?.role === "TOWN_ADMIN" && user.townId ? { providerNode: { townId: user.townId } } : NO_ROWS;

/** Contacts: the district all; a town admin its enterprises'; a provider those to its solutions; an enterprise its own. */
export function contactScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "TOWN_ADMIN":
      return user.townId ? { need: { townId: user.townId } } : NO_ROWS;
    case "NODE_OPERATOR":
      return user.nodeId ? { solution: { providerNodeId: user.nodeId } } : NO_ROWS;
    case "ENTERPRISE":
      return user.enterpriseId ? { need: { enterpriseId: user.enterpriseId } } : NO_ROWS;
    default:
      return NO_ROWS;
  }
}

/** The signed-in enterprise's id, or a clear refusal for an account whose claim is not approved yet. */
export function myEnterpriseId(ctx: TContext): string {
  const id = ctx.user?.enterpriseId;
  if (!id)
    throw new AppError("FORBIDDEN", {
      zh: "您的账号还没有关联企业：企业认领经审核通过后，即可进行数字化诊断",
      en: "Your account has no enterprise yet: once your enterprise claim is approved you can run the diagnosis",
    });
  return id;
}

/** 1,234.5 万元 from fen. */
export const wan = (fen: number) => `${(fen / 1_000_000).toLocaleString("zh-CN", { maximumFractionDigits: 2 })}万元`;

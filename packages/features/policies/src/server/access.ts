import { AppError, type TLabel } from "@qifu/domain";
import { NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";

export const POLICY_LABEL: TLabel = { zh: "政策", en: "Policy" };
export const APPLICATION_LABEL: TLabel = { zh: "政策申报", en: "Policy application" };
export const ENTERPRISE_LABEL: TLabel = { zh: "企业", en: "Enterprise" };

/** The district manages the library; town admins read it (their figures, their enterprises' fits). */
export const STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;
/** The handling unit's staff: a service node's operators or a district department's handlers. */
export const HANDLERS = ["NODE_OPERATOR", "DEPARTMENT_HANDLER"] as const;

/** Policies a caller reads in the console: the district all; others the published, and the handling unit its own (drafts too). */
export function policyReadScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "NODE_OPERATOR":
      return user.nodeId ? { OR: [{ status: "PUBLISHED" }, { handlerNodeId: user.nodeId }] } : { status: "PUBLISHED" };
    case "DEPARTMENT_HANDLER":
      return user.departmentId ? { OR: [{ status: "PUBLISHED" }, { handlerDepartmentId: user.departmentId }] } : { status: "PUBLISHED" };
    case undefined:
      return NO_ROWS;
    default:
      return { status: "PUBLISHED" };
  }
}

/** The policies a caller handles (confirms 免申即享 grants, reviews applications): the district all, a handling unit its own. */
export function handlerScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "NODE_OPERATOR":
      return user.nodeId ? { handlerNodeId: user.nodeId } : NO_ROWS;
    case "DEPARTMENT_HANDLER":
      return user.departmentId ? { handlerDepartmentId: user.departmentId } : NO_ROWS;
    default:
      return NO_ROWS;
  }
}

/** Applications: the district all; a town admin its town's; the handling unit those to its policies; a commissioner its enterprises'; an enterprise its own. */
export function applicationScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "TOWN_ADMIN":
      return user.townId ? { townId: user.townId } : NO_ROWS;
    case "NODE_OPERATOR":
    case "DEPARTMENT_HANDLER": {
      const h = handlerScope(user);
      return h === NO_ROWS ? NO_ROWS : { policy: h };
    }
    case "COMMISSIONER":
      return { enterprise: { commissionerAssignments: { some: { commissionerId: user.id } } } };
    case "ENTERPRISE":
      return user.enterpriseId ? { enterpriseId: user.enterpriseId } : NO_ROWS;
    default:
      return NO_ROWS;
  }
}

/** Enterprises whose policy fits a caller may see: the district all, a town admin its town's, a commissioner those it serves, an enterprise itself. */
export function enterpriseScope(user: TSessionUser | null): TWhere {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return {};
    case "TOWN_ADMIN":
      return user.townId ? { townId: user.townId } : NO_ROWS;
    case "COMMISSIONER":
      return { commissionerAssignments: { some: { commissionerId: user.id } } };
    case "ENTERPRISE":
      return user.enterpriseId ? { id: user.enterpriseId } : NO_ROWS;
    default:
      return NO_ROWS;
  }
}

/** The signed-in enterprise's id, or a clear refusal for an account whose claim is not approved yet. */
export function myEnterpriseId(ctx: TContext): string {
  const id = ctx.user?.enterpriseId;
  if (!id)
    throw new AppError("FORBIDDEN", {
      zh: "您的账号还没有关联企业：企业认领经审核通过后，即可申报政策",
      en: "Your account has no enterprise yet: once your enterprise claim is approved you can apply",
    });
  return id;
}

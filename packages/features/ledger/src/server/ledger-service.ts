import { AppError, type TLabel, isoOrNull } from "@qifu/domain";
import type { Prisma } from "@qifu/db";
import { byRole, NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  OPEN_COMPLAINT_STATUSES,
  OPEN_REQUEST_STATUSES,
  type TComplaint,
  type TComplaintStatus,
  type TRecord,
  type TRequest,
  type TRequestStatus,
} from "../schemas";

export const RECORD: TLabel = { zh: "服务记录", en: "Service record" };
export const REQUEST: TLabel = { zh: "服务申请", en: "Service request" };
export const COMPLAINT: TLabel = { zh: "投诉", en: "Complaint" };

/** Staff who keep the ledger: the district, a town admin (their town), node staff (their node). */
export const LEDGER_STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"] as const;
export const LEDGER_READERS = [...LEDGER_STAFF, "ENTERPRISE"] as const;
/** Who calls for return visits and handles complaints: the town or the district. */
export const SUPERVISORS = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;

/**
 * Rows of the ledger (records, requests, complaints) a caller may see: the district all, a town
 * admin their town's, node staff their node's, an enterprise its own. Everyone else nothing.
 */
export function ledgerScope(user: TSessionUser | null): TWhere {
  return byRole(user, { node: "nodeId", enterprise: "enterpriseId" });
}

/** Rows staff may change: the same fences without the enterprise. */
export function staffScope(user: TSessionUser | null): TWhere {
  return user?.role === "ENTERPRISE" ? NO_ROWS : ledgerScope(user);
}

/** Rows a town or the district supervises (return visits, complaints). */
export function supervisorScope(user: TSessionUser | null): TWhere {
  if (user?.role === "DISTRICT_ADMIN") return {};
  if (user?.role === "TOWN_ADMIN" && user.townId) return { townId: user.townId };
  return NO_ROWS;
}

export const NAMES_INCLUDE = {
  enterprise: { select: { name: true, creditCode: true } },
  node: { select: { name: true, town: { select: { name: true } } } },
} as const;
export const RECORD_INCLUDE = { ...NAMES_INCLUDE, product: { select: { title: true } } } as const;
export const REQUEST_INCLUDE = RECORD_INCLUDE;
type TRecordRow = Prisma.LedgerRecordGetPayload<{ include: typeof RECORD_INCLUDE }>;
type TRequestRow = Prisma.ServiceRequestGetPayload<{ include: typeof REQUEST_INCLUDE }>;
type TComplaintRow = Prisma.ServiceComplaintGetPayload<{ include: typeof NAMES_INCLUDE }>;

/** A @db.Date as YYYY-MM-DD. */
export const dayOf = (d: Date) => d.toISOString().slice(0, 10);
/** A YYYY-MM-DD as the Date Prisma stores in a @db.Date column. */
export const dateOf = (s: string) => new Date(`${s}T00:00:00.000Z`);
/** Today in Asia/Shanghai, as YYYY-MM-DD. */
export const shanghaiToday = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

// Enum-like text columns are written only through the schemas' enums; the DTO names their type.
export function toRecordDto(row: TRecordRow): TRecord {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterprise?.name ?? "",
    enterpriseCreditCode: row.enterprise?.creditCode ?? "",
    nodeId: row.nodeId,
    nodeName: row.node?.name ?? "",
    townId: row.townId,
    townName: row.node?.town?.name ?? null,
    productId: row.productId,
    productTitle: row.product?.title ?? null,
    requestId: row.requestId,
    category: row.category as TRecord["category"],
    channel: row.channel as TRecord["channel"],
    servedOn: dayOf(row.servedOn),
    staffName: row.staffName,
    summary: row.summary,
    source: row.source as TRecord["source"],
    ratingScore: row.ratingScore,
    ratingComment: row.ratingComment,
    ratingReasons: (row.ratingReasons ?? []) as TRecord["ratingReasons"],
    ratedAt: isoOrNull(row.ratedAt),
    ratedVia: row.ratedVia,
    visitOutcome: row.visitOutcome as TRecord["visitOutcome"],
    visitNote: row.visitNote,
    visitedAt: isoOrNull(row.visitedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toRequestDto(row: TRequestRow): TRequest {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterprise?.name ?? "",
    productId: row.productId,
    productTitle: row.product?.title ?? "",
    nodeId: row.nodeId,
    nodeName: row.node?.name ?? "",
    townId: row.townId,
    townName: row.node?.town?.name ?? null,
    category: row.category as TRequest["category"],
    channel: row.channel as TRequest["channel"],
    note: row.note,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    status: row.status as TRequest["status"],
    reason: row.reason,
    acceptedAt: isoOrNull(row.acceptedAt),
    closedAt: isoOrNull(row.closedAt),
    recordId: row.recordId,
    number: row.number ?? "",
    dueAt: isoOrNull(row.dueAt),
    overdue: !!row.overdueAt && OPEN_REQUEST_STATUSES.includes(row.status as TRequestStatus),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toComplaintDto(row: TComplaintRow): TComplaint {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterprise?.name ?? "",
    nodeId: row.nodeId,
    nodeName: row.node?.name ?? "",
    townId: row.townId,
    townName: row.node?.town?.name ?? null,
    recordId: row.recordId,
    subject: row.subject,
    content: row.content,
    status: row.status as TComplaint["status"],
    answer: row.answer,
    handledAt: isoOrNull(row.handledAt),
    answeredAt: isoOrNull(row.answeredAt),
    closedAt: isoOrNull(row.closedAt),
    closeNote: row.closeNote,
    dueAt: isoOrNull(row.dueAt),
    overdue: !!row.overdueAt && OPEN_COMPLAINT_STATUSES.includes(row.status as TComplaintStatus),
    acceptedAt: isoOrNull(row.acceptedAt),
    reopenCount: row.reopenCount ?? 0,
    reopenReason: row.reopenReason ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The node a record or complaint goes to, with its town; a bad id is a field error. */
export async function nodeFor(ctx: TContext, nodeId: string, field = "nodeId") {
  const node = await ctx.db.node.findUnique({ where: { id: nodeId }, select: { id: true, name: true, townId: true } });
  if (!node) throw AppError.validation(field, { zh: "服务节点不存在", en: "The service node does not exist" });
  return node;
}

/** Can the caller keep the ledger of this node? (node staff: their own; town admin: their town's) */
export function staffReaches(user: TSessionUser | null, node: { id: string; townId: string | null }): boolean {
  switch (user?.role) {
    case "DISTRICT_ADMIN":
      return true;
    case "TOWN_ADMIN":
      return !!user.townId && node.townId === user.townId;
    case "NODE_OPERATOR":
      return !!user.nodeId && node.id === user.nodeId;
    default:
      return false;
  }
}

export const outOfScope = () =>
  new AppError("FORBIDDEN", {
    zh: "只能为本节点（镇街管理员：本镇街的节点）登记服务记录",
    en: "You can only record services of your own node (town admins: of your town's nodes)",
  });

/** Apply a scope to a single-row lookup; not found when outside it. */
export async function findScoped<T>(find: (where: TWhere) => Promise<T | null>, id: string, scope: TWhere, label: TLabel): Promise<T> {
  const row = await find({ AND: [{ id }, scope] });
  if (!row) throw AppError.notFound(label);
  return row;
}

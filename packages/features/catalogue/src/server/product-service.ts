import { AppError, searchTextFor, ServiceCategory, type TLabel, type TServiceCategory } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { byTown, NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  ServiceChannel,
  type TProductStatus,
  type TServiceChannel,
  type TProduct,
  type TProductCreate,
  type TProductUpdate,
} from "../schemas";

export const PRODUCT = { zh: "服务产品", en: "Service product" };
export const PRODUCT_INCLUDE = { node: { select: { name: true, town: { select: { name: true } } } } } as const;

/** A product as stored, with its node and town names when the query included them. */
export type TProductRow = Prisma.ServiceProductGetPayload<object> & { node?: { name: string; town: { name: string } | null } | null };

export function toProductDto(row: TProductRow): TProduct {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: row.id,
    nodeId: row.nodeId,
    nodeName: row.node?.name ?? "",
    townId: row.townId,
    townName: row.node?.town?.name ?? null,
    title: row.title,
    // text columns that only the schemas above ever write
    category: row.category as TServiceCategory,
    content: row.content,
    processSteps: row.processSteps,
    standard: row.standard,
    feeFree: row.feeFree,
    feeAmountFen: row.feeAmountFen,
    feeUnit: row.feeUnit,
    timeLimitDays: row.timeLimitDays,
    channel: row.channel as TServiceChannel,
    targetEnterprises: row.targetEnterprises,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    status: row.status as TProductStatus,
    reviewNote: row.reviewNote,
    reviewedAt: iso(row.reviewedAt),
    submittedAt: iso(row.submittedAt),
    publishedAt: iso(row.publishedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Products follow their node: the district sees all, a town admin the products of its town's
 * nodes, a node operator only its own node's products. Writes use the same fences.
 */
export function productScope(user: TSessionUser | null): TWhere {
  if (user?.role === "NODE_OPERATOR") return user.nodeId ? { nodeId: user.nodeId } : NO_ROWS;
  return byTown(user);
}

/** Who reviews a submitted product: the town admin of the node's town, or the district. */
export function reviewScope(user: TSessionUser | null): TWhere {
  if (user?.role === "DISTRICT_ADMIN") return {};
  if (user?.role === "TOWN_ADMIN" && user.townId) return { townId: user.townId };
  return NO_ROWS;
}

const feeProblem = (p: {
  feeFree?: boolean;
  feeAmountFen?: number | null;
  feeUnit?: string | null;
}): { path: string; message: TLabel } | null => {
  if (p.feeFree) return null;
  if (!p.feeAmountFen)
    return { path: "feeAmountFen", message: { zh: "收费服务须填写收费金额", en: "A paid service needs its fee amount" } };
  if (!p.feeUnit)
    return {
      path: "feeUnit",
      message: { zh: "收费服务须填写计费单位（如：次、件、小时）", en: "A paid service needs a fee unit (per time, per item, per hour…)" },
    };
  return null;
};

async function nodeFor(ctx: TContext, nodeId: string) {
  const node = await ctx.db.node.findUnique({
    where: { id: nodeId },
    select: { id: true, name: true, townId: true, town: { select: { name: true } } },
  });
  if (!node) throw AppError.validation("nodeId", { zh: "服务节点不存在", en: "The service node does not exist" });
  return node;
}

function searchText(
  p: {
    title: string;
    content: string;
    standard: string;
    processSteps: string[];
    targetEnterprises?: string | null;
    category: string;
    channel: string;
  },
  node: { name: string; town: { name: string } | null },
) {
  return searchTextFor(
    p.title,
    p.content,
    p.standard,
    p.processSteps.join(" "),
    p.targetEnterprises,
    ServiceCategory.label(p.category as TServiceCategory),
    ServiceChannel.label(p.channel as TServiceChannel),
    node.name,
    node.town?.name,
  );
}

export async function prepareProductCreate(ctx: TContext, input: TProductCreate) {
  // an operator's products are always their own node's
  const nodeId = ctx.user?.role === "NODE_OPERATOR" ? (ctx.user.nodeId ?? input.nodeId) : input.nodeId;
  const node = await nodeFor(ctx, nodeId);
  const fee = feeProblem(input);
  if (fee) throw AppError.validation(fee.path, fee.message);
  const data = { ...input, nodeId, feeAmountFen: input.feeFree ? null : input.feeAmountFen, feeUnit: input.feeFree ? null : input.feeUnit };
  return { id: newId(), ...data, townId: node.townId, status: "DRAFT", searchText: searchText(data, node) };
}

/**
 * Only drafts and withdrawn products are edited; an edit of a withdrawn one makes it a draft
 * again, to be submitted for review before it is public.
 */
export async function prepareProductUpdate(ctx: TContext, existing: TProductRow, input: TProductUpdate) {
  if (existing.status === "SUBMITTED" || existing.status === "PUBLISHED")
    throw new AppError("CONFLICT", {
      zh: "待审核或已发布的服务产品不能直接修改，请先撤回或下架",
      en: "A submitted or published product cannot be edited; withdraw it first",
    });
  if (ctx.user?.role === "NODE_OPERATOR" && input.nodeId !== undefined && input.nodeId !== existing.nodeId) throw AppError.forbidden();
  const merged = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  const fee = feeProblem(merged);
  if (fee) throw AppError.validation(fee.path, fee.message);
  const node = await nodeFor(ctx, merged.nodeId);
  return {
    ...input,
    ...(merged.feeFree ? { feeAmountFen: null, feeUnit: null } : {}),
    townId: node.townId,
    status: "DRAFT",
    searchText: searchText(merged, node),
  };
}

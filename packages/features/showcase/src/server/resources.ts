import { AppError, isoOrNull, searchTextFor, type TLabel, type TRole } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { attachFiles, defineResource, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  REQUIRED_LINK,
  ShowcaseKind,
  ZShowcaseCreate,
  ZShowcaseEntry,
  ZShowcaseFilter,
  ZShowcaseUpdate,
  MAX_SHOWCASE_PICTURES,
  type TShowcaseCreate,
  type TShowcaseEntry,
  type TShowcaseUpdate,
} from "../schemas";

export const SHOWCASE_LABEL = { zh: "典型风采", en: "Showcase entry" };
/** Stored files of kind "showcase" are an entry's pictures. */
export const SHOWCASE_FILES = "showcase";

/** The district reviews and publishes; a town admin proposes its own town's entries. */
export const SHOWCASE_EDITORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN"];
export const SHOWCASE_REVIEWERS: readonly TRole[] = ["DISTRICT_ADMIN"];

const NO_ROWS: TWhere = { id: { in: [] } };

/** The district sees every entry; a town admin its own town's; nobody else reads the console's list. */
export function showcaseScope(user: TSessionUser | null): TWhere {
  if (user?.role === "DISTRICT_ADMIN") return {};
  if (user?.role === "TOWN_ADMIN" && user.townId) return { townId: user.townId };
  return NO_ROWS;
}

export const SHOWCASE_INCLUDE = {
  town: { select: { name: true } },
  node: { select: { name: true } },
} satisfies Prisma.ShowcaseEntryInclude;
export type TShowcaseRow = Prisma.ShowcaseEntryGetPayload<{ include: typeof SHOWCASE_INCLUDE }>;

export function toShowcaseDto(row: TShowcaseRow): TShowcaseEntry {
  return {
    id: row.id,
    kind: row.kind as TShowcaseEntry["kind"],
    title: row.title,
    honour: row.honour,
    year: row.year,
    summary: row.summary,
    body: row.body,
    townId: row.townId,
    townName: row.town?.name ?? null,
    nodeId: row.nodeId,
    nodeName: row.node?.name ?? null,
    productId: row.productId,
    ledgerRecordId: row.ledgerRecordId,
    evaluationSubjectId: row.evaluationSubjectId,
    personName: row.personName,
    personRole: row.personRole,
    status: row.status as TShowcaseEntry["status"],
    reviewNote: row.reviewNote,
    submittedAt: isoOrNull(row.submittedAt),
    reviewedAt: isoOrNull(row.reviewedAt),
    publishedAt: isoOrNull(row.publishedAt),
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

type TLinkFields = Pick<
  TShowcaseCreate,
  "kind" | "townId" | "nodeId" | "productId" | "ledgerRecordId" | "evaluationSubjectId" | "personName" | "title" | "summary" | "honour"
>;

const invalid = (field: string, zh: string, en: string) => AppError.validation(field, { zh, en });
/** Another town's node or town named by a town admin: out of its scope (refused, not a typo). */
const outOfTown = (field: string, message: TLabel) => new AppError("FORBIDDEN", message, [{ path: field, message }]);

/**
 * Check what an entry links to and return its town: every link must exist, be public where the
 * public will see it (a published product, a published evaluation round) and agree with the
 * others (the product, the record and the result belong to the entry's node or town). A town
 * admin links only its own town's records.
 */
async function checkLinks(ctx: TContext, f: TLinkFields): Promise<string | null> {
  const user = ctx.user!;
  const required = REQUIRED_LINK[f.kind];
  if (required && !f[required]) {
    const what = {
      nodeId: ["服务节点", "a service node"],
      productId: ["服务产品", "a service product"],
      personName: ["人物姓名", "the person's name"],
    }[required];
    throw invalid(
      required,
      `${ShowcaseKind.labels[f.kind].zh}须填写${what[0]}`,
      `A ${ShowcaseKind.labels[f.kind].en.toLowerCase()} needs ${what[1]}`,
    );
  }
  let townId = f.townId ?? null;
  if (f.nodeId) {
    const node = await ctx.db.node.findUnique({ where: { id: f.nodeId }, select: { townId: true, status: true } });
    if (!node) throw invalid("nodeId", "服务节点不存在", "The service node does not exist");
    if (user.role === "TOWN_ADMIN" && node.townId !== user.townId)
      throw outOfTown("nodeId", { zh: "只能推荐本镇街的服务节点", en: "You can only propose your own town's nodes" });
    if (townId && node.townId && node.townId !== townId)
      throw invalid("nodeId", "服务节点不在所选镇街", "The service node is not in the chosen town");
    townId = townId ?? node.townId;
  }
  if (user.role === "TOWN_ADMIN") {
    if (townId && townId !== user.townId)
      throw outOfTown("townId", { zh: "只能推荐本镇街的典型", en: "You can only propose entries of your own town" });
    townId = user.townId;
  }
  if (townId && !(await ctx.db.town.findUnique({ where: { id: townId }, select: { id: true } })))
    throw invalid("townId", "镇街不存在", "The town does not exist");
  if (f.productId) {
    const p = await ctx.db.serviceProduct.findUnique({ where: { id: f.productId }, select: { status: true, nodeId: true, townId: true } });
    if (!p || p.status !== "PUBLISHED")
      throw invalid("productId", "服务产品不存在或未发布", "The service product does not exist or is not published");
    if (f.nodeId && p.nodeId !== f.nodeId) throw invalid("productId", "服务产品不属于所选服务节点", "The product is not the chosen node's");
    if (townId && p.townId && p.townId !== townId)
      throw invalid("productId", "服务产品不在所选镇街", "The product is not in the chosen town");
  }
  if (f.ledgerRecordId) {
    const r = await ctx.db.ledgerRecord.findUnique({ where: { id: f.ledgerRecordId }, select: { nodeId: true, townId: true } });
    if (!r) throw invalid("ledgerRecordId", "服务记录不存在", "The service record does not exist");
    if (f.nodeId && r.nodeId !== f.nodeId)
      throw invalid("ledgerRecordId", "服务记录不属于所选服务节点", "The record is not the chosen node's");
    if (townId && r.townId && r.townId !== townId)
      throw invalid("ledgerRecordId", "服务记录不在所选镇街", "The record is not in the chosen town");
  }
  if (f.evaluationSubjectId) {
    const s = await ctx.db.evaluationSubject.findUnique({
      where: { id: f.evaluationSubjectId },
      select: {
        townId: true,
        nodeId: true,
        round: { select: { status: true } },
        results: { where: { supersededAt: null }, select: { id: true } },
      },
    });
    if (!s || s.round.status !== "PUBLISHED" || s.results.length === 0)
      throw invalid("evaluationSubjectId", "评价结果不存在或尚未公布", "The evaluation result does not exist or is not published");
    const ofEntry = s.nodeId ? s.nodeId === f.nodeId : s.townId === townId;
    if (!ofEntry) throw invalid("evaluationSubjectId", "评价结果不是所选节点或镇街的", "The result is not the chosen node's or town's");
  }
  return townId;
}

/** Pictures must be images the caller uploaded; at most MAX_SHOWCASE_PICTURES on an entry. */
export async function attachPictures(ctx: TContext, entryId: string, fileIds: string[] | undefined) {
  if (!fileIds?.length) return;
  const notImage = await ctx.db.storedFile.count({ where: { id: { in: fileIds }, NOT: { mime: { startsWith: "image/" } } } });
  if (notImage) throw invalid("fileIds", "图片只能是 PNG、JPEG 或 WebP 格式", "Pictures must be PNG, JPEG or WebP");
  await attachFiles(ctx, { fileIds, ownerKind: SHOWCASE_FILES, ownerId: entryId, max: MAX_SHOWCASE_PICTURES });
}

const searchText = (f: TLinkFields & { personName?: string | null }) => searchTextFor(f.title, f.summary, f.honour, f.personName);

/** Entries in these states are the district's to change: a town admin edits drafts and returned ones. */
const LOCKED_FOR_TOWN = ["SUBMITTED", "PUBLISHED"];

export const showcaseResource = defineResource({
  name: "showcase",
  label: SHOWCASE_LABEL,
  model: (db) => db.showcaseEntry,
  searchTable: "showcase_entry",
  include: SHOWCASE_INCLUDE,
  schemas: { create: ZShowcaseCreate, update: ZShowcaseUpdate, filter: ZShowcaseFilter, dto: ZShowcaseEntry },
  sortable: ["updatedAt", "publishedAt", "year", "title", "status"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  policy: { read: SHOWCASE_EDITORS, create: SHOWCASE_EDITORS, update: SHOWCASE_EDITORS, delete: SHOWCASE_EDITORS },
  scope: { read: showcaseScope, write: showcaseScope },
  outOfScope: { zh: "只能管理本镇街的典型风采", en: "You can only manage your own town's showcase entries" },
  filterToWhere: (f) => ({
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.year ? { year: f.year } : {}),
  }),
  toDto: toShowcaseDto,
  prepareCreate: async (ctx, input) => {
    const { fileIds, ...fields } = input;
    const townId = await checkLinks(ctx, fields);
    const id = newId();
    await attachPictures(ctx, id, fileIds);
    return { id, ...fields, townId, status: "DRAFT", createdById: ctx.user!.id, searchText: searchText(fields) };
  },
  prepareUpdate: async (ctx, existing: TShowcaseRow, input: TShowcaseUpdate) => {
    if (ctx.user!.role === "TOWN_ADMIN" && LOCKED_FOR_TOWN.includes(existing.status))
      throw new AppError("CONFLICT", {
        zh: "已提交审核或已发布的风采由区级修改；如需修改请联系区级退回",
        en: "A submitted or published entry is changed by the district; ask it to return the entry",
      });
    const { fileIds, removeFileIds, ...fields } = input;
    const merged = { ...existing, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) } as TLinkFields;
    const townId = await checkLinks(ctx, merged);
    if (removeFileIds?.length)
      await ctx.db.storedFile.updateMany({
        where: { id: { in: removeFileIds }, ownerKind: SHOWCASE_FILES, ownerId: existing.id },
        data: { ownerKind: null, ownerId: null, attachedAt: null },
      });
    await attachPictures(ctx, existing.id, fileIds);
    return { ...fields, townId, searchText: searchText(merged) };
  },
  beforeDelete: async (ctx, existing: TShowcaseRow) => {
    if (existing.status === "PUBLISHED")
      throw new AppError("CONFLICT", { zh: "已发布的风采须先撤下再删除", en: "Take a published entry down before deleting it" });
    if (ctx.user!.role === "TOWN_ADMIN" && existing.status === "SUBMITTED")
      throw new AppError("CONFLICT", { zh: "审核中的风采不能删除", en: "An entry under review cannot be deleted" });
    await ctx.db.storedFile.updateMany({
      where: { ownerKind: SHOWCASE_FILES, ownerId: existing.id },
      data: { ownerKind: null, ownerId: null, attachedAt: null },
    });
  },
});

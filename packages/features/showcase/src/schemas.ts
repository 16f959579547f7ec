import { z } from "zod";
import { defineEnum, labelled, text } from "@qifu/domain";

/** 典型风采: zod schemas and types, safe in the browser and on the server. */

/** What an entry shows (Sichuan 七(二十一): 优秀服务载体、机构、产品、案例、人物; Huadu: 服务标兵、服务明星). */
export const ShowcaseKind = defineEnum({
  CARRIER: { zh: "优秀服务载体", en: "Service carrier" },
  INSTITUTION: { zh: "优秀服务机构", en: "Service institution" },
  PRODUCT: { zh: "优秀服务产品", en: "Service product" },
  CASE: { zh: "典型服务案例", en: "Service case" },
  PERSON: { zh: "服务之星", en: "Service person" },
});
export type TShowcaseKind = (typeof ShowcaseKind.values)[number];

/** Draft → submitted → published (or returned with the reason); a published entry can be taken down. */
export const ShowcaseStatus = defineEnum({
  DRAFT: { zh: "草稿", en: "Draft" },
  SUBMITTED: { zh: "待审核", en: "Submitted" },
  PUBLISHED: { zh: "已发布", en: "Published" },
  RETURNED: { zh: "已退回", en: "Returned" },
  WITHDRAWN: { zh: "已撤下", en: "Withdrawn" },
});
export type TShowcaseStatus = (typeof ShowcaseStatus.values)[number];

/** The link each kind must have: a carrier or institution is a node, a product a published product. */
export const REQUIRED_LINK: Record<TShowcaseKind, "nodeId" | "productId" | "personName" | null> = {
  CARRIER: "nodeId",
  INSTITUTION: "nodeId",
  PRODUCT: "productId",
  CASE: null,
  PERSON: "personName",
};

/** The metric of the board and the overview: entries published in a year. */
export const SHOWCASE_PUBLISHED_METRIC = "showcase.published";

/** Pictures per entry (the first is the cover). */
export const MAX_SHOWCASE_PICTURES = 5;

/** Uploaded file ids (the files route returns them; the server attaches them to the entry). */
const ZFileIds = z.array(z.string().min(1).max(64)).max(MAX_SHOWCASE_PICTURES);

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);
const optionalId = (zh: string, en: string) => labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), zh, en);

/** The fields a form edits; one set for create and edit. */
const showcaseFields = {
  kind: labelled(z.enum(ShowcaseKind.values), "类别", "Kind"),
  title: text("标题", "Title", { min: 4, max: 60 }),
  honour: optionalText("荣誉称号", "Honour", 40),
  year: labelled(z.number().int().min(2000).max(2100), "年度", "Year"),
  summary: text("摘要", "Summary", { min: 10, max: 200 }),
  body: text("正文", "Story", { min: 20, max: 10000 }),
  townId: optionalId("所属镇街", "Town"),
  nodeId: optionalId("服务节点", "Service node"),
  productId: optionalId("服务产品", "Service product"),
  ledgerRecordId: optionalId("服务记录", "Service record"),
  evaluationSubjectId: optionalId("评价结果", "Evaluation result"),
  personName: optionalText("人物姓名", "Person's name", 20),
  personRole: optionalText("职务", "Post", 40),
  /** New pictures (uploaded files) to attach. */
  fileIds: labelled(ZFileIds.optional(), "图片", "Pictures"),
};

export const ZShowcaseCreate = z.strictObject(showcaseFields);
export const ZShowcaseUpdate = z
  .strictObject({
    ...showcaseFields,
    /** Pictures to take off the entry. */
    removeFileIds: labelled(ZFileIds.optional(), "移除图片", "Remove pictures"),
  })
  .partial();
export type TShowcaseCreate = z.infer<typeof ZShowcaseCreate>;
export type TShowcaseUpdate = z.infer<typeof ZShowcaseUpdate>;

export const ZShowcaseFilter = z.object({
  q: z.string().max(100).optional(),
  kind: z.enum(ShowcaseKind.values).optional(),
  status: z.enum(ShowcaseStatus.values).optional(),
  townId: z.string().max(64).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
});

const ZLabel = z.object({ zh: z.string(), en: z.string() });
const ZPicture = z.object({ id: z.string(), name: z.string(), url: z.string() });

/** What the entry links to, resolved to names a reader understands. */
export const ZShowcaseLinks = z.object({
  node: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable(),
  product: z.object({ id: z.string(), title: z.string(), nodeName: z.string() }).nullable(),
  /** A service record: what was served, by whom, when (the enterprise is not named here). */
  record: z
    .object({ id: z.string(), category: z.string(), nodeName: z.string(), servedOn: z.string(), rating: z.number().nullable() })
    .nullable(),
  /** A result of a published evaluation round. */
  evaluation: z
    .object({ subjectId: z.string(), roundName: z.string(), stars: z.number().int(), rank: z.number().int(), total: z.number() })
    .nullable(),
});
export type TShowcaseLinks = z.infer<typeof ZShowcaseLinks>;

/** The console's view of an entry. */
export const ZShowcaseEntry = z.object({
  id: z.string(),
  kind: z.enum(ShowcaseKind.values),
  title: z.string(),
  honour: z.string().nullable(),
  year: z.number().int(),
  summary: z.string(),
  body: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  nodeId: z.string().nullable(),
  productId: z.string().nullable(),
  ledgerRecordId: z.string().nullable(),
  evaluationSubjectId: z.string().nullable(),
  personName: z.string().nullable(),
  personRole: z.string().nullable(),
  status: z.enum(ShowcaseStatus.values),
  reviewNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** The linked node's name, for lists. */
  nodeName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TShowcaseEntry = z.infer<typeof ZShowcaseEntry>;

/** An entry with its pictures and its links resolved (the console's show page, the public page). */
export const ZShowcaseDetail = ZShowcaseEntry.extend({ pictures: z.array(ZPicture), links: ZShowcaseLinks });
export type TShowcaseDetail = z.infer<typeof ZShowcaseDetail>;

/** What the public sees of a published entry (no review notes, no record ids beyond the links). */
export const ZShowcasePublic = ZShowcaseDetail.pick({
  id: true,
  kind: true,
  title: true,
  honour: true,
  year: true,
  summary: true,
  body: true,
  townName: true,
  personName: true,
  personRole: true,
  publishedAt: true,
  pictures: true,
  links: true,
});
export type TShowcasePublic = z.infer<typeof ZShowcasePublic>;

export const ZShowcasePublicSearch = z.object({
  q: z.string().max(100).optional(),
  kind: z.enum(ShowcaseKind.values).optional(),
  page: z.number().int().min(1).max(1000).default(1),
  perPage: z.number().int().min(1).max(60).default(12),
});
export type TShowcasePublicSearch = z.input<typeof ZShowcasePublicSearch>;
export const ZShowcasePublicList = z.object({ data: z.array(ZShowcasePublic), total: z.number().int() });

/** The choices a form offers for the links, inside the caller's scope. */
export const ZShowcaseLinkOptions = z.object({
  nodes: z.array(z.object({ id: z.string(), name: z.string(), townId: z.string().nullable() })),
  products: z.array(z.object({ id: z.string(), name: z.string() })),
  records: z.array(z.object({ id: z.string(), name: z.string() })),
  results: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TShowcaseLinkOptions = z.infer<typeof ZShowcaseLinkOptions>;

const ZRow = z.object({ key: z.string(), label: ZLabel, count: z.number().int() });
export const ZShowcaseStats = z.object({
  year: z.number().int(),
  /** Whose entries these are: 全区 or the caller's town. */
  scope: ZLabel,
  /** Published in the year (by publication date). */
  published: z.number().int(),
  /** Waiting for the district's review now. */
  pending: z.number().int(),
  byKind: z.array(ZRow),
  byTown: z.array(ZRow),
  /** Published per year, the last five years (the trend chart). */
  byYear: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
});
export type TShowcaseStats = z.infer<typeof ZShowcaseStats>;

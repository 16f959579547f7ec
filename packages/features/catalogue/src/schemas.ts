import { z } from "zod";
import { defineEnum, labelled, ServiceCategory, text } from "@qifu/domain";

export const ProductStatus = defineEnum({
  DRAFT: { zh: "草稿", en: "Draft" },
  SUBMITTED: { zh: "待审核", en: "Submitted" },
  PUBLISHED: { zh: "已发布", en: "Published" },
  WITHDRAWN: { zh: "已下架", en: "Withdrawn" },
});
export type TProductStatus = (typeof ProductStatus.values)[number];

export const ServiceChannel = defineEnum({
  ONLINE: { zh: "线上", en: "Online" },
  OFFLINE: { zh: "线下", en: "Offline" },
  BOTH: { zh: "线上线下", en: "Online and offline" },
});
export type TServiceChannel = (typeof ServiceChannel.values)[number];

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);

/** The fields of a service product a form edits; the five publics are required. */
const productFields = {
  nodeId: labelled(z.string().min(1).max(64), "服务节点", "Service node"),
  title: text("服务名称", "Title", { min: 4, max: 80 }),
  category: labelled(z.enum(ServiceCategory.values), "服务类别", "Category"),
  content: text("服务内容", "Service content", { min: 10, max: 3000 }),
  processSteps: labelled(
    z
      .array(text("流程步骤", "Step", { max: 200 }))
      .min(1)
      .max(20),
    "服务流程",
    "Process steps",
  ),
  standard: text("服务标准", "Service standard", { min: 4, max: 2000 }),
  feeFree: labelled(z.boolean(), "是否免费", "Free"),
  /** Money in integer fen (分): ¥1,500.00 is 150000. */
  feeAmountFen: labelled(
    z.preprocess(blankToNull, z.number().int().min(1).max(1_000_000_000).nullable().optional()),
    "收费金额（分）",
    "Fee (fen)",
  ),
  feeUnit: optionalText("计费单位", "Fee unit", 20),
  timeLimitDays: labelled(z.number().int().min(1).max(365), "办理时限（工作日）", "Time limit (working days)"),
  channel: labelled(z.enum(ServiceChannel.values), "服务渠道", "Channel"),
  targetEnterprises: optionalText("服务对象", "Target enterprises", 500),
  contactName: optionalText("联系人", "Contact person", 50),
  contactPhone: labelled(
    z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .regex(/^[0-9+\-() ]{5,30}$/, { message: "电话号码格式不正确 / invalid phone number" })
        .nullable()
        .optional(),
    ),
    "联系电话",
    "Contact phone",
  ),
};

export const ZProductCreate = z.strictObject({ ...productFields, feeFree: productFields.feeFree.default(true) });
export const ZProductUpdate = z.strictObject(productFields).partial();
export type TProductCreate = z.infer<typeof ZProductCreate>;
export type TProductUpdate = z.infer<typeof ZProductUpdate>;

export const ZProductFilter = z.object({
  nodeId: z.string().max(64).optional(),
  townId: z.string().max(64).optional(),
  category: z.enum(ServiceCategory.values).optional(),
  status: z.enum(ProductStatus.values).optional(),
  channel: z.enum(ServiceChannel.values).optional(),
  feeFree: z.boolean().optional(),
});

export const ZProduct = z.object({
  id: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  title: z.string(),
  category: z.enum(ServiceCategory.values),
  content: z.string(),
  processSteps: z.array(z.string()),
  standard: z.string(),
  feeFree: z.boolean(),
  feeAmountFen: z.number().int().nullable(),
  feeUnit: z.string().nullable(),
  timeLimitDays: z.number().int(),
  channel: z.enum(ServiceChannel.values),
  targetEnterprises: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  status: z.enum(ProductStatus.values),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TProduct = z.infer<typeof ZProduct>;

export const ZCatalogueSearch = z.object({
  q: z.string().max(100).optional(),
  category: z.enum(ServiceCategory.values).optional(),
  townId: z.string().max(64).optional(),
  nodeId: z.string().max(64).optional(),
  free: z.boolean().optional(),
  online: z.boolean().optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  perPage: z.number().int().min(1).max(60).default(12),
});
export type TCatalogueSearch = z.input<typeof ZCatalogueSearch>;
/**
 * Counting stops here: past it the catalogue says "more than 1,000" (pnpm bench: counting all
 * 5,000 matches of a common word visits 5,000 rows and costs many times the page itself).
 */
export const CATALOGUE_COUNT_CAP = 1_000;
export const ZCatalogueResult = z.object({
  data: z.array(ZProduct),
  /** the number of matches, at most CATALOGUE_COUNT_CAP */
  total: z.number().int(),
  /** true when there are more matches than `total` (shown as "more than 1,000") */
  more: z.boolean(),
});
export type TCatalogueResult = z.infer<typeof ZCatalogueResult>;

/** A reason of a match in both languages ("行业相符：制造业" / "Industry fits: Manufacturing"). */
const ZReason = z.object({ zh: z.string(), en: z.string() });
/** How well a pair fits (the matching kit): score 0..1, reasons (chips) and concerns (caveats). */
const matchFields = { score: z.number().min(0).max(1), reasons: z.array(ZReason), concerns: z.array(ZReason) };

export const ZRecommendInput = z
  .strictObject({ limit: labelled(z.number().int().min(1).max(50), "数量", "Limit").default(12) })
  .default({ limit: 12 });
export const ZRecommendation = z.object({ product: ZProduct, ...matchFields });
export const ZRecommendations = z.object({
  data: z.array(ZRecommendation),
  /** how many published products were weighed, and how many a required criterion ruled out */
  considered: z.number().int(),
  excluded: z.number().int(),
});
export type TRecommendation = z.infer<typeof ZRecommendation>;
export type TRecommendations = z.infer<typeof ZRecommendations>;

export const ZMatchingEnterprisesInput = z.strictObject({
  productId: labelled(z.string().min(1).max(64), "服务产品", "Service product"),
  limit: labelled(z.number().int().min(1).max(50), "数量", "Limit").default(20),
});
export const ZMatchingEnterprise = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  townName: z.string().nullable(),
  industryCode: z.string().nullable(),
  sizeClass: z.string().nullable(),
  tier: z.string(),
  ...matchFields,
});
export const ZMatchingEnterprises = z.object({
  data: z.array(ZMatchingEnterprise),
  considered: z.number().int(),
  excluded: z.number().int(),
  /** whose enterprises were weighed ("狮岭镇的企业", "全区企业") */
  scope: ZReason,
});
export type TMatchingEnterprise = z.infer<typeof ZMatchingEnterprise>;
export type TMatchingEnterprises = z.infer<typeof ZMatchingEnterprises>;

import { z } from "zod";
import { CultivationTier, industryDivision, labelled, normalizeCreditCode, SizeClass, text } from "@qifu/domain";

/** "" and null both mean "not given" (forms send "", imports leave cells empty). */
const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);

const ZDateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "日期格式应为 2024-03-18 / date must look like 2024-03-18" })
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: "不是有效日期 / not a valid date" });

/**
 * 统一社会信用代码, normalized (upper case, half-width, no spaces). Its shape and GB 32100 check
 * digit are checked by the server with `creditCodeProblem`, whose messages say exactly what is
 * wrong in both languages (a zod refinement could only give one generic message).
 */
export const ZCreditCode = labelled(
  z.preprocess((v) => (typeof v === "string" ? normalizeCreditCode(v) : v), z.string().min(1).max(30)),
  "统一社会信用代码",
  "Credit code",
);

export const ZIndustryCode = labelled(
  z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .refine((c) => !!industryDivision(c), {
        message: "不是 GB/T 4754-2017 的行业大类或小类代码 / not a GB/T 4754-2017 division or class code",
      })
      .nullable()
      .optional(),
  ),
  "行业代码",
  "Industry code",
);

const ZPhone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,30}$/, { message: "电话号码格式不正确 / invalid phone number" });
/** Money-like figures are integer 万元 (CNY 10,000), the unit of the MIIT size rule. */
const wan = (zh: string, en: string) =>
  labelled(z.preprocess(blankToNull, z.number().int().min(0).max(100_000_000).nullable().optional()), zh, en);

/** The fields of an enterprise that a form or an import row edits. No defaults: an update touches only what it names. */
const enterpriseFields = {
  creditCode: ZCreditCode,
  name: text("企业名称", "Name", { min: 2, max: 100 }),
  townId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "所属镇街", "Town"),
  address: optionalText("地址", "Address", 200),
  industryCode: ZIndustryCode,
  employees: labelled(
    z.preprocess(blankToNull, z.number().int().min(0).max(10_000_000).nullable().optional()),
    "从业人员（人）",
    "Employees",
  ),
  revenueWan: wan("营业收入（万元）", "Revenue (CNY 10k)"),
  assetsWan: wan("资产总额（万元）", "Total assets (CNY 10k)"),
  foundedOn: labelled(z.preprocess(blankToNull, ZDateOnly.nullable().optional()), "成立日期", "Founded on"),
  contactName: optionalText("联系人", "Contact person", 50),
  contactPhone: labelled(z.preprocess(blankToNull, ZPhone.nullable().optional()), "联系电话", "Contact phone"),
  contactEmail: labelled(z.preprocess(blankToNull, z.email().max(100).nullable().optional()), "电子邮箱", "Email"),
  tags: labelled(z.array(text("标签", "Tag", { max: 20 })).max(20), "标签", "Tags"),
  description: optionalText("企业简介", "Description", 2000),
};

export const ZEnterpriseCreate = z.strictObject({
  ...enterpriseFields,
  tags: enterpriseFields.tags.default([]),
});
export const ZEnterpriseUpdate = z.strictObject(enterpriseFields).partial();
export type TEnterpriseCreate = z.infer<typeof ZEnterpriseCreate>;
export type TEnterpriseUpdate = z.infer<typeof ZEnterpriseUpdate>;

/** What an enterprise account may not change on its own record: identity and town are decided by staff (the tier is derived by the cultivation ladder). */
export const ENTERPRISE_ADMIN_ONLY_FIELDS = ["creditCode", "townId"] as const;

export const ZEnterpriseFilter = z.object({
  townId: z.string().max(64).optional(),
  industrySection: z
    .string()
    .regex(/^[A-T]$/)
    .optional(),
  industryCode: z.string().max(4).optional(),
  sizeClass: z.enum(SizeClass.values).optional(),
  tier: z.enum(CultivationTier.values).optional(),
  tag: z.string().max(20).optional(),
  claimed: z.boolean().optional(),
});
export type TEnterpriseFilter = z.infer<typeof ZEnterpriseFilter>;

export const ZEnterprise = z.object({
  id: z.string(),
  creditCode: z.string(),
  name: z.string(),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  address: z.string().nullable(),
  industryCode: z.string().nullable(),
  employees: z.number().int().nullable(),
  revenueWan: z.number().int().nullable(),
  assetsWan: z.number().int().nullable(),
  /** The figures a town or district admin confirmed; only these feed the size class and the KPIs (issue 11 point 11). */
  confirmedEmployees: z.number().int().nullable(),
  confirmedRevenueWan: z.number().int().nullable(),
  confirmedAssetsWan: z.number().int().nullable(),
  figuresConfirmedAt: z.string().nullable(),
  /** The reported figures differ from the confirmed ones: the enterprise set them and no admin has confirmed them yet. */
  figuresSelfReported: z.boolean(),
  sizeClass: z.enum(SizeClass.values).nullable(),
  foundedOn: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  tier: z.enum(CultivationTier.values),
  tags: z.array(z.string()),
  description: z.string().nullable(),
  /** Accounts linked to the record (verified claims). */
  accountCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TEnterprise = z.infer<typeof ZEnterprise>;

// ---- enterprise accounts: self-registration and claims ------------------------------------

export const ClaimStatus = {
  values: ["PENDING", "APPROVED", "REJECTED", "CLOSED", "EXPIRED"] as const,
  labels: {
    PENDING: { zh: "待审核", en: "Pending" },
    APPROVED: { zh: "已通过", en: "Approved" },
    REJECTED: { zh: "已驳回", en: "Rejected" },
    /** another claim for the same enterprise was approved */
    CLOSED: { zh: "已关闭（同一企业的其他申请已通过）", en: "Closed (another claim for the enterprise was approved)" },
    EXPIRED: { zh: "已过期（未在期限内审核）", en: "Expired (not reviewed in time)" },
  },
};
export type TClaimStatus = (typeof ClaimStatus.values)[number];

export const ZRegisterInput = z.strictObject({
  username: labelled(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z][A-Za-z0-9_.-]{3,31}$/, {
        message: "用户名为 4–32 位字母、数字或 _ . -，以字母开头 / 4–32 letters, digits, _ . -, starting with a letter",
      }),
    "用户名",
    "Username",
  ),
  /** The password rules (checkPasswordRules) are applied by the server with their own messages. */
  password: labelled(z.string().min(1).max(128), "密码", "Password"),
  creditCode: ZCreditCode,
  name: text("企业名称", "Enterprise name", { min: 2, max: 100 }),
  townId: labelled(z.string().min(1).max(64), "所属镇街", "Town"),
  contactName: text("联系人", "Contact person", { max: 50 }),
  contactPhone: labelled(ZPhone, "联系电话", "Contact phone"),
});
export type TRegisterInput = z.infer<typeof ZRegisterInput>;

export const ZClaim = z.object({
  id: z.string(),
  username: z.string(),
  creditCode: z.string(),
  name: z.string(),
  townId: z.string(),
  townName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  status: z.enum(ClaimStatus.values),
  enterpriseId: z.string().nullable(),
  /** The registry record with the same credit code, if there is one (what approval links to). */
  matchedEnterpriseId: z.string().nullable(),
  matchedEnterpriseName: z.string().nullable(),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TClaim = z.infer<typeof ZClaim>;

export const ZClaimFilter = z.object({ status: z.enum(ClaimStatus.values).optional(), townId: z.string().max(64).optional() });

/** What an enterprise account sees of itself: its claim, and its record once verified. */
export const ZMyEnterprise = z.object({
  claim: ZClaim.nullable(),
  enterprise: ZEnterprise.nullable(),
});
export type TMyEnterprise = z.infer<typeof ZMyEnterprise>;

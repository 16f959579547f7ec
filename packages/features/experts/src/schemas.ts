import { z } from "zod";
import { defineEnum, labelled, text } from "@qifu/domain";

/** 专家库 (expert pool, issue 13 pt 1): zod schemas and types, safe in the browser and on the server. */
export const ExpertAvailability = defineEnum({
  AVAILABLE: { zh: "可参评", en: "Available" },
  LIMITED: { zh: "时间有限", en: "Limited" },
  UNAVAILABLE: { zh: "暂不可参评", en: "Unavailable" },
});
export type TExpertAvailability = (typeof ExpertAvailability.values)[number];

/** How an expert is tied to a node: any tie is a conflict of interest for judging that node (or its town). */
export const ExpertNodeRelation = defineEnum({
  EMPLOYEE: { zh: "任职", en: "Works there" },
  CONSULTANT: { zh: "顾问/合作", en: "Consultant / partner" },
  OTHER: { zh: "其他关联", en: "Other tie" },
});
export type TExpertNodeRelation = (typeof ExpertNodeRelation.values)[number];

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalText = (zh: string, en: string, max: number) =>
  labelled(z.preprocess(blankToNull, text(zh, en, { max }).nullable().optional()), zh, en);

/** A link as the form sends it (the DTO's node name is dropped). */
export const ZExpertNodeLinkInput = z.object({
  nodeId: labelled(z.string().min(1).max(64), "关联节点", "Linked node"),
  relation: labelled(z.enum(ExpertNodeRelation.values), "关联方式", "Relation").default("EMPLOYEE"),
});

/** The fields a form edits; one set for create and edit. */
const expertFields = {
  name: text("姓名", "Name", { min: 2, max: 40 }),
  field: text("专业领域", "Field", { min: 2, max: 80 }),
  title: optionalText("职称", "Title", 60),
  employer: optionalText("工作单位", "Employer", 120),
  qualifications: optionalText("资质", "Qualifications", 500),
  phone: labelled(
    z.preprocess(
      blankToNull,
      z
        .string()
        .regex(/^[0-9+\-() ]{5,20}$/, { message: "电话号码格式不正确 / invalid phone number" })
        .nullable()
        .optional(),
    ),
    "联系电话",
    "Phone",
  ),
  email: labelled(
    z.preprocess(blankToNull, z.email({ message: "邮箱格式不正确 / invalid email" }).max(120).nullable().optional()),
    "邮箱",
    "Email",
  ),
  availability: labelled(z.enum(ExpertAvailability.values), "可参评情况", "Availability"),
  userId: labelled(z.preprocess(blankToNull, z.string().max(64).nullable().optional()), "登录账号", "Sign-in account"),
  nodeLinks: labelled(z.array(ZExpertNodeLinkInput).max(20), "关联节点（回避）", "Linked nodes (conflicts of interest)"),
  description: optionalText("备注", "Notes", 2000),
};

export const ZExpertCreate = z.strictObject({
  ...expertFields,
  availability: expertFields.availability.default("AVAILABLE"),
  nodeLinks: expertFields.nodeLinks.default([]),
});
export const ZExpertUpdate = z.strictObject(expertFields).partial();
export type TExpertCreate = z.infer<typeof ZExpertCreate>;
export type TExpertUpdate = z.infer<typeof ZExpertUpdate>;

export const ZExpertFilter = z.object({
  q: z.string().max(100).optional(),
  availability: z.enum(ExpertAvailability.values).optional(),
});

export const ZExpert = z.object({
  id: z.string(),
  name: z.string(),
  field: z.string(),
  title: z.string().nullable(),
  employer: z.string().nullable(),
  qualifications: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  availability: z.enum(ExpertAvailability.values),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  nodeLinks: z.array(z.object({ nodeId: z.string(), nodeName: z.string(), relation: z.enum(ExpertNodeRelation.values) })),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TExpert = z.infer<typeof ZExpert>;

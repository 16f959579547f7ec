import { dayOrNull, isoOrNull } from "@qifu/domain";
import type { Prisma } from "@qifu/db";
import { defineExport, defineResource } from "@qifu/trpc-core";
import { AppError } from "@qifu/domain";
import { ProjectStage, TechField, ZProject, ZProjectFilter, ZProjectUpdate, ZSign, type TProject } from "../schemas";
import { NODE_STAFF, PROJECT_LABEL, projectScope, projectWriteScope, TT_STAFF, wan } from "./access";

export const PROJECT_INCLUDE = {
  enterprise: { select: { name: true } },
  town: { select: { name: true } },
  providerNode: { select: { name: true } },
  achievement: { select: { title: true } },
} satisfies Prisma.TechProjectInclude;
type TProjectRow = Prisma.TechProjectGetPayload<{ include: typeof PROJECT_INCLUDE }>;

export function toProjectDto(r: TProjectRow): TProject {
  return {
    id: r.id,
    title: r.title,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    townName: r.town?.name ?? null,
    providerNodeId: r.providerNodeId,
    providerName: r.providerNode.name,
    achievementTitle: r.achievement?.title ?? null,
    field: r.field as TProject["field"],
    contractFen: Number(r.contractFen),
    stage: r.stage as TProject["stage"],
    signedOn: dayOrNull(r.signedOn)!,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** Projects are created by `techContacts.sign`; the provider moves the stage (SIGNED → IN_PROGRESS → DONE). */
export const projectsResource = defineResource({
  name: "techProjects",
  label: PROJECT_LABEL,
  model: (db) => db.techProject,
  include: PROJECT_INCLUDE,
  schemas: { create: ZSign, update: ZProjectUpdate, filter: ZProjectFilter, dto: ZProject },
  sortable: ["signedOn", "contractFen", "stage", "updatedAt"],
  defaultSort: { field: "signedOn", order: "DESC" },
  policy: {
    read: [...TT_STAFF, ...NODE_STAFF, "ENTERPRISE"],
    create: [...NODE_STAFF],
    update: [...NODE_STAFF],
    delete: ["DISTRICT_ADMIN"],
  },
  scope: { read: projectScope, write: projectWriteScope },
  outOfScope: { zh: "只能管理本机构的合作项目", en: "You can only manage your own institution's projects" },
  filterToWhere: (f) => ({
    ...(f.stage ? { stage: f.stage } : {}),
    ...(f.field ? { field: f.field } : {}),
    ...(f.q?.trim() ? { OR: [{ title: { contains: f.q.trim() } }, { enterprise: { name: { contains: f.q.trim() } } }] } : {}),
  }),
  toDto: toProjectDto,
  prepareCreate: async () => {
    throw new AppError("CONFLICT", {
      zh: "合作项目由成果方在对接记录中“签约”登记",
      en: "A project is recorded by signing an accepted contact",
    });
  },
  prepareUpdate: async (_ctx, existing: TProjectRow, input) => {
    const order = ProjectStage.values;
    if (input.stage && order.indexOf(input.stage) < order.indexOf(existing.stage as TProject["stage"]))
      throw AppError.validation("stage", { zh: "项目阶段不能倒退", en: "A project's stage cannot go back" });
    return input;
  },
});

export const projectsExport = defineExport<TProject>(projectsResource, {
  policy: [...TT_STAFF, ...NODE_STAFF, "ENTERPRISE"],
  columns: [
    { header: { zh: "签约日期", en: "Signed on" }, value: (r) => r.signedOn },
    { header: { zh: "项目名称", en: "Project" }, width: 30, value: (r) => r.title },
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "成果提供方", en: "Provider" }, width: 28, value: (r) => r.providerName },
    { header: { zh: "科技成果", en: "Achievement" }, width: 28, value: (r) => r.achievementTitle },
    { header: { zh: "技术领域", en: "Field" }, value: (r, lang) => TechField.label(r.field, lang) },
    { header: { zh: "合同金额", en: "Contract value" }, value: (r) => wan(r.contractFen) },
    { header: { zh: "阶段", en: "Stage" }, value: (r, lang) => ProjectStage.label(r.stage, lang) },
  ],
});

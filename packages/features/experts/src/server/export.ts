import { defineExport } from "@qifu/trpc-core";
import { ExpertAvailability, ExpertNodeRelation, type TExpert } from "../schemas";
import { expertsResource } from "./resources";

/** The pool as the district's list shows it, to Excel (contacts included: the district's own working list). */
export const expertsExport = defineExport<TExpert>(expertsResource, {
  policy: ["DISTRICT_ADMIN"],
  columns: [
    { header: { zh: "姓名", en: "Name" }, value: (r) => r.name },
    { header: { zh: "专业领域", en: "Field" }, width: 20, value: (r) => r.field },
    { header: { zh: "职称", en: "Title" }, value: (r) => r.title },
    { header: { zh: "工作单位", en: "Employer" }, width: 28, value: (r) => r.employer },
    { header: { zh: "资质", en: "Qualifications" }, width: 28, value: (r) => r.qualifications },
    { header: { zh: "联系电话", en: "Phone" }, value: (r) => r.phone },
    { header: { zh: "邮箱", en: "Email" }, width: 22, value: (r) => r.email },
    { header: { zh: "可参评情况", en: "Availability" }, value: (r, lang) => ExpertAvailability.label(r.availability, lang) },
    {
      header: { zh: "关联节点（回避）", en: "Linked nodes (conflicts)" },
      width: 36,
      value: (r, lang) => r.nodeLinks.map((l) => `${l.nodeName}（${ExpertNodeRelation.label(l.relation, lang)}）`).join("；"),
    },
    { header: { zh: "登录账号", en: "Account" }, value: (r) => r.username },
  ],
});

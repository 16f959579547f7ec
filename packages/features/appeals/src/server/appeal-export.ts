import type { TExportColumn } from "@qifu/trpc-core";
import { AppealStatus, SupervisionLevel, Urgency, type TAppeal } from "../schemas";

export const APPEALS_LABEL = { zh: "企业诉求", en: "Appeals" };

/** Shanghai wall-clock time, to the minute, as a workbook reads it. */
const at = (iso: string | null) =>
  iso ? new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ") : null;

/** The appeals list as a workbook: the columns a unit reports on. */
export const appealExportColumns: TExportColumn<TAppeal>[] = [
  { header: { zh: "编号", en: "Number" }, width: 16, value: (a) => a.number },
  { header: { zh: "标题", en: "Title" }, width: 36, value: (a) => a.title },
  { header: { zh: "企业", en: "Enterprise" }, width: 30, value: (a) => a.enterpriseName },
  { header: { zh: "诉求类别", en: "Category" }, width: 16, value: (a, lang) => (lang === "zh" ? a.categoryName : a.categoryNameEn) },
  { header: { zh: "紧急程度", en: "Urgency" }, width: 8, value: (a, lang) => Urgency.label(a.urgency, lang) },
  { header: { zh: "承办单位", en: "Handling unit" }, width: 24, value: (a) => a.unit.name },
  { header: { zh: "状态", en: "Status" }, width: 10, value: (a, lang) => AppealStatus.label(a.status, lang) },
  {
    header: { zh: "督办", en: "Supervision" },
    width: 12,
    value: (a, lang) => (a.supervisionLevel === "NONE" ? null : SupervisionLevel.label(a.supervisionLevel, lang)),
  },
  { header: { zh: "提交时间", en: "Submitted" }, width: 17, value: (a) => at(a.submittedAt) },
  { header: { zh: "应受理时间", en: "Acknowledge by" }, width: 17, value: (a) => at(a.ackDueAt) },
  { header: { zh: "应办结时间", en: "Resolve by" }, width: 17, value: (a) => at(a.resolveDueAt) },
  {
    header: { zh: "是否超时", en: "Overdue" },
    width: 8,
    value: (a, lang) => (a.ackBreached || a.resolveBreached ? (lang === "zh" ? "是" : "yes") : null),
  },
  { header: { zh: "答复时间", en: "Answered" }, width: 17, value: (a) => at(a.answeredAt) },
  { header: { zh: "满意度", en: "Satisfaction" }, width: 8, value: (a) => a.satisfaction },
];

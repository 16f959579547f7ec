import { byLang, schemaLabels } from "@qifu/ui/admin";
import { ZTargetCreate } from "../schemas";

// Form fields are named as the API's zod schema names them, so a validation message sits under its label.
const targetFields = byLang({
  ...schemaLabels(ZTargetCreate),
  metricLabel: { zh: "指标", en: "Metric" },
  townName: { zh: "范围", en: "Scope" },
  scopeKey: { zh: "范围", en: "Scope" },
});

/** The targets screens' words in the admin console (react-admin keys, merged by the console). */
export const targetsAdminMessages = {
  zh: {
    resources: { targets: { name: "发展目标 |||| 发展目标", fields: targetFields.zh } },
    targets: {
      menu: "发展目标",
      section_basic: "基本信息",
      scope_district: "全区",
      empty_title: "还没有发展目标",
      empty_description: "目标按范围、年度、指标设定，进度由系统根据实时数据计算。",
      metric_unknown: "（未知指标）",
      scope_hint: "留空表示全区目标",
    },
  },
  en: {
    resources: { targets: { name: "Target |||| Targets", fields: targetFields.en } },
    targets: {
      menu: "Targets",
      section_basic: "Basic information",
      scope_district: "Whole district",
      empty_title: "No targets yet",
      empty_description: "A target has a scope, a year and a metric; its progress is computed from live data.",
      metric_unknown: "(unknown metric)",
      scope_hint: "Leave empty for a district-wide target",
    },
  },
};

import { byLang } from "@qifu/ui/admin";

const fields = byLang({
  id: { zh: "编号", en: "No." },
  at: { zh: "时间", en: "Time" },
  actorId: { zh: "操作人", en: "Actor" },
  actorName: { zh: "操作人", en: "Actor" },
  actorRole: { zh: "角色", en: "Role" },
  action: { zh: "操作", en: "Action" },
  resource: { zh: "数据表", en: "Table" },
  recordId: { zh: "记录编号", en: "Record id" },
  requestId: { zh: "请求编号", en: "Request id" },
  changes: { zh: "变更内容", en: "Changes" },
  from: { zh: "起始日期", en: "From" },
  to: { zh: "截止日期", en: "To" },
});

/** The audit screen's words (react-admin keys, merged by the console). */
export const auditAdminMessages = {
  zh: {
    resources: { auditLogs: { name: "审计日志 |||| 审计日志", fields: fields.zh } },
    audit: {
      menu: "审计日志",
      empty_title: "没有符合条件的审计记录",
      empty_description: "每一次新增、修改、删除都会由数据库自动记录：谁、何时、改了什么、改前改后。",
      system: "系统",
      inserted: "新增时的内容",
      deleted: "删除前的内容",
      before: "修改前",
      after: "修改后",
      field: "字段",
      value: "内容",
      no_change: "没有字段发生变化",
      show_all: "显示全部字段",
      hide_same: "只看变化的字段",
      changed_fields: "%{smart_count} 个字段 |||| %{smart_count} 个字段",
      retention: "审计日志只可追加，不可修改或删除，至少保存 6 个月（等保 2.0 三级 安全审计）。导出内容与当前筛选一致。",
      detail_title: "审计记录 #%{id}",
      request_hint: "同一请求编号的记录来自同一次操作",
      same_request: "查看同一请求的全部记录",
    },
  },
  en: {
    resources: { auditLogs: { name: "Audit entry |||| Audit log", fields: fields.en } },
    audit: {
      menu: "Audit log",
      empty_title: "No audit entries match",
      empty_description: "Every create, change and delete is recorded by the database: who, when, what, before and after.",
      system: "System",
      inserted: "Created with",
      deleted: "Content before deletion",
      before: "Before",
      after: "After",
      field: "Field",
      value: "Value",
      no_change: "No field changed",
      show_all: "Show all fields",
      hide_same: "Changed fields only",
      changed_fields: "%{smart_count} field |||| %{smart_count} fields",
      retention:
        "The audit log is append-only (no change, no delete) and kept for at least 6 months (MLPS 2.0 level 3, security audit). The export follows the current filters.",
      detail_title: "Audit entry #%{id}",
      request_hint: "Entries with the same request id come from one operation",
      same_request: "All entries of this request",
    },
  },
};

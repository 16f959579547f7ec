const zh = {
  resources: {
    appeals: {
      name: "企业诉求 |||| 企业诉求",
      fields: {
        number: "编号", title: "标题", description: "诉求内容", categoryId: "诉求类别", categoryName: "诉求类别", urgency: "紧急程度",
        mayPublish: "同意脱敏公开", enterpriseId: "企业", enterpriseName: "企业", status: "状态", unit: "承办单位",
        submittedAt: "提交时间", ackDueAt: "应受理时间", resolveDueAt: "应办结时间", supervisionLevel: "督办", overdue: "已超时", q: "搜索编号、标题",
      },
    },
    appealRoutes: {
      name: "分派规则 |||| 分派规则",
      fields: { categoryId: "诉求类别", townId: "企业所在镇街", unitKind: "承办单位类型", unitTownId: "承办镇街", unitDepartmentId: "承办部门", unit: "承办单位", note: "备注" },
    },
    calendar: { name: "工作日历 |||| 工作日历", fields: { date: "日期", kind: "类型", name: "名称", weekday: "星期", year: "年度" } },
    appealCategories: {
      name: "诉求类别 |||| 诉求类别",
      fields: { code: "编码", name: "名称", nameEn: "英文名称", sortOrder: "排序", active: "启用", limits: "时限", normal: "一般诉求时限", urgent: "紧急诉求时限" },
    },
    commissionerAssignments: { name: "专员联系企业 |||| 专员联系企业", fields: { commissionerId: "暖企专员", commissionerName: "暖企专员", enterpriseId: "企业", enterpriseName: "企业" } },
    visitLogs: {
      name: "走访记录 |||| 走访记录",
      fields: { enterpriseId: "企业", enterpriseName: "企业", commissionerName: "暖企专员", visitedOn: "走访日期", peopleMet: "会见人员", summary: "走访情况", issues: "反映的问题", text: "问题" },
    },
    assessmentWeights: {
      name: "考核权重 |||| 考核权重",
      fields: {
        period: "考核期间", responseTime: "响应速度", onTime: "按时办结率", resolution: "实际解决率", satisfaction: "满意度", reopen: "未重办率",
        bonus: "加分项", hardBonePoints: "每件硬骨头加分", responseZeroHours: "响应得零分的平均工作小时",
      },
    },
  },
  appeals: {
    menu: { appeals: "企业诉求", routes: "分派规则", calendar: "工作日历", categories: "诉求类别", assignments: "专员联系企业" },
    any: "（全部）",
    district_triage: "区中小企业服务中心（统筹分派）",
    town_unit: "镇街", department: "区直部门",
    empty: "暂无诉求",
    empty_hint: "企业在门户网站提交或暖企专员代录的诉求，会按分派规则出现在承办单位的待办中。",
    facts: "诉求信息", timeline: "办理过程", actions: "办理", answer: "答复",
    accept: "受理", start: "开始办理", request_info: "请企业补充材料", send_back: "退回并转办", do_answer: "答复企业", close: "办结",
    return_visit: "录入回访", callback: "回访确认撤回", supervise: "督办", reassign: "改派",
    note: "说明", reason: "退回理由", send_to: "转至（可选，留空按分派规则）", resolved: "问题已解决", satisfaction: "满意度（1–5）",
    level: "督办等级", target_unit: "改派至", submit: "确定", cancel: "取消", done: "已完成",
    paused: "等待企业补充材料，计时暂停", overdue: "已超时", due_in: "剩余",
    no_actions: "当前状态下您没有可执行的办理操作。",
    record_for: "代录企业", record_hint: "暖企专员可为其联系的企业代录走访或电话中了解到的诉求。",
    calendar_hint: "表中只列出与“周一至周五上班”不同的日期：法定节假日和调休上班日。已预置国务院公布的 2025、2026 年安排。",
    routes_hint: "规则按“类别+镇街”→“类别”→“镇街”→“默认（两者皆空）”的顺序匹配；没有匹配的规则时由区中心统筹分派。",
    limits_hint: "受理时限按工作小时（每天 7 小时：9:00–12:00、14:00–18:00），办结时限按工作日。",
    ack_hours: "受理（工作小时）", resolve_days: "办结（工作日）",
    files: "附件", co_units: "协办单位", add_co_unit: "增加协办单位", add_note: "添加办理备注", co_unit: "协办单位",
    hard_bone: "硬骨头", flag_hard_bone: "列为硬骨头问题", none: "无",
    to_appeal: "转为诉求", to_appeal_done: "已转为诉求", visit_hint: "每个反映的问题可一键转为诉求（代企业登记），并与本记录互相关联。",
    period_hint: "期间：2026（全年）、2026-Q1（季度）或 2026-03（月）；某期间没有单独权重时用该年的，再没有则用默认值。",
    menu_visits: "走访记录", menu_weights: "考核权重",
  },
};
type TMessages = typeof zh;
const en: TMessages = {
  resources: {
    appeals: {
      name: "Appeal |||| Appeals",
      fields: {
        number: "Number", title: "Title", description: "Description", categoryId: "Category", categoryName: "Category", urgency: "Urgency",
        mayPublish: "May publish anonymised", enterpriseId: "Enterprise", enterpriseName: "Enterprise", status: "Status", unit: "Handling unit",
        submittedAt: "Submitted", ackDueAt: "Acknowledge by", resolveDueAt: "Resolve by", supervisionLevel: "Supervision", overdue: "Overdue", q: "Search number, title",
      },
    },
    appealRoutes: {
      name: "Routing rule |||| Routing rules",
      fields: { categoryId: "Category", townId: "Enterprise's town", unitKind: "Unit kind", unitTownId: "Handling town", unitDepartmentId: "Handling department", unit: "Handling unit", note: "Note" },
    },
    calendar: { name: "Calendar day |||| Working calendar", fields: { date: "Date", kind: "Kind", name: "Name", weekday: "Weekday", year: "Year" } },
    appealCategories: {
      name: "Appeal category |||| Appeal categories",
      fields: { code: "Code", name: "Name", nameEn: "English name", sortOrder: "Order", active: "Active", limits: "Time limits", normal: "Normal: limits", urgent: "Urgent: limits" },
    },
    commissionerAssignments: { name: "Assignment |||| Commissioner assignments", fields: { commissionerId: "Commissioner", commissionerName: "Commissioner", enterpriseId: "Enterprise", enterpriseName: "Enterprise" } },
    visitLogs: {
      name: "Visit log |||| Visit logs",
      fields: { enterpriseId: "Enterprise", enterpriseName: "Enterprise", commissionerName: "Commissioner", visitedOn: "Date of visit", peopleMet: "People met", summary: "Summary", issues: "Issues raised", text: "Issue" },
    },
    assessmentWeights: {
      name: "Assessment weights |||| Assessment weights",
      fields: {
        period: "Period", responseTime: "Response time", onTime: "On-time resolution", resolution: "Actual resolution", satisfaction: "Satisfaction", reopen: "Not reopened",
        bonus: "Bonus points", hardBonePoints: "Points per hard-bone solved", responseZeroHours: "Average working hours scoring zero",
      },
    },
  },
  appeals: {
    menu: { appeals: "Appeals", routes: "Routing rules", calendar: "Working calendar", categories: "Appeal categories", assignments: "Commissioner assignments" },
    any: "(any)",
    district_triage: "District SME service centre (triage)",
    town_unit: "Town", department: "District department",
    empty: "No appeals",
    empty_hint: "Appeals filed by enterprises on the portal, or recorded by commissioners, reach the handling unit by the routing rules.",
    facts: "Appeal", timeline: "Timeline", actions: "Handling", answer: "Answer",
    accept: "Accept", start: "Start work", request_info: "Ask for information", send_back: "Send back", do_answer: "Answer", close: "Close",
    return_visit: "Record return visit", callback: "Confirm withdrawal by call", supervise: "Supervise", reassign: "Reassign",
    note: "Note", reason: "Reason", send_to: "Send to (optional; empty = routing rules)", resolved: "Problem solved", satisfaction: "Satisfaction (1–5)",
    level: "Level", target_unit: "Reassign to", submit: "OK", cancel: "Cancel", done: "Done",
    paused: "Waiting on the enterprise; clock paused", overdue: "Overdue", due_in: "left",
    no_actions: "Nothing for you to do in this state.",
    record_for: "Enterprise", record_hint: "Commissioners record appeals heard on visits or calls for the enterprises they look after.",
    calendar_hint: "Only dates that differ from Mon–Fri working are listed: statutory holidays and make-up working days. The State Council's 2025 and 2026 arrangements are preloaded.",
    routes_hint: "Rules match in this order: category + town → category → town → default (both empty); with no match the district centre triages.",
    limits_hint: "Acknowledge in working hours (7 a day: 9:00–12:00, 14:00–18:00); resolve in working days.",
    ack_hours: "Acknowledge (working hours)", resolve_days: "Resolve (working days)",
    files: "Attachments", co_units: "Co-handling units", add_co_unit: "Add co-handling unit", add_note: "Add a note", co_unit: "Co-handling unit",
    hard_bone: "Hard-bone", flag_hard_bone: "Flag as hard-bone", none: "None",
    to_appeal: "Make an appeal", to_appeal_done: "Appeal filed", visit_hint: "Each issue raised can become an appeal in one click (filed on the enterprise's behalf), linked both ways.",
    period_hint: "Period: 2026 (year), 2026-Q1 (quarter) or 2026-03 (month); a period without its own weights uses its year's, then the defaults.",
    menu_visits: "Visit logs", menu_weights: "Assessment weights",
  },
};
export const appealsAdminMessages = { zh, en };

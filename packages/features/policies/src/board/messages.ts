/** This feature's words on the board, under refine's `<resource>.…` keys (apps/board merges them). */
export const policiesBoardMessages = {
  zh: {
    policies: {
      policies: "政策直享",
      titles: { list: "政策直享" },
      board: {
        subtitle: "数量与 2025—2027 年目标进度",
        active: "运营中的政策直享",
        total: "全部 {{total}} 个（含暂停、关闭）",
        target: "{{year}} 年目标",
        noTarget: "未设目标",
        byTown: "各镇街运营中的政策直享",
        unit: "个",
      },
    },
  },
  en: {
    policies: {
      policies: "Policys",
      titles: { list: "Policys" },
      board: {
        subtitle: "Counts and progress towards the 2025–2027 targets",
        active: "Active Policys",
        total: "{{total}} in all (incl. suspended, closed)",
        target: "{{year}} target",
        noTarget: "No target set",
        byTown: "Active Policys by town",
        unit: "",
      },
    },
  },
};

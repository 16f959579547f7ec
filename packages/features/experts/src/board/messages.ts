/** This feature's words on the board, under refine's `<resource>.…` keys (apps/board merges them). */
export const expertsBoardMessages = {
  zh: {
    experts: {
      experts: "专家库",
      titles: { list: "专家库" },
      board: {
        subtitle: "数量与 2025—2027 年目标进度",
        active: "运营中的专家库",
        total: "全部 {{total}} 个（含暂停、关闭）",
        target: "{{year}} 年目标",
        noTarget: "未设目标",
        byTown: "各镇街运营中的专家库",
        unit: "个",
      },
    },
  },
  en: {
    experts: {
      experts: "Experts",
      titles: { list: "Experts" },
      board: {
        subtitle: "Counts and progress towards the 2025–2027 targets",
        active: "Active experts",
        total: "{{total}} in all (incl. suspended, closed)",
        target: "{{year}} target",
        noTarget: "No target set",
        byTown: "Active experts by town",
        unit: "",
      },
    },
  },
};

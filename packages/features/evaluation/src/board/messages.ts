/** This feature's words on the board, under refine's `<resource>.…` keys (apps/board merges them). */
export const evaluationBoardMessages = {
  zh: {
    evaluation: {
      evaluation: "评价考核",
      titles: { list: "评价考核" },
      board: {
        subtitle: "数量与 2025—2027 年目标进度",
        active: "运营中的评价考核",
        total: "全部 {{total}} 个（含暂停、关闭）",
        target: "{{year}} 年目标",
        noTarget: "未设目标",
        byTown: "各镇街运营中的评价考核",
        unit: "个",
      },
    },
  },
  en: {
    evaluation: {
      evaluation: "Evaluation schemes",
      titles: { list: "Evaluation schemes" },
      board: {
        subtitle: "Counts and progress towards the 2025–2027 targets",
        active: "Active evaluation schemes",
        total: "{{total}} in all (incl. suspended, closed)",
        target: "{{year}} target",
        noTarget: "No target set",
        byTown: "Active evaluation schemes by town",
        unit: "",
      },
    },
  },
};

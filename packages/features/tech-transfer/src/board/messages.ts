/** This feature's words on the board, under refine's `<resource>.…` keys (apps/board merges them). */
export const techTransferBoardMessages = {
  zh: {
    techTransfer: {
      techTransfer: "成果转化",
      titles: { list: "成果转化" },
      board: {
        subtitle: "数量与 2025—2027 年目标进度",
        active: "运营中的成果转化",
        total: "全部 {{total}} 个（含暂停、关闭）",
        target: "{{year}} 年目标",
        noTarget: "未设目标",
        byTown: "各镇街运营中的成果转化",
        unit: "个",
      },
    },
  },
  en: {
    techTransfer: {
      techTransfer: "Technology transfers",
      titles: { list: "Technology transfers" },
      board: {
        subtitle: "Counts and progress towards the 2025–2027 targets",
        active: "Active Technology transfers",
        total: "{{total}} in all (incl. suspended, closed)",
        target: "{{year}} target",
        noTarget: "No target set",
        byTown: "Active Technology transfers by town",
        unit: "",
      },
    },
  },
};

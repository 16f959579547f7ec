/** This feature's words on the board, under refine's `<resource>.…` keys (apps/board merges them). */
export const supplyChainBoardMessages = {
  zh: {
    supplyChain: {
      supplyChain: "配套协作",
      titles: { list: "配套协作" },
      board: {
        subtitle: "数量与 2025—2027 年目标进度",
        active: "运营中的配套协作",
        total: "全部 {{total}} 个（含暂停、关闭）",
        target: "{{year}} 年目标",
        noTarget: "未设目标",
        byTown: "各镇街运营中的配套协作",
        unit: "个",
      },
    },
  },
  en: {
    supplyChain: {
      supplyChain: "Supply-chain matchings",
      titles: { list: "Supply-chain matchings" },
      board: {
        subtitle: "Counts and progress towards the 2025–2027 targets",
        active: "Active Supply-chain matchings",
        total: "{{total}} in all (incl. suspended, closed)",
        target: "{{year}} target",
        noTarget: "No target set",
        byTown: "Active Supply-chain matchings by town",
        unit: "",
      },
    },
  },
};

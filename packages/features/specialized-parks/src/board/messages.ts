/** This feature's words on the board, under refine's `<resource>.…` keys (apps/board merges them). */
export const specializedParksBoardMessages = {
  zh: {
    specializedParks: {
      specializedParks: "专精特新产业园",
      titles: { list: "专精特新产业园" },
      board: {
        subtitle: "数量与 2025—2027 年目标进度",
        active: "运营中的专精特新产业园",
        byTier: "入驻企业梯度培育层级",
        byTierSubtitle: "建设中和运营中园区的入驻企业，按企业库中的培育层级",
        residents: "入驻企业",
        total: "全部 {{total}} 个（含规划中、建设中）",
        target: "{{year}} 年目标",
        noTarget: "未设目标",
        byTown: "各镇街运营中的产业园",
        unit: "个",
      },
    },
  },
  en: {
    specializedParks: {
      specializedParks: "Specialized parks",
      titles: { list: "Specialized parks" },
      board: {
        subtitle: "Counts and progress towards the 2025–2027 targets",
        active: "Operating specialized parks",
        byTier: "Residents on the cultivation ladder",
        byTierSubtitle: "Resident enterprises of parks being built or operating, by their registry tier",
        residents: "Residents",
        total: "{{total}} in all (incl. planned, being built)",
        target: "{{year}} target",
        noTarget: "No target set",
        byTown: "Active specialized parks by town",
        unit: "",
      },
    },
  },
};

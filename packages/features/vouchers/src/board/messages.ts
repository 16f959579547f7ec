/** This feature's words on the board, under refine's `<resource>.…` keys (apps/board merges them). */
export const vouchersBoardMessages = {
  zh: {
    vouchers: {
      vouchers: "服务券",
      titles: { list: "服务券" },
      board: {
        subtitle: "数量与 2025—2027 年目标进度",
        active: "运营中的服务券",
        total: "全部 {{total}} 个（含暂停、关闭）",
        target: "{{year}} 年目标",
        noTarget: "未设目标",
        byTown: "各镇街运营中的服务券",
        unit: "个",
      },
    },
  },
  en: {
    vouchers: {
      vouchers: "Service vouchers",
      titles: { list: "Service vouchers" },
      board: {
        subtitle: "Counts and progress towards the 2025–2027 targets",
        active: "Active Service vouchers",
        total: "{{total}} in all (incl. suspended, closed)",
        target: "{{year}} target",
        noTarget: "No target set",
        byTown: "Active Service vouchers by town",
        unit: "",
      },
    },
  },
};

/** This feature's words on the board, under refine's `<resource>.…` keys (apps/board merges them). */
export const cultivationBoardMessages = {
  zh: {
    cultivation: {
      cultivation: "梯度培育",
      titles: { list: "梯度培育" },
      board: {
        title: "优质中小企业梯度培育",
        subtitle: "按认定记录计算的各层级企业数、后备库与即将到期的认定",
        quality: "优质中小企业（各层级合计）",
        target: "{{year}} 年目标（累计）",
        funnel: "各镇街梯度培育情况",
        candidates: "各层级后备库",
        ready: "条件已满足",
        missing: "尚有差距",
        unknown: "数据待确认",
        expiring: "半年内到期的认定",
        noExpiring: "半年内没有到期的认定",
        aboveSize: "当年小升规",
        detail: "查看详情",
      },
    },
  },
  en: {
    cultivation: {
      cultivation: "Cultivation ladder",
      titles: { list: "Cultivation ladder" },
      board: {
        title: "Quality SME cultivation ladder",
        subtitle: "Enterprises per level from their recognitions, the candidate pools and recognitions about to expire",
        quality: "Quality SMEs (all levels)",
        target: "{{year}} target (cumulative)",
        funnel: "The ladder by town",
        candidates: "Candidate pools per level",
        ready: "Meets every criterion",
        missing: "Misses some criteria",
        unknown: "Figures to confirm",
        expiring: "Recognitions expiring within 6 months",
        noExpiring: "No recognition expires within 6 months",
        aboveSize: "Above size this year",
        detail: "Details",
      },
    },
  },
};

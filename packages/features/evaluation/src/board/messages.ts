/** The evaluation board's words, under refine's `evaluation.…` keys. */
export const evaluationBoardMessages = {
  zh: {
    evaluation: {
      evaluation: "评价排名",
      title: "最新评价排名",
      subtitle: "已公布的评价结果：星级、总分；点击对象查看得分构成",
      scope: "全区 · {{round}}",
      more: "查看全部排名",
      moreShort: "全部排名 →",
      empty: "暂无已公布的评价结果",
      emptyHint: "区级管理员在管理后台结算并公布评价轮次后显示",
    },
  },
  en: {
    evaluation: {
      evaluation: "Evaluation ranking",
      title: "Latest evaluation ranking",
      subtitle: "Published results: stars and totals; tap a subject for its breakdown",
      scope: "District · {{round}}",
      more: "Full ranking",
      moreShort: "Full ranking →",
      empty: "No published results yet",
      emptyHint: "Shown once the district closes and publishes a round in the console",
    },
  },
};

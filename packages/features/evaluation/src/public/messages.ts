const zh = {
  nav: "评价结果",
  title: "中小企业公共服务评价结果",
  intro: "按评价方案由专家评审、区级汇总，结果向社会公布；点击对象查看各项指标得分。",
  round: "评价轮次",
  published: "公布于 %s",
  version: "方案第 %v 版",
  empty: "暂无已公布的评价结果",
  loading: "正在加载评价结果…",
};
const en: typeof zh = {
  nav: "Evaluation results",
  title: "Results of the SME public-service evaluation",
  intro: "Scored by experts against the published scheme and compiled by the district; tap a subject to see each indicator's points.",
  round: "Round",
  published: "Published %s",
  version: "Scheme version %v",
  empty: "No published results yet",
  loading: "Loading results…",
};
export const evaluationPublicMessages = { zh, en };
export type TEvaluationPublicMessages = typeof zh;

import type { TServiceCategory } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";
import { seedContext } from "@qifu/trpc-core";
import type { TServiceChannel } from "../schemas";
import { prepareProductCreate } from "./product-service";

type TTemplate = {
  title: string;
  content: string;
  steps: string[];
  standard: string;
  fee?: [number, string];
  days: number;
  channel: TServiceChannel;
  target: string;
};

/** One realistic product per category; each node offers the ones of its categories, in its own words. */
const TEMPLATES: Record<TServiceCategory, TTemplate[]> = {
  INFO_CONSULTING: [
    {
      title: "惠企政策精准解读与申报辅导",
      content:
        "梳理国家、省、市、区各级惠企政策，结合企业所属行业、规模和发展阶段，一对一解读适用政策，辅导准备申报材料并提醒申报时间节点。",
      steps: ["企业提交咨询需求", "服务专员电话或上门了解情况", "出具政策匹配清单", "辅导申报材料", "跟踪申报结果"],
      standard: "接到需求后1个工作日内联系企业；政策匹配清单覆盖区级以上现行有效政策；申报材料辅导至受理为止。",
      days: 5,
      channel: "BOTH",
      target: "花都区内各类中小企业",
    },
  ],
  STARTUP_COACHING: [
    {
      title: "创业项目一对一辅导",
      content: "由创业导师对初创企业的商业模式、团队搭建、股权结构、财务规划进行诊断，提供不少于3次的一对一辅导，并推荐入驻孵化载体。",
      steps: ["提交创业计划书", "导师匹配", "首次诊断", "跟进辅导", "辅导总结与入驻推荐"],
      standard: "导师均具有5年以上创业或投资经验；每次辅导不少于2小时并形成书面纪要。",
      days: 20,
      channel: "OFFLINE",
      target: "成立3年以内的初创企业和创业团队",
    },
  ],
  TECH_SUPPORT: [
    {
      title: "产品检验检测与质量提升服务",
      content: "提供原材料、半成品和成品的理化性能检测，出具具备CMA资质的检测报告，针对不合格项提出工艺改进建议。",
      steps: ["在线预约并寄送样品", "样品登记", "按标准检测", "出具检测报告", "质量改进建议"],
      standard: "按国家标准或行业标准检测；报告具备CMA资质；常规项目5个工作日内出具报告。",
      fee: [80000, "批次"],
      days: 5,
      channel: "BOTH",
      target: "制造业中小企业",
    },
  ],
  FINANCING: [
    {
      title: "中小企业融资需求对接",
      content: "收集企业融资需求，对接合作银行、担保机构和投资机构，推荐助保贷、政策性担保等低成本融资产品，协助准备授信材料。",
      steps: ["填报融资需求", "需求评估", "匹配金融产品", "组织银企对接", "跟踪放款"],
      standard: "需求受理后3个工作日内完成评估并反馈可匹配产品；对接过程不向企业收取任何中介费用。",
      days: 10,
      channel: "BOTH",
      target: "有融资需求的中小微企业",
    },
  ],
  INTELLECTUAL_PROPERTY: [
    {
      title: "专利申请与商标注册代理",
      content: "提供专利检索、发明专利和实用新型专利撰写申请、商标查询注册、知识产权贯标咨询等服务。",
      steps: ["需求沟通", "检索分析", "撰写申请文件", "企业确认", "提交申请并跟踪审查"],
      standard: "代理人均持有专利代理师资格；申请文件提交前经企业书面确认；官方通知3个工作日内转达企业。",
      fee: [300000, "件"],
      days: 15,
      channel: "BOTH",
      target: "有知识产权保护需求的企业",
    },
  ],
  ACCOUNTING_TAX: [
    {
      title: "小微企业财税健康体检",
      content: "对企业账务、税务申报和发票管理进行体检，识别涉税风险，讲解小微企业税收优惠政策并辅导享受。",
      steps: ["预约体检", "提供账簿资料", "现场或线上体检", "出具体检报告", "整改辅导"],
      standard: "体检由注册会计师或税务师完成；报告列明风险点、依据和整改建议；全程对企业资料保密。",
      days: 7,
      channel: "BOTH",
      target: "小型、微型企业和个体工商户",
    },
  ],
  LEGAL: [
    {
      title: "企业法律体检与合同审查",
      content: "为企业提供劳动用工、合同管理、股权结构等方面的法律体检，审查常用合同模板，提供法律意见书。",
      steps: ["提交需求与资料", "律师对接", "法律体检", "出具法律意见", "回访"],
      standard: "由执业5年以上律师提供服务；每家企业每年可免费审查常用合同不超过5份。",
      days: 10,
      channel: "BOTH",
      target: "中小企业，优先服务专精特新企业",
    },
  ],
  SCI_TECH: [
    {
      title: "高新技术企业认定辅导",
      content: "对照高新技术企业认定条件进行评估，辅导研发费用归集、知识产权布局和申报材料编制。",
      steps: ["企业自评", "条件评估", "辅导研发费用归集", "编制申报材料", "提交申报"],
      standard: "评估报告逐项对照认定条件；申报材料在申报截止前10个工作日完成。",
      fee: [1500000, "家"],
      days: 30,
      channel: "BOTH",
      target: "拟申报高新技术企业的科技型中小企业",
    },
  ],
  MARKET_EXPANSION: [
    {
      title: "展会参展与市场开拓服务",
      content: "组织企业参加广交会、皮革展等国内外专业展会，提供展位申请、展品设计、采购商对接等一站式服务。",
      steps: ["发布展会信息", "企业报名", "展位确认", "参展培训", "展后客户跟踪"],
      standard: "展会信息至少提前30天发布；组团参展企业可享受区级展位补贴政策指导。",
      days: 30,
      channel: "BOTH",
      target: "有市场开拓需求的制造和外贸企业",
    },
  ],
  MANAGEMENT_CONSULTING: [
    {
      title: "精益生产与数字化管理诊断",
      content: "由管理专家深入生产现场，诊断生产组织、库存和质量管理问题，提出精益改善和数字化转型方案。",
      steps: ["预约诊断", "现场调研", "问题分析", "出具诊断报告", "改善跟踪"],
      standard: "现场调研不少于1天；诊断报告包含问题清单、改善方案和预期效益。",
      fee: [500000, "次"],
      days: 15,
      channel: "OFFLINE",
      target: "制造业中小企业",
    },
  ],
  TALENT: [
    {
      title: "企业招聘与技能人才培训",
      content: "发布企业用工需求，组织专场招聘会，开展技能人才订单式培训和职业技能等级认定。",
      steps: ["登记用工需求", "发布岗位", "组织招聘会", "开展培训", "认定与跟踪"],
      standard: "用工需求1个工作日内发布；专场招聘会每月至少1场。",
      days: 10,
      channel: "BOTH",
      target: "有用工和培训需求的企业",
    },
  ],
  INTERNATIONAL: [
    {
      title: "跨境电商出海与国际认证服务",
      content: "提供跨境电商平台开店指导、海外仓对接、出口退税辅导和CE、FCC等国际认证咨询服务。",
      steps: ["需求诊断", "方案制定", "平台开店或认证辅导", "物流与海外仓对接", "运营跟踪"],
      standard: "服务团队具有3年以上跨境电商运营经验；认证咨询覆盖主要出口市场。",
      fee: [200000, "项"],
      days: 20,
      channel: "ONLINE",
      target: "有出海需求的外贸和制造企业",
    },
  ],
  INDUSTRY_ACADEMIA: [
    {
      title: "校企合作与技术难题揭榜",
      content: "征集企业技术难题，对接高校和科研院所专家团队，促成联合攻关、共建实验室和科技成果转化。",
      steps: ["提交技术需求", "需求梳理", "专家匹配", "组织对接会", "签约与跟踪"],
      standard: "需求梳理后15个工作日内匹配专家团队；对接结果书面反馈企业。",
      days: 20,
      channel: "BOTH",
      target: "有技术创新需求的中小企业",
    },
  ],
};

const STATUS_CYCLE = ["PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "SUBMITTED", "PUBLISHED", "DRAFT"] as const;

/** About 80 products over the active nodes, in the categories each node serves. */
export async function seedCatalogue(tx: TDbTx, limit = 80) {
  if ((await tx.serviceProduct.count()) > 0) return;
  const ctx = seedContext(tx);
  const nodes = await tx.node.findMany({
    where: { status: "ACTIVE" },
    orderBy: { id: "asc" },
    select: { id: true, name: true, serviceCategories: true, contactName: true, officePhone: true },
  });
  let n = 0;
  // the first product of each category is published, so the public catalogue and the site
  // search have something in every category (法律咨询 and 知识产权 come late in the rounds)
  const seen = new Set<string>();
  const published = new Date(Date.UTC(2026, 0, 5));
  for (let round = 0; round < 4 && n < limit; round++)
    for (const node of nodes) {
      const category = node.serviceCategories[round] as TServiceCategory | undefined;
      if (!category || n >= limit) continue;
      const tpl = TEMPLATES[category][0];
      // the node's short name makes each product its own ("狮岭皮革皮具…·产品检验检测…")
      const short = node.name.replace(/(有限公司|公共服务平台|服务中心|服务平台)$/, "");
      const data = await prepareProductCreate(ctx, {
        nodeId: node.id,
        title: `${tpl.title}（${short}）`.slice(0, 80),
        category,
        content: tpl.content,
        processSteps: tpl.steps,
        standard: tpl.standard,
        feeFree: !tpl.fee,
        feeAmountFen: tpl.fee?.[0] ?? null,
        feeUnit: tpl.fee?.[1] ?? null,
        timeLimitDays: tpl.days,
        channel: tpl.channel,
        targetEnterprises: tpl.target,
        contactName: node.contactName,
        contactPhone: node.officePhone, // the office number: products are public (issue 11 point 12)
      });
      const status = seen.has(category) ? STATUS_CYCLE[n % STATUS_CYCLE.length] : "PUBLISHED";
      seen.add(category);
      const at = new Date(published.getTime() + n * 3 * 86_400_000);
      await tx.serviceProduct.create({
        data: {
          ...data,
          id: `seed-product-${n + 1}`,
          status,
          submittedAt: status === "DRAFT" ? null : at,
          publishedAt: status === "PUBLISHED" ? at : null,
          reviewedAt: status === "PUBLISHED" ? at : null,
        },
      });
      n++;
    }
}

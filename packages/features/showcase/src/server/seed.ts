import type { TDb, TDbTx } from "@qifu/db";
import { fromShanghai, searchTextFor } from "@qifu/domain";
import type { TSeedContext } from "@qifu/trpc-core";
import type { TShowcaseKind, TShowcaseStatus } from "../schemas";

type TSeedEntry = {
  key: string;
  kind: TShowcaseKind;
  /** The node it is about, by name (its town follows). */
  node?: string;
  /** The town, by code, when no node is named. */
  town?: string;
  title: string;
  honour?: string;
  year: number;
  summary: string;
  body: string;
  person?: [name: string, role: string];
  /** Link the node's first published product / best-rated service record. */
  withProduct?: boolean;
  withRecord?: boolean;
  status: TShowcaseStatus;
  /** Shanghai date of publication (or of submission for the others). */
  on: string;
  by: "district" | "shiling" | "xinhua";
  note?: string;
};

const ENTRIES: TSeedEntry[] = [
  {
    key: "1",
    kind: "CARRIER",
    node: "狮岭皮革皮具产业集群公共服务平台",
    title: "一站式集群服务撑起“中国皮具之都”",
    honour: "2025年度优秀服务载体",
    year: 2025,
    summary: "平台集设计研发、检测认证、跨境营销于一体，全年为狮岭皮具企业提供服务 2,300 余次，助力 60 余家企业开拓海外市场。",
    body: "狮岭皮革皮具产业集群公共服务平台是国家级中小企业公共服务示范平台，服务全镇 8,000 余家皮具企业。\n\n平台建成皮具设计打样中心和检测实验室，企业在家门口即可完成新品设计、材料检测和认证，打样周期由原来的 15 天缩短到 5 天。\n\n2025 年，平台联合跨境电商服务商开设“出海直通车”，组织企业参加广交会和海外展会 12 场，带动新增出口订单超过 3 亿元。",
    status: "PUBLISHED",
    on: "2025-12-18",
    by: "district",
  },
  {
    key: "2",
    kind: "INSTITUTION",
    node: "花都区知识产权服务中心",
    title: "知识产权“快保护”为创新企业护航",
    honour: "2026年度优秀服务机构",
    year: 2026,
    summary: "中心开通专利预审绿色通道，帮助 120 家中小企业完成专利布局，维权案件平均办结时间缩短一半。",
    body: "花都区知识产权服务中心面向中小企业提供专利申请、商标注册、维权援助等服务。\n\n中心与广东省知识产权保护中心建立预审合作，企业发明专利授权周期由两年多压缩到半年左右。\n\n今年以来，中心走访企业 300 余家，为 120 家企业制定专利布局方案，调解知识产权纠纷 36 宗。",
    withProduct: true,
    status: "PUBLISHED",
    on: "2026-06-28",
    by: "district",
  },
  {
    key: "3",
    kind: "PRODUCT",
    node: "花都区工业设计中心",
    title: "工业设计诊断让传统产品焕新",
    honour: "2026年度优秀服务产品",
    year: 2026,
    summary: "设计中心的产品诊断服务为企业免费出具设计提升方案，已有 40 家企业据此推出新品。",
    body: "花都区工业设计中心是省级工业设计中心，组织 20 名设计师组成服务团队。\n\n“工业设计诊断”服务从外观、结构、材料、成本四个方面为企业产品把脉，两周内出具提升方案，费用由中心承担。\n\n参与诊断的企业中，40 家已推出改良新品，平均单品毛利提高 8 个百分点。",
    withProduct: true,
    status: "PUBLISHED",
    on: "2026-09-15",
    by: "district",
  },
  {
    key: "4",
    kind: "CASE",
    node: "广州农商银行花都支行普惠金融部",
    title: "首贷户 48 小时拿到 300 万元信用贷",
    honour: "2026年度典型服务案例",
    year: 2026,
    summary: "一家汽车零部件小企业急需周转资金，暖企专员上报需求后，银行 48 小时内完成审批放款。",
    body: "今年 4 月，花山镇一家汽车零部件企业接到大额订单，原材料采购资金缺口 300 万元，企业此前从未获得过银行贷款。\n\n暖企专员走访时了解到需求，当天在平台提交融资需求。广州农商银行花都支行普惠金融部次日上门，依据企业纳税和用电数据核定授信。\n\n48 小时内，300 万元信用贷款到账，企业按期交付订单，并新增就业岗位 30 个。",
    withRecord: true,
    status: "PUBLISHED",
    on: "2026-05-20",
    by: "district",
  },
  {
    key: "5",
    kind: "PERSON",
    town: "SHILING",
    title: "扎根皮具企业的“暖企专员”",
    honour: "2026年度服务标兵",
    year: 2026,
    summary: "她一年走访企业 260 余家次，受理诉求 85 件，办结率 100%，企业满意度 98%。",
    body: "陈晓敏是狮岭镇企业服务中心的暖企专员，负责联系镇内 60 家重点皮具企业。\n\n她坚持“每周必到企业”，把用工、用地、融资、出口等问题一件件记在台账上，能现场解答的当场解答，不能解答的当天上报。\n\n一家企业因厂房消防验收卡住扩产，她协调镇消防、住建部门联合上门指导，两周内完成整改验收。",
    person: ["陈晓敏", "狮岭镇企业服务中心 暖企专员"],
    status: "PUBLISHED",
    on: "2026-11-08",
    by: "district",
  },
  {
    key: "6",
    kind: "PERSON",
    town: "HUACHENG",
    title: "帮企业把政策“算清楚”的服务明星",
    honour: "2025年度服务明星",
    year: 2025,
    summary: "他把 40 多项惠企政策整理成“一张表”，一年帮助 90 家企业申报补贴 1,200 余万元。",
    body: "李志强在花城街道中小企业服务站工作五年，熟悉区、市、省各级惠企政策。\n\n他把政策条件整理成“一张表”，企业对照即可判断能否申报；每季度举办政策宣讲会，手把手辅导企业填报材料。\n\n2025 年，他帮助 90 家企业成功申报各类补贴 1,200 余万元。",
    person: ["李志强", "花城街道中小企业服务站 站长"],
    status: "PUBLISHED",
    on: "2025-11-26",
    by: "district",
  },
  {
    key: "7",
    kind: "CARRIER",
    node: "秀全检验检测公共服务平台",
    title: "检测服务“零跑腿”，企业送样当天出报告",
    honour: "2024年度优秀服务载体",
    year: 2024,
    summary: "平台开通上门取样和线上出具报告，常规检测当天出结果，全年服务企业 1,100 家次。",
    body: "秀全检验检测公共服务平台配备 18 名专业检测人员，覆盖材料、电气安全、环境可靠性等 200 余个检测项目。\n\n平台推出上门取样、线上查询和电子报告，常规项目当天出具结果，中小企业检测费用享受五折优惠。",
    status: "PUBLISHED",
    on: "2024-12-20",
    by: "district",
  },
  {
    key: "8",
    kind: "INSTITUTION",
    node: "狮岭皮具设计众创空间",
    title: "众创空间孵化出 12 个原创皮具品牌",
    honour: "2026年度优秀服务机构",
    year: 2026,
    summary: "空间为年轻设计师提供工位、打样和电商运营支持，三年孵化原创品牌 12 个。",
    body: "狮岭皮具设计众创空间是省级众创空间，现有入驻团队 35 个。\n\n空间与镇内工厂合作建立小单快反打样线，设计师从画稿到样品最快三天，孵化出 12 个原创皮具品牌，其中 3 个年销售额过千万元。",
    status: "SUBMITTED",
    on: "2026-11-30",
    by: "shiling",
  },
  {
    key: "9",
    kind: "PERSON",
    town: "SHILING",
    title: "皮具企业的“出海向导”",
    year: 2026,
    summary: "他组织镇内企业参加海外展会 8 场，帮助 20 家企业开通跨境电商店铺。",
    body: "黄俊是狮岭皮革皮具产业集群公共服务平台的外贸服务专员。\n\n他熟悉跨境电商平台规则，带领企业逐一完成店铺开通、产品上架和物流对接。",
    person: ["黄俊", "狮岭皮革皮具产业集群公共服务平台 外贸服务专员"],
    status: "DRAFT",
    on: "2026-12-01",
    by: "shiling",
  },
  {
    key: "10",
    kind: "CASE",
    node: "花都区创新创业孵化基地",
    title: "孵化基地助力初创企业拿到首轮融资",
    year: 2026,
    summary: "基地为入孵企业对接投资机构，一家智能硬件初创企业获得 500 万元天使轮融资。",
    body: "花都区创新创业孵化基地今年组织项目路演 6 场，邀请投资机构 30 余家。\n\n入孵企业通过路演获得天使轮融资 500 万元。",
    status: "RETURNED",
    on: "2026-10-20",
    by: "xinhua",
    note: "请补充企业同意公开的说明和服务记录，融资金额请以合同为准。",
  },
];

/** Demo showcase entries in every status, linked to the seeded nodes, products and service records. */
export async function seedShowcase(tx: TDbTx, s: TSeedContext) {
  if ((await tx.showcaseEntry.count()) > 0) return;
  const townIds = s.townIds;
  for (const e of ENTRIES) {
    const node = e.node ? await tx.node.findFirst({ where: { name: e.node }, select: { id: true, townId: true } }) : null;
    if (e.node && !node) continue;
    const townId = node ? node.townId : (townIds.get(e.town!) ?? null);
    const product =
      e.withProduct && node
        ? await tx.serviceProduct.findFirst({
            where: { nodeId: node.id, status: "PUBLISHED" },
            orderBy: { id: "asc" },
            select: { id: true },
          })
        : null;
    const at = fromShanghai(e.on, 10 * 60);
    const record =
      e.withRecord && node
        ? await tx.ledgerRecord.findFirst({
            // a service before the story was published
            where: { nodeId: node.id, servedOn: { lte: at } },
            orderBy: [{ ratingScore: { sort: "desc", nulls: "last" } }, { id: "asc" }],
            select: { id: true },
          })
        : null;
    const submitted = e.status !== "DRAFT";
    const reviewed = e.status === "PUBLISHED" || e.status === "RETURNED";
    await tx.showcaseEntry.create({
      data: {
        id: `seed-showcase-${e.key}`,
        kind: e.kind,
        title: e.title,
        honour: e.honour ?? null,
        year: e.year,
        summary: e.summary,
        body: e.body,
        townId,
        nodeId: node?.id ?? null,
        productId: product?.id ?? null,
        ledgerRecordId: record?.id ?? null,
        personName: e.person?.[0] ?? null,
        personRole: e.person?.[1] ?? null,
        status: e.status,
        reviewNote: e.note ?? null,
        createdById: s.demoUserId(e.by),
        submittedAt: submitted ? new Date(at.getTime() - 3 * 86_400_000) : null,
        reviewedAt: reviewed ? at : null,
        reviewedById: reviewed ? s.demoUserId("district") : null,
        publishedAt: e.status === "PUBLISHED" ? at : null,
        createdAt: new Date(at.getTime() - 7 * 86_400_000),
        searchText: searchTextFor(e.title, e.summary, e.honour, e.person?.[0]),
      },
    });
  }
}

/**
 * After the demo year's evaluation round is published: the 狮岭镇 service star's entry shows
 * her town's result (stars and rank) beside the story.
 */
export async function showcaseDemoActivity(prisma: TDb) {
  const subject = await prisma.evaluationSubject.findFirst({
    where: { town: { code: "SHILING" }, round: { status: "PUBLISHED" }, results: { some: { supersededAt: null } } },
    orderBy: { round: { publishedAt: "desc" } },
    select: { id: true },
  });
  if (!subject) return { linked: 0 };
  const { count } = await prisma.showcaseEntry.updateMany({
    where: { id: "seed-showcase-5", evaluationSubjectId: null },
    data: { evaluationSubjectId: subject.id },
  });
  return { linked: count };
}

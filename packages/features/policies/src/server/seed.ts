import type { TDbTx } from "@qifu/db";
import { dateOfDay, searchTextFor, shanghaiDate, shanghaiYear, type TCultivationTier, type TSizeClass } from "@qifu/domain";
import type { TSeedContext } from "@qifu/trpc-core";
import type { TPolicy, TPolicyLevel, TSupportKind } from "../schemas";
import { eligibilityOf, policyMatcherFor } from "./matching";
import { namesFor, POLICY_INCLUDE, recordGrant, toPolicyDto } from "./policies";
import { criteriaOf, loadProfiles, whoQualifies } from "./profiles";
import { pushPolicy } from "./push";

type THandler = { node: string } | { dept: string };
type TSeedPolicy = {
  n: number;
  title: string;
  issuer: string;
  level: TPolicyLevel;
  doc: string;
  kind: TSupportKind;
  support: string;
  maxWan: number | null;
  handler: THandler;
  summary: string;
  auto?: boolean;
  status?: "DRAFT" | "PUBLISHED" | "CLOSED";
  /** published last year (window last year) instead of this year */
  lastYear?: boolean;
  towns?: string[];
  industries?: string[];
  sizes?: TSizeClass[];
  tiers?: TCultivationTier[];
  minYears?: number;
  revenue?: [number | null, number | null];
  employees?: [number | null, number | null];
  tags?: string[];
  notReceived?: [number, number];
};

const OPERATOR_NODE = "seed-node-SHILING-1";
const PLACEHOLDER = "（演示数据：金额为示意，以正式文件为准）";
const HD = "花都区科技工业商务和信息化局";

/**
 * About 25 Huadu/Guangzhou-style policies. Amounts are placeholders (said in each summary). For the demo
 * enterprise (广州狮岭皮具制造有限公司: 狮岭镇, 1922, 180 people, 8,600 万元, 专精特新, tags 皮具/箱包/外贸)
 * some qualify, some miss one criterion (near misses: tier, tag, revenue, town, employees, a recent grant)
 * and some cannot be used.
 */
const POLICIES: TSeedPolicy[] = [
  {
    n: 1,
    title: "花都区专精特新中小企业认定奖励",
    issuer: HD,
    level: "DISTRICT",
    doc: "花工信规〔2025〕2号",
    kind: "AWARD",
    support: "首次认定为省级专精特新中小企业的，一次性奖励20万元",
    maxWan: 20,
    handler: { dept: "STI" },
    summary: "新认定的省级专精特新中小企业，区里一次性奖励。提交认定文件即可申报。",
    tiers: ["SPECIALIZED", "LITTLE_GIANT"],
  },
  {
    n: 2,
    title: "狮岭镇皮革皮具产业高质量发展扶持",
    issuer: "花都区狮岭镇人民政府",
    level: "DISTRICT",
    doc: "狮府〔2025〕11号",
    kind: "SUBSIDY",
    support: "自主品牌建设、设计研发投入按实际投入的20%补贴，最高30万元",
    maxWan: 30,
    handler: { node: OPERATOR_NODE },
    summary: "狮岭镇的皮革皮具企业做品牌、搞设计研发，镇里按投入的两成补贴。",
    towns: ["SHILING"],
    industries: ["19"],
  },
  {
    n: 3,
    title: "外贸企业出口信用保险保费补贴",
    issuer: "广州市商务局",
    level: "MUNICIPAL",
    doc: "穗商务规字〔2024〕5号",
    kind: "SUBSIDY",
    support: "按实缴出口信用保险保费的50%补贴，最高50万元",
    maxWan: 50,
    handler: { dept: "COMMERCE" },
    summary: "有出口业务、买了出口信用保险的企业，保费补一半。",
    tags: ["外贸"],
  },
  {
    n: 4,
    title: "中小企业数字化转型改造补贴",
    issuer: "广东省工业和信息化厅",
    level: "PROVINCIAL",
    doc: "粤工信融资函〔2025〕8号",
    kind: "SUBSIDY",
    support: "按数字化改造合同金额的30%补贴，最高100万元",
    maxWan: 100,
    handler: { dept: "STI" },
    summary: "制造业中小企业上云、上系统、做数字化改造，按合同额的三成补贴。",
    industries: ["C"],
    sizes: ["MEDIUM", "SMALL", "MICRO"],
  },
  {
    n: 5,
    title: "工业企业技术改造投资奖励",
    issuer: HD,
    level: "DISTRICT",
    doc: "花工信规〔2024〕6号",
    kind: "AWARD",
    support: "设备投资额500万元以上的，按设备投资额的8%奖励，最高200万元",
    maxWan: 200,
    handler: { dept: "STI" },
    summary: "工业企业买新设备、改生产线，投资够500万元的按8%奖励。",
    industries: ["C"],
    revenue: [2000, null],
  },
  {
    n: 6,
    title: "中小微企业贷款贴息",
    issuer: "花都区财政局",
    level: "DISTRICT",
    doc: "花财规〔2025〕1号",
    kind: "INTEREST_SUBSIDY",
    support: "按实际支付利息的50%贴息，年贴息最高50万元",
    maxWan: 50,
    handler: { dept: "FINANCE" },
    summary: "中小微企业向银行贷款用于生产经营，利息区里补一半。",
    sizes: ["MEDIUM", "SMALL", "MICRO"],
  },
  {
    n: 7,
    title: "专精特新企业稳岗返还（免申即享）",
    issuer: "花都区人力资源和社会保障局",
    level: "DISTRICT",
    doc: "花人社规〔2025〕3号",
    kind: "REDUCTION",
    support: "按上年度实际缴纳失业保险费的60%返还，最高30万元",
    maxWan: 30,
    handler: { dept: "HRSS" },
    summary: "专精特新企业不裁员、少裁员，失业保险费返还六成，不用申请，符合条件直接发放。",
    auto: true,
    tiers: ["SPECIALIZED", "LITTLE_GIANT", "SINGLE_CHAMPION"],
    employees: [50, null],
  },
  {
    n: 8,
    title: "外贸企业境外参展补贴（免申即享）",
    issuer: "花都区商务局",
    level: "DISTRICT",
    doc: "花商务规〔2025〕2号",
    kind: "SUBSIDY",
    support: "参加境外重点展会的展位费补贴70%，每家最高10万元",
    maxWan: 10,
    handler: { dept: "COMMERCE" },
    summary: "外贸企业出国参展，展位费补七成；区商务局根据参展记录直接兑现，企业不用申报。",
    auto: true,
    tags: ["外贸"],
  },
  {
    n: 9,
    title: "专精特新“小巨人”企业奖励",
    issuer: HD,
    level: "DISTRICT",
    doc: "花工信规〔2025〕2号",
    kind: "AWARD",
    support: "首次认定为国家级专精特新“小巨人”企业的，一次性奖励100万元",
    maxWan: 100,
    handler: { dept: "STI" },
    summary: "被工信部认定为专精特新“小巨人”的企业，区里一次性奖励100万元。",
    tiers: ["LITTLE_GIANT"],
  },
  {
    n: 10,
    title: "高新技术企业认定奖励",
    issuer: "广州市科学技术局",
    level: "MUNICIPAL",
    doc: "穗科规字〔2024〕2号",
    kind: "AWARD",
    support: "首次通过高新技术企业认定的，奖励20万元",
    maxWan: 20,
    handler: { dept: "STI" },
    summary: "第一次拿到高新技术企业证书的，市区两级给奖励。",
    tags: ["高新技术企业"],
  },
  {
    n: 11,
    title: "规上工业企业增产增效奖励",
    issuer: HD,
    level: "DISTRICT",
    doc: "花工信规〔2025〕4号",
    kind: "AWARD",
    support: "年产值增长10%以上的，按增量的1%奖励，最高100万元",
    maxWan: 100,
    handler: { dept: "STI" },
    summary: "营收过2亿元的工业企业，产值增长一成以上的，按增量给奖励。",
    industries: ["C"],
    revenue: [20000, null],
  },
  {
    n: 12,
    title: "汽车城零部件本地配套奖励",
    issuer: "花都区汽车城管委会",
    level: "DISTRICT",
    doc: "花汽管〔2025〕5号",
    kind: "AWARD",
    support: "为区内整车企业新增本地配套的，按新增配套额的2%奖励，最高80万元",
    maxWan: 80,
    handler: { dept: "COMMERCE" },
    summary: "汽车城的制造企业给本区整车厂新增配套，按配套额奖励。",
    towns: ["AUTO_CITY"],
    industries: ["C"],
  },
  {
    n: 13,
    title: "小微企业吸纳就业补贴",
    issuer: "花都区人力资源和社会保障局",
    level: "DISTRICT",
    doc: "花人社规〔2025〕1号",
    kind: "SUBSIDY",
    support: "招用应届高校毕业生并签订1年以上合同的，每人补贴3000元",
    maxWan: 15,
    handler: { dept: "HRSS" },
    summary: "100人以下的小微企业招应届毕业生，每招一人补贴3000元。",
    employees: [null, 100],
  },
  {
    n: 14,
    title: "设备更新贷款贴息",
    issuer: "广东省工业和信息化厅",
    level: "PROVINCIAL",
    doc: "粤工信技改〔2025〕3号",
    kind: "INTEREST_SUBSIDY",
    support: "设备更新贷款按1个百分点贴息，最高100万元",
    maxWan: 100,
    handler: { dept: "STI" },
    summary: "工业企业借钱更新设备，利息补1个百分点；3年内拿过技改奖励的不能重复享受。",
    industries: ["C"],
    notReceived: [5, 3],
  },
  {
    n: 15,
    title: "工业设计中心认定奖励",
    issuer: "广州市工业和信息化局",
    level: "MUNICIPAL",
    doc: "穗工信规字〔2024〕9号",
    kind: "AWARD",
    support: "新认定为市级工业设计中心的，奖励50万元",
    maxWan: 50,
    handler: { dept: "STI" },
    summary: "企业建了工业设计中心并被市里认定的，奖励50万元。",
    tags: ["工业设计中心"],
  },
  {
    n: 16,
    title: "农业龙头企业发展奖励",
    issuer: "花都区农业农村局",
    level: "DISTRICT",
    doc: "花农规〔2025〕2号",
    kind: "AWARD",
    support: "新认定为市级以上农业龙头企业的，奖励30万元",
    maxWan: 30,
    handler: { dept: "COMMERCE" },
    summary: "花东、赤坭、梯面的农业企业被认定为龙头企业的，区里奖励。",
    towns: ["HUADONG", "CHINI", "TIMIAN"],
    industries: ["A", "13"],
  },
  {
    n: 17,
    title: "跨境电商企业发展扶持",
    issuer: "广州市商务局",
    level: "MUNICIPAL",
    doc: "穗商务规字〔2025〕3号",
    kind: "SUBSIDY",
    support: "跨境电商年进出口额1000万元以上的，按进出口额的0.5%补贴，最高100万元",
    maxWan: 100,
    handler: { dept: "COMMERCE" },
    summary: "做跨境电商的企业，进出口额过千万的按比例补贴。",
    industries: ["5292", "5181"],
    tags: ["跨境电商"],
  },
  {
    n: 18,
    title: "珠宝首饰产业集聚发展扶持",
    issuer: "花都区花东镇人民政府",
    level: "DISTRICT",
    doc: "花东府〔2025〕7号",
    kind: "SUBSIDY",
    support: "入驻珠宝产业园的，前两年租金补贴50%",
    maxWan: 20,
    handler: { dept: "COMMERCE" },
    summary: "花东镇珠宝首饰企业入驻产业园，租金补一半。",
    towns: ["HUADONG"],
    industries: ["2438"],
  },
  {
    n: 19,
    title: "软件和信息技术服务业发展奖励",
    issuer: HD,
    level: "DISTRICT",
    doc: "花工信规〔2025〕7号",
    kind: "AWARD",
    support: "年营业收入首次突破500万元的软件企业，奖励10万元",
    maxWan: 10,
    handler: { dept: "STI" },
    summary: "软件、信息技术服务企业营收首次过500万元，奖励10万元。",
    industries: ["I"],
    revenue: [500, null],
  },
  {
    n: 20,
    title: "乡村民宿提质升级补贴",
    issuer: "花都区文化广电旅游体育局",
    level: "DISTRICT",
    doc: "花文旅〔2025〕4号",
    kind: "SUBSIDY",
    support: "民宿提质改造按投资额的30%补贴，最高20万元",
    maxWan: 20,
    handler: { dept: "COMMERCE" },
    summary: "梯面、炭步的民宿和乡村旅游企业提质改造，按投资的三成补贴。",
    towns: ["TIMIAN", "TANBU"],
    industries: ["61", "78", "90"],
  },
  {
    n: 21,
    title: "知识产权质押融资贴息",
    issuer: "广州市市场监督管理局（知识产权局）",
    level: "MUNICIPAL",
    doc: "穗市监规字〔2024〕4号",
    kind: "INTEREST_SUBSIDY",
    support: "以专利、商标质押贷款的，按利息的50%贴息，最高30万元",
    maxWan: 30,
    handler: { dept: "SAMR" },
    summary: "用专利、商标做质押向银行借钱的，利息补一半。所有中小企业都可以申报。",
  },
  {
    n: 22,
    title: "职业技能提升培训补贴",
    issuer: "花都区人力资源和社会保障局",
    level: "DISTRICT",
    doc: "花人社规〔2024〕6号",
    kind: "SUBSIDY",
    support: "组织职工参加职业技能培训并取证的，每人补贴1000～2000元",
    maxWan: 10,
    handler: { dept: "HRSS" },
    summary: "企业组织员工参加技能培训拿到证书的，按人头补贴。",
  },
  {
    n: 23,
    title: "小升规工业企业一次性奖励（免申即享）",
    issuer: HD,
    level: "DISTRICT",
    doc: "花工信规〔2024〕3号",
    kind: "AWARD",
    support: "首次纳入规模以上工业统计的，一次性奖励10万元",
    maxWan: 10,
    handler: { dept: "STI" },
    summary: "工业企业首次“升规”（年营收过2000万元），区里直接奖励10万元，不用申报。",
    auto: true,
    lastYear: true,
    industries: ["C"],
    revenue: [2000, null],
    notReceived: [23, 5],
  },
  {
    n: 24,
    title: "2024年度中小企业服务券（已停止）",
    issuer: HD,
    level: "DISTRICT",
    doc: "花工信〔2024〕12号",
    kind: "SUBSIDY",
    support: "每家企业可领取最高2万元服务券",
    maxWan: 2,
    handler: { node: OPERATOR_NODE },
    summary: "2024年度的服务券政策，已经停止申领。",
    status: "CLOSED",
    lastYear: true,
  },
  {
    n: 25,
    title: "绿色工厂创建奖励（征求意见稿）",
    issuer: HD,
    level: "DISTRICT",
    doc: "花工信〔2025〕征1号",
    kind: "AWARD",
    support: "新认定为省级以上绿色工厂的，奖励30万元",
    maxWan: 30,
    handler: { dept: "STI" },
    summary: "企业创建绿色工厂并被省级以上认定的，区里奖励。",
    status: "DRAFT",
    industries: ["C"],
    tags: ["绿色工厂"],
  },
];

const pid = (n: number) => `seed-policy-${String(n).padStart(2, "0")}`;
const fen = (wan: number | null) => (wan === null ? null : wan * 1_000_000);
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour - 8).padStart(2, "0")}:00:00Z`);

/** The demo policies, pushes, 免申即享 grants and applications in every status (after the accounts: pushes reach them). */
export async function seedPolicies(tx: TDbTx, s: TSeedContext) {
  if ((await tx.policy.count()) > 0) return;
  const now = new Date();
  const year = shanghaiYear(now);
  const today = shanghaiDate(now);
  // this year's policies open for applications with the year (a window from 6 January left the
  // first days of a year with no policy to apply for); published and pushed on 1 January at 09:00,
  // or now if that is still to come
  const yearStart = `${year}-01-01`;
  const published = new Date(Math.min(at(yearStart, 9).getTime(), now.getTime()));
  const townId = (code: string) => s.townIds.get(code) ?? `seed-town-${code}`;
  const operatorNode = await tx.node.findUnique({ where: { id: OPERATOR_NODE }, select: { id: true } });
  const names = { towns: new Map<string, string>(), titles: new Map(POLICIES.map((p) => [pid(p.n), p.title])) };
  for (const t of await tx.town.findMany({ select: { id: true, name: true } })) names.towns.set(t.id, t.name);

  for (const p of POLICIES) {
    const y = p.lastYear ? year - 1 : year;
    const criteria = {
      townIds: (p.towns ?? []).map(townId),
      industryCodes: p.industries ?? [],
      sizeClasses: p.sizes ?? [],
      tiers: p.tiers ?? [],
      minYears: p.minYears ?? null,
      revenueMinWan: p.revenue?.[0] ?? null,
      revenueMaxWan: p.revenue?.[1] ?? null,
      employeesMin: p.employees?.[0] ?? null,
      employeesMax: p.employees?.[1] ?? null,
      tags: p.tags ?? [],
      notReceivedPolicyId: p.notReceived ? pid(p.notReceived[0]) : null,
      notReceivedYears: p.notReceived?.[1] ?? null,
    };
    const sentences = whoQualifies(criteria, names.towns, names.titles);
    const summary = `${p.summary}${PLACEHOLDER}`;
    const node = "node" in p.handler && operatorNode ? p.handler.node : null;
    const dept = node ? null : s.departmentIds.get("dept" in p.handler ? p.handler.dept : "STI")!;
    const status = p.status ?? "PUBLISHED";
    await tx.policy.create({
      data: {
        id: pid(p.n),
        title: p.title,
        issuer: p.issuer,
        level: p.level,
        docNumber: p.doc,
        issuedOn: dateOfDay(`${y - 1}-12-${String(10 + (p.n % 18)).padStart(2, "0")}`),
        effectiveFrom: dateOfDay(`${y}-01-01`),
        effectiveTo: dateOfDay(status === "CLOSED" ? `${y}-12-31` : `${year + 2}-12-31`),
        applyFrom: p.auto ? null : dateOfDay(`${y}-01-01`),
        applyTo: p.auto ? null : dateOfDay(`${y}-12-31`),
        summary,
        fullText: `第一条 为贯彻落实国家和省、市关于促进中小企业高质量发展的决策部署，结合本区实际，制定本措施。\n第二条 支持内容：${p.support}。\n第三条 申报条件：${sentences.map((x) => x.zh).join("；")}。\n第四条 本措施由${p.issuer}负责解释。`,
        supportKind: p.kind,
        supportText: p.support,
        maxAmountFen: fen(p.maxWan),
        handlerNodeId: node,
        handlerDepartmentId: dept,
        howToApply: p.auto
          ? "免申即享：无需申报。受理单位根据企业库数据确认名单后直接兑现，资金拨付至企业基本账户。"
          : "登录“企服通”企业端，在“我能享受什么”中找到本政策，点击“申报”，填写说明并上传材料；受理单位在15个工作日内审核。",
        autoGrant: !!p.auto,
        status,
        version: status === "DRAFT" ? 0 : 1,
        publishedAt: status === "DRAFT" ? null : p.lastYear ? at(`${year - 1}-02-18`) : published,
        ...criteria,
        whoQualifies: sentences,
        searchText: searchTextFor(p.title, p.issuer, p.doc, summary, p.support, ...sentences.map((x) => x.zh)),
      },
    });
  }

  // grants of last year first (they decide "not received in N years"), then this year's pushes and applications
  const profiles = await loadProfiles(tx, {});
  const policyRow = async (n: number) => toPolicyDto(await tx.policy.findUniqueOrThrow({ where: { id: pid(n) }, include: POLICY_INCLUDE }));
  const qualifying = async (p: TPolicy) => {
    const allNames = await namesFor({ db: tx });
    const matcher = policyMatcherFor(today);
    return profiles.filter((e) => eligibilityOf(matcher.evaluate(e, criteriaOf(p, allNames.towns, allNames.titles))) === "QUALIFIES");
  };
  const handlerUser = { id: s.demoUserId("handler"), displayName: "区商务局·经办人" };
  let seq = 0;
  const application = async (
    p: TPolicy,
    enterpriseId: string,
    status: "SUBMITTED" | "APPROVED" | "REJECTED" | "WITHDRAWN",
    day: string,
    extra: { auto?: boolean; grantedFen?: number | null; note?: string } = {},
  ) => {
    const id = `seed-policy-app-${String(++seq).padStart(3, "0")}`;
    const e = profiles.find((x) => x.id === enterpriseId)!;
    // never in the future: early in a year this year's days are few, and a review 12 days on may not have come yet
    const submittedAt = new Date(Math.min(at(day, 9).getTime(), now.getTime()));
    const reviewedAt =
      status === "APPROVED" || status === "REJECTED" ? new Date(Math.min(submittedAt.getTime() + 12 * 86_400_000, now.getTime())) : null;
    const requested = extra.auto ? null : p.maxAmountFen ? Math.round(p.maxAmountFen * 0.8) : null;
    const granted = status === "APPROVED" ? (extra.grantedFen ?? requested ?? p.maxAmountFen) : null;
    await tx.policyApplication.create({
      data: {
        id,
        policyId: p.id,
        enterpriseId,
        townId: e.townId,
        status,
        auto: !!extra.auto,
        material: extra.auto ? "免申即享" : `${e.name}申报「${p.title}」：附营业执照、上年度财务报表、相关投入凭证及承诺书。`,
        requestedFen: requested,
        grantedFen: granted,
        reviewNote: extra.note ?? (status === "APPROVED" ? "材料齐全，符合条件，同意兑现。" : null),
        reviewedById: reviewedAt ? handlerUser.id : null,
        submittedAt,
        reviewedAt,
        activeKey: status === "SUBMITTED" || status === "APPROVED" ? `${p.id}:${enterpriseId}` : null,
      },
    });
    if (status === "APPROVED") await recordGrant(tx, reviewedAt!, handlerUser, p, { applicationId: id, enterpriseId, amountFen: granted });
  };
  const lastYearDay = (m: number, d: number) => `${year - 1}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  // this year's days stay in the past: spread over the days since 1 January
  const elapsed = Math.max(1, Math.floor((Date.parse(today) - Date.parse(yearStart)) / 86_400_000));
  const thisYearDay = (k: number) => shanghaiDate(new Date(Date.parse(yearStart) + Math.floor((elapsed * (k % 20)) / 20) * 86_400_000));

  // last year: the 技改奖励 granted to the demo enterprise (so 设备更新贷款贴息 is a near miss), and
  // the 小升规 免申即享 confirmed for its enterprises
  const p5 = await policyRow(5);
  await application(p5, "seed-enterprise-1", "APPROVED", lastYearDay(5, 12), { grantedFen: 1_200_000_00 });
  for (const [i, e] of (await qualifying(p5))
    .filter((e) => e.id !== "seed-enterprise-1")
    .slice(0, 4)
    .entries())
    await application(p5, e.id, i === 3 ? "REJECTED" : "APPROVED", lastYearDay(4 + i, 8), i === 3 ? { note: "设备投资额未达500万元" } : {});
  const p23 = await policyRow(23);
  for (const e of (await qualifying(p23)).slice(0, 6)) await application(p23, e.id, "APPROVED", lastYearDay(9, 20), { auto: true });
  for (const n of [5, 23, 24]) await pushPolicy({ db: tx, now: () => at(lastYearDay(2, 18)) }, await policyRow(n));
  profiles.splice(0, profiles.length, ...(await loadProfiles(tx, {})));

  // this year: every published policy pushed to its qualifying enterprises
  for (const p of POLICIES)
    if ((p.status ?? "PUBLISHED") === "PUBLISHED" && !p.lastYear && p.n !== 5)
      await pushPolicy({ db: tx, now: () => published }, await policyRow(p.n));

  // the demo enterprise: one of each status
  await application(await policyRow(2), "seed-enterprise-1", "SUBMITTED", thisYearDay(14));
  await application(await policyRow(3), "seed-enterprise-1", "APPROVED", thisYearDay(4));
  await application(await policyRow(6), "seed-enterprise-1", "REJECTED", thisYearDay(6), {
    note: "贷款合同未提供利息支付凭证，请补齐后重新申报",
  });
  await application(await policyRow(21), "seed-enterprise-1", "WITHDRAWN", thisYearDay(8));
  // 免申即享 稳岗返还: confirmed for some, the rest waiting for the handling unit; 参展补贴 waiting (the handler confirms it)
  const p7 = await policyRow(7);
  for (const e of (await qualifying(p7)).filter((e) => e.id !== "seed-enterprise-1").slice(0, 3))
    await application(p7, e.id, "APPROVED", thisYearDay(10), { auto: true });
  // other enterprises across the towns, for the handling units' queues and the board
  const spread: [number, ("SUBMITTED" | "APPROVED" | "REJECTED" | "WITHDRAWN")[]][] = [
    [2, ["APPROVED", "SUBMITTED", "REJECTED"]],
    [3, ["SUBMITTED", "APPROVED", "SUBMITTED"]],
    [4, ["APPROVED", "SUBMITTED", "APPROVED", "WITHDRAWN", "SUBMITTED"]],
    [6, ["APPROVED", "APPROVED", "SUBMITTED", "REJECTED"]],
    [12, ["SUBMITTED", "APPROVED"]],
    [13, ["APPROVED", "SUBMITTED", "SUBMITTED"]],
    [17, ["SUBMITTED", "APPROVED"]],
    [19, ["APPROVED", "SUBMITTED"]],
    [21, ["SUBMITTED", "APPROVED"]],
    [22, ["APPROVED", "APPROVED", "SUBMITTED"]],
  ];
  let k = 0;
  for (const [n, statuses] of spread) {
    const p = await policyRow(n);
    const others = (await qualifying(p)).filter((e) => e.id !== "seed-enterprise-1");
    for (const [i, status] of statuses.entries())
      if (others[i]) await application(p, others[i].id, status, thisYearDay(++k), status === "REJECTED" ? { note: "申报材料不齐全" } : {});
  }
}

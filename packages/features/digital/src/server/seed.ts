import type { TDbTx } from "@qifu/db";
import { recordLedgerEntry, seededRandom } from "@qifu/trpc-core";
import { DigitalScenario, type TDigitalDimension, type TDigitalIndustry, type TDigitalScenario, type TOption } from "../schemas";
import { industryKindOf, LEVEL_LABELS, scoreAnswers } from "../scoring";

/**
 * The MIIT indicator set's structure (工信厅企业〔2024〕56号, as ../shared/reference/standards.md
 * confirms it): three tables (制造业, 生产性服务业, 其他行业), four dimensions, four levels; 一级 from
 * 20 and 二级 from 40 points. The individual indicators, their points and the 三级/四级 thresholds
 * are NOT confirmed from the published text: seeded as placeholders (flag `placeholder`) that
 * the district edits in the console.
 */
export const DIGITAL_SOURCE = "工信厅企业〔2024〕56号《中小企业数字化水平评测指标（2024年版）》";
const LADDER = ["尚未开展", "个别环节使用工具或系统", "主要环节应用并实现系统集成", "全面应用，数据驱动持续优化"];
const SHARES = [0, 0.4, 0.7, 1];
const options = (max: number): TOption[] => LADDER.map((label, i) => ({ label, points: Math.round(max * SHARES[i]) }));

type TTemplate = { code: string; dimension: TDigitalDimension; name: string; question: string; scenario: TDigitalScenario; max: number };
const common = (services: boolean): TTemplate[] => [
  {
    code: "B1",
    dimension: "BASE",
    name: "设备与系统数字化",
    question: services ? "业务终端和信息系统的数字化、联网程度" : "生产设备的数字化、联网程度",
    scenario: "INFRA",
    max: 10,
  },
  { code: "B2", dimension: "BASE", name: "网络与上云", question: "企业网络覆盖与上云用云情况", scenario: "INFRA", max: 8 },
  { code: "B3", dimension: "BASE", name: "数据资源管理", question: "业务数据的采集、存储和统一管理", scenario: "MANAGEMENT", max: 6 },
  { code: "B4", dimension: "BASE", name: "网络与数据安全", question: "网络安全防护、数据备份与安全管理制度", scenario: "SECURITY", max: 6 },
  services
    ? {
        code: "O1",
        dimension: "OPERATION",
        name: "服务设计数字化",
        question: "服务产品设计、方案编制使用数字化工具",
        scenario: "RND",
        max: 10,
      }
    : {
        code: "O1",
        dimension: "OPERATION",
        name: "研发设计数字化",
        question: "产品研发设计使用CAD/CAE/PLM等工具",
        scenario: "RND",
        max: 10,
      },
  services
    ? { code: "O2", dimension: "OPERATION", name: "服务交付数字化", question: "服务交付过程在线化、可追踪", scenario: "MARKETING", max: 8 }
    : {
        code: "O2",
        dimension: "OPERATION",
        name: "生产管控数字化",
        question: "生产计划、过程管控和质量追溯使用MES等系统",
        scenario: "PRODUCTION",
        max: 8,
      },
  { code: "O3", dimension: "OPERATION", name: "采购供应数字化", question: "采购、库存和供应商管理在线化", scenario: "SUPPLY", max: 7 },
  {
    code: "M1",
    dimension: "MANAGEMENT",
    name: "财务管理数字化",
    question: "财务核算、预算和资金管理使用信息系统",
    scenario: "MANAGEMENT",
    max: 10,
  },
  { code: "M2", dimension: "MANAGEMENT", name: "人力与协同办公", question: "人事、考勤和协同办公在线化", scenario: "MANAGEMENT", max: 8 },
  {
    code: "M3",
    dimension: "MANAGEMENT",
    name: "营销与客户管理",
    question: "客户关系管理、线上营销和售后服务数字化",
    scenario: "MARKETING",
    max: 7,
  },
  { code: "E1", dimension: "EFFECT", name: "降本增效", question: "数字化带来的成本下降、效率提升", scenario: "MANAGEMENT", max: 10 },
  services
    ? {
        code: "E2",
        dimension: "EFFECT",
        name: "服务质量与客户满意",
        question: "数字化带来的服务质量和客户满意度改善",
        scenario: "MARKETING",
        max: 10,
      }
    : {
        code: "E2",
        dimension: "EFFECT",
        name: "产品质量提升",
        question: "数字化带来的产品合格率、交付准时率改善",
        scenario: "PRODUCTION",
        max: 10,
      },
];
const SETS: { id: string; industry: TDigitalIndustry; name: string; services: boolean }[] = [
  { id: "seed-digital-set-MANUFACTURING", industry: "MANUFACTURING", name: "中小企业数字化水平评测指标（制造业）", services: false },
  {
    id: "seed-digital-set-PRODUCER_SERVICES",
    industry: "PRODUCER_SERVICES",
    name: "中小企业数字化水平评测指标（生产性服务业）",
    services: true,
  },
  { id: "seed-digital-set-OTHER", industry: "OTHER", name: "中小企业数字化水平评测指标（其他行业）", services: true },
];
/** The indicator id of a seeded set: `seed-digital-set-MANUFACTURING-B1`. */
export const seededIndicatorId = (setId: string, code: string) => `${setId}-${code}`;

async function seedSets(tx: TDbTx) {
  for (const s of SETS) {
    if (await tx.digitalIndicatorSet.findUnique({ where: { id: s.id }, select: { id: true } })) continue;
    await tx.digitalIndicatorSet.create({
      data: {
        id: s.id,
        name: s.name,
        industry: s.industry,
        edition: "2024",
        source: DIGITAL_SOURCE,
        level1Min: 20,
        level2Min: 40,
        level3Min: 60,
        level4Min: 80,
        thresholdsPlaceholder: true,
      },
    });
    for (const [i, t] of common(s.services).entries())
      await tx.digitalIndicator.create({
        data: {
          id: seededIndicatorId(s.id, t.code),
          setId: s.id,
          dimension: t.dimension,
          code: t.code,
          name: t.name,
          question: t.question,
          scenario: t.scenario,
          options: options(t.max),
          sortOrder: (i + 1) * 10,
          placeholder: true,
        },
      });
  }
}

/** Solutions of provider nodes (a node missing from this database is skipped). */
const SOLUTIONS: [string, string, TDigitalScenario, TDigitalIndustry[], number, number, number, string | null, string, string?][] = [
  [
    "seed-node-SHILING-1",
    "皮具工厂轻量化MES（扫码报工+质量追溯）",
    "PRODUCTION",
    ["MANUFACTURING"],
    8,
    20,
    45,
    "狮岭镇3家箱包企业已上线，报工效率提升30%",
    "PUBLISHED",
  ],
  ["seed-node-SHILING-1", "箱包款式三维设计与打样协同", "RND", ["MANUFACTURING"], 5, 12, 30, "服务狮岭镇手袋企业款式开发", "PUBLISHED"],
  [
    "seed-node-XINYA-1",
    "中小企业财务业务一体化云平台",
    "MANAGEMENT",
    ["MANUFACTURING", "PRODUCER_SERVICES", "OTHER"],
    2,
    6,
    20,
    "新雅街道20余家企业使用",
    "PUBLISHED",
  ],
  [
    "seed-node-XINYA-1",
    "企业上云与网络安全托管服务",
    "SECURITY",
    ["MANUFACTURING", "PRODUCER_SERVICES", "OTHER"],
    1,
    5,
    14,
    null,
    "PUBLISHED",
  ],
  [
    "seed-node-XINYA-1",
    "跨境电商全渠道营销与客户管理SaaS",
    "MARKETING",
    ["PRODUCER_SERVICES", "OTHER", "MANUFACTURING"],
    3,
    10,
    21,
    "空港经济区跨境电商企业案例",
    "PUBLISHED",
  ],
  [
    "seed-node-AUTO_CITY-1",
    "汽车零部件设备联网与数据采集",
    "INFRA",
    ["MANUFACTURING"],
    15,
    60,
    90,
    "汽车城冲压、线束企业设备联网改造",
    "PUBLISHED",
  ],
  [
    "seed-node-AUTO_CITY-1",
    "供应链协同与电子采购平台",
    "SUPPLY",
    ["MANUFACTURING", "PRODUCER_SERVICES"],
    6,
    18,
    60,
    "服务区汽车城二级供应商",
    "PUBLISHED",
  ],
  ["seed-node-AUTO_CITY-1", "质量检测视觉识别系统", "PRODUCTION", ["MANUFACTURING"], 20, 50, 120, null, "PUBLISHED"],
  ["seed-node-SHILING-1", "仓储条码与库存管理小程序", "SUPPLY", ["MANUFACTURING", "OTHER"], 1, 3, 10, null, "PENDING"],
  ["seed-node-XINYA-1", "门店数字化收银与会员营销", "MARKETING", ["OTHER"], 1, 4, 7, "新华街道餐饮连锁案例", "REJECTED"],
];
const WAN = 1_000_000;

export async function seedDigital(tx: TDbTx) {
  await seedSets(tx);
  if ((await tx.digitalDiagnosis.count()) > 0) return;
  const nodes = new Set(
    (await tx.node.findMany({ where: { id: { in: SOLUTIONS.map((s) => s[0]) } }, select: { id: true } })).map((n) => n.id),
  );
  const solutionIds: string[] = [];
  for (const [i, [node, name, scenario, industries, min, max, days, cases, status]] of SOLUTIONS.entries()) {
    if (!nodes.has(node)) continue;
    const id = `seed-digital-solution-${i + 1}`;
    solutionIds.push(id);
    await tx.digitalSolution.create({
      data: {
        id,
        providerNodeId: node,
        name,
        scenario,
        industries,
        priceMinFen: min * WAN,
        priceMaxFen: max * WAN,
        deployDays: days,
        cases,
        description: `${name}：场景化、标准化、可复制的“小快轻准”方案，按需订阅，分步实施。`,
        contact: "020-8686 0000",
        status: status ?? "PUBLISHED",
        reviewNote: status === "REJECTED" ? "价格区间与应用案例请补充完整" : null,
        reviewedOn: status === "PENDING" ? null : new Date(Date.UTC(2026, 0, 15)),
      },
    });
  }

  // diagnoses: every demo enterprise but the demo account's own (its phone walks through the first one), two years for some
  const enterprises = await tx.enterprise.findMany({
    where: { id: { startsWith: "seed-enterprise-" }, NOT: { id: "seed-enterprise-1" } },
    select: { id: true, name: true, townId: true, industryCode: true, tier: true },
    orderBy: { id: "asc" },
  });
  const sets = await tx.digitalIndicatorSet.findMany({ include: { indicators: { orderBy: { sortOrder: "asc" } } } });
  const setOf = new Map(sets.map((s) => [s.industry, s]));
  const rnd = seededRandom(18);
  const latest: { enterpriseId: string; diagnosisId: string; weak: string[]; townId: string | null; industry: string }[] = [];
  for (const [i, e] of enterprises.entries()) {
    const tiered = e.tier !== "NONE"; // the quality SMEs are further along (and feed the 专精特新 criterion 数字化水平)
    if (i % 5 === 4 && !tiered) continue; // some have not been diagnosed yet
    const set = setOf.get(industryKindOf(e.industryCode));
    if (!set) continue;
    const indicators = set.indicators.map((x) => ({ ...x, options: x.options as TOption[] }));
    const base = 0.6 + rnd() * 1.6; // an enterprise's maturity, in option steps
    const years = i % 3 === 0 ? [2025, 2026] : [2026];
    for (const [k, year] of years.entries()) {
      const answers = Object.fromEntries(
        indicators.map((x) => [x.id, Math.max(tiered ? 2 : 0, Math.min(3, Math.round(base + k * 0.6 + (rnd() - 0.5) * 1.6)))]),
      );
      const s = scoreAnswers(indicators, answers, set);
      const id = `seed-digital-diagnosis-${i + 1}-${year}`;
      const byNodeId = i % 4 === 1 && nodes.has("seed-node-SHILING-1") && e.townId === "seed-town-SHILING" ? "seed-node-SHILING-1" : null;
      const committedAt = new Date(Date.UTC(year, (i * 2 + k) % 10, 5 + (i % 20), 2));
      await tx.digitalDiagnosis.create({
        data: {
          id,
          enterpriseId: e.id,
          townId: e.townId,
          setId: set.id,
          byNodeId,
          status: "COMMITTED",
          answers,
          score: s.score,
          level: s.level,
          dimensionScores: s.dimensionScores,
          weakIndicatorIds: s.weakIndicatorIds,
          pledgedBy: byNodeId ? "狮岭皮革皮具平台·服务专员" : e.name,
          committedAt,
        },
      });
      if (byNodeId)
        await recordLedgerEntry(tx, {
          source: "DIAGNOSIS",
          originId: id,
          enterpriseId: e.id,
          nodeId: byNodeId,
          category: "MANAGEMENT_CONSULTING",
          channel: "OFFLINE",
          servedOn: committedAt.toISOString().slice(0, 10),
          staffName: "狮岭皮革皮具平台·服务专员",
          summary: `数字化诊断：${e.name}，得分${s.score}，${LEVEL_LABELS[s.level].zh}`,
        });
      if (k === years.length - 1)
        latest.push({ enterpriseId: e.id, diagnosisId: id, weak: s.weakIndicatorIds, townId: e.townId, industry: set.industry });
    }
  }
  // one draft, which never counts
  const draftOf = latest[1];
  if (draftOf)
    await tx.digitalDiagnosis.create({
      data: {
        id: "seed-digital-diagnosis-draft",
        enterpriseId: draftOf.enterpriseId,
        townId: draftOf.townId,
        setId: setOf.get(draftOf.industry as TDigitalIndustry)!.id,
      },
    });

  // needs from the weak indicators, some contacted, a few adopted
  const scenarioOf = new Map(sets.flatMap((s) => s.indicators.map((x) => [x.id, x.scenario as TDigitalScenario])));
  const published = await tx.digitalSolution.findMany({
    where: { status: "PUBLISHED" },
    select: { id: true, scenario: true, industries: true, priceMinFen: true },
  });
  const TIMELINES = ["WITHIN_3M", "WITHIN_6M", "WITHIN_1Y", "LATER"] as const;
  for (const [i, d] of latest.entries()) {
    if (i % 3 === 2 || !d.weak.length) continue;
    const scenario = scenarioOf.get(d.weak[0]) ?? "MANAGEMENT";
    const needId = `seed-digital-need-${i + 1}`;
    const month = (i * 3) % 11;
    await tx.digitalNeed.create({
      data: {
        id: needId,
        enterpriseId: d.enterpriseId,
        townId: d.townId,
        diagnosisId: d.diagnosisId,
        scenario,
        industry: d.industry,
        indicatorIds: d.weak.slice(0, 2),
        text: `诊断显示${DigitalScenario.label(scenario, "zh")}较弱，希望引入成熟的数字化方案，分步实施`,
        budgetFen: (5 + (i % 4) * 10) * WAN,
        timeline: TIMELINES[i % 4],
        status: "OPEN",
        postedOn: new Date(Date.UTC(2026, month, 10)),
      },
    });
    const fit = published.find((s) => s.scenario === scenario && s.industries.includes(d.industry));
    if (!fit || i % 2 === 1) continue;
    const adopted = i % 4 === 0;
    await tx.digitalContact.create({
      data: {
        id: `seed-digital-contact-${i + 1}`,
        needId,
        solutionId: fit.id,
        message: "希望了解实施周期和费用",
        status: adopted ? "ADOPTED" : i % 3 === 0 ? "TALKING" : "SENT",
        sentOn: new Date(Date.UTC(2026, month, 12)),
        answer: adopted ? "已签约实施" : null,
        priceFen: adopted ? fit.priceMinFen : null,
        goLiveOn: adopted ? new Date(Date.UTC(2026, month + 1, 20)) : null,
      },
    });
    if (adopted) await tx.digitalNeed.update({ where: { id: needId }, data: { status: "ADOPTED" } });
  }

  // benchmarks: the quality SMEs with the highest levels
  const leaders = latest.slice(0, 3);
  for (const [i, d] of leaders.entries()) {
    const e = enterprises.find((x) => x.id === d.enterpriseId)!;
    await tx.digitalBenchmark.create({
      data: {
        id: `seed-digital-benchmark-${i + 1}`,
        enterpriseId: e.id,
        title: `${e.name}：从纸质单据到数据驱动`,
        recognisedOn: new Date(Date.UTC(2026, 5 + i, 18)),
        before: "订单、排产和质检依靠纸质单据和电子表格，交期难以预估，返工原因无从追溯。",
        after: "主要环节上线信息系统，订单到交付全程可追踪，交付准时率和一次合格率明显提升。",
        solutionIds: solutionIds.slice(i, i + 2),
        published: i < 2,
      },
    });
  }
}

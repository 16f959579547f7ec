import { shanghaiDate, shanghaiYear } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";
import { seedDistrictTargets } from "@qifu/trpc-core";
import { LADDER, QUALITY_SMES_METRIC, type TCultivationLevel, type TFigureKey, type TLadderLevel, type TRecognisingBody } from "../schemas";
import { addMonths, recomputeTier } from "./tier";

const PLAN = "《花都区中小企业公共服务体系建设三年行动计划（2025-2027年）》一";
const MIIT_63 = "工信部企业〔2022〕63号《优质中小企业梯度培育管理暂行办法》";
const MIIT_105 = "工信部产业〔2016〕105号《制造业单项冠军企业培育提升专项行动实施方案》";

/**
 * The criteria of each level (figure, comparison, threshold, source, its date, placeholder). Figures
 * not confirmed against a text the platform holds are placeholders the district checks and edits.
 */
export const SEED_CRITERIA: [TCultivationLevel, TFigureKey, "GTE" | "LTE", number, string, string, boolean][] = [
  ["INNOVATIVE", "EVAL_SCORE", "GTE", 60, `${MIIT_63} 附件1：评价得分60分以上（或满足直通条件之一）`, "2022-06-01", false],
  ["SPECIALIZED", "YEARS", "GTE", 2, `${MIIT_63} 附件2：从事特定细分市场2年以上`, "2022-06-01", false],
  ["SPECIALIZED", "RD_SPEND_WAN", "GTE", 100, `${MIIT_63} 附件2：上年度研发费用总额不低于100万元`, "2022-06-01", false],
  ["SPECIALIZED", "RD_SHARE", "GTE", 3, `${MIIT_63} 附件2：研发费用占营业收入比重不低于3%`, "2022-06-01", false],
  [
    "SPECIALIZED",
    "REVENUE_WAN",
    "GTE",
    1000,
    `${MIIT_63} 附件2：上年度营业收入1000万元以上（或近2年股权融资2000万元以上）`,
    "2022-06-01",
    false,
  ],
  ["SPECIALIZED", "EVAL_SCORE", "GTE", 60, `${MIIT_63} 附件2：评价得分60分以上（或满足直通条件之一）`, "2022-06-01", false],
  // the threshold is not confirmed from the published text (../shared/reference/standards.md): a placeholder the district edits
  ["SPECIALIZED", "DIGITAL_LEVEL", "GTE", 2, `${MIIT_63} 附件2：数字化水平（依据中小企业数字化水平评测指标）`, "2022-06-01", true],
  ["LITTLE_GIANT", "YEARS", "GTE", 3, `${MIIT_63} 附件3：从事特定细分市场3年以上`, "2022-06-01", true],
  ["LITTLE_GIANT", "MAIN_SHARE", "GTE", 70, `${MIIT_63} 附件3：主营业务收入占营业收入比重不低于70%`, "2022-06-01", true],
  [
    "LITTLE_GIANT",
    "RD_SHARE",
    "GTE",
    6,
    `${MIIT_63} 附件3：营收1亿元以下档研发费用占比（1–4亿元、4亿元以上档门槛不同）`,
    "2022-06-01",
    true,
  ],
  ["LITTLE_GIANT", "REVENUE_WAN", "GTE", 10000, "上年度营业收入1亿元以上", "2022-06-01", true],
  ["LITTLE_GIANT", "PATENTS", "GTE", 2, "有效发明专利2项以上", "2022-06-01", true],
  ["SINGLE_CHAMPION", "YEARS", "GTE", 10, `${MIIT_105}：从事相关领域10年以上`, "2016-03-16", true],
  ["SINGLE_CHAMPION", "MARKET_RANK", "LTE", 3, `${MIIT_105}：单项产品市场占有率全球前3位`, "2016-03-16", true],
  ["SINGLE_CHAMPION", "MAIN_SHARE", "GTE", 70, `${MIIT_105}：单项产品收入占主营业务收入70%以上`, "2016-03-16", true],
  ["ABOVE_SIZE", "REVENUE_WAN", "GTE", 2000, "国家统计局：规模以上工业企业为年主营业务收入2000万元及以上", "2011-01-01", false],
];

/** The demo registry's rungs (by seed enterprise number): they become recognitions, and the tier follows from them. */
export const SEED_TIERS: Record<number, TLadderLevel> = {
  1: "SPECIALIZED",
  2: "LITTLE_GIANT",
  3: "INNOVATIVE",
  6: "INNOVATIVE",
  7: "SPECIALIZED",
  9: "LITTLE_GIANT",
  10: "SPECIALIZED",
  11: "SPECIALIZED",
  12: "INNOVATIVE",
  13: "LITTLE_GIANT",
  14: "INNOVATIVE",
  15: "SINGLE_CHAMPION",
  16: "INNOVATIVE",
  17: "SPECIALIZED",
  18: "INNOVATIVE",
  22: "INNOVATIVE",
  23: "INNOVATIVE",
  25: "SPECIALIZED",
  27: "SPECIALIZED",
  28: "INNOVATIVE",
  30: "SPECIALIZED",
  33: "INNOVATIVE",
  34: "INNOVATIVE",
  38: "SPECIALIZED",
  39: "INNOVATIVE",
  45: "INNOVATIVE",
  46: "SPECIALIZED",
  49: "LITTLE_GIANT",
  50: "INNOVATIVE",
};
/** Their current recognition runs out within 6 months of the seed day (the expiring list, the notices). */
const EXPIRING = new Set([3, 10, 17, 27, 46]);
const BODY: Record<TLadderLevel, TRecognisingBody> = {
  INNOVATIVE: "PROVINCIAL",
  SPECIALIZED: "PROVINCIAL",
  LITTLE_GIANT: "NATIONAL",
  SINGLE_CHAMPION: "NATIONAL",
};

/**
 * Figures with known answers (tests and the demo): [enterprise number, figure, value, confirmed].
 * 1 (the demo account, 专精特新 → 小巨人) misses the R&D share; 3 meets 专精特新; 6 misses it by the
 * R&D share alone; 12's score is reported, not confirmed (unknown); 5 meets 创新型, 4 misses it.
 */
export const KNOWN_FIGURES: [number, TFigureKey, number, boolean][] = [
  [1, "MAIN_SHARE", 82, true],
  [1, "RD_SHARE", 3.1, true],
  [1, "PATENTS", 4, true],
  [1, "RD_SPEND_WAN", 267, true],
  [3, "RD_SPEND_WAN", 180, true],
  [3, "RD_SHARE", 5.6, true],
  [3, "EVAL_SCORE", 72, true],
  [6, "RD_SPEND_WAN", 150, true],
  [6, "RD_SHARE", 2.5, true],
  [6, "EVAL_SCORE", 66, true],
  [12, "RD_SPEND_WAN", 300, true],
  [12, "RD_SHARE", 4.2, true],
  [12, "EVAL_SCORE", 75, false],
  [4, "EVAL_SCORE", 48, true],
  [5, "EVAL_SCORE", 64, true],
];

/** Deterministic figures for the other enterprises, so every pool has ready, missing and unknown members. */
function generatedFigures(n: number, tier: string): [TFigureKey, number, boolean][] {
  const confirmed = n % 4 !== 0;
  const score = 45 + ((n * 7) % 35);
  if (tier === "NONE") return [["EVAL_SCORE", score, confirmed]];
  if (tier === "INNOVATIVE")
    return [
      ["EVAL_SCORE", score, confirmed],
      ["RD_SHARE", 1.5 + ((n * 3) % 40) / 10, true],
      ["RD_SPEND_WAN", 60 + ((n * 37) % 300), true],
    ];
  if (tier === "SPECIALIZED")
    return [
      ["MAIN_SHARE", 60 + ((n * 11) % 35), true],
      ["RD_SHARE", 3 + ((n * 3) % 50) / 10, confirmed],
      ["PATENTS", n % 5, true],
    ];
  return [
    ["MAIN_SHARE", 75 + (n % 20), true],
    ["MARKET_RANK", 2 + (n % 6), confirmed],
  ];
}

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** Reference and demo data: criteria, recognitions (the tiers follow), figures, rounds, the 1,000 target. Rows already there are left alone. */
export async function seedCultivation(tx: TDbTx) {
  const today = shanghaiDate(new Date());
  const year = shanghaiYear(new Date());
  await tx.cultivationCriterion.createMany({
    data: SEED_CRITERIA.map(([level, figureKey, op, threshold, source, sourceDate, placeholder], i) => ({
      id: `seed-criterion-${level}-${figureKey}`,
      level,
      figureKey,
      op,
      threshold,
      source,
      sourceDate: day(sourceDate),
      placeholder,
      sortOrder: i + 1,
    })),
    skipDuplicates: true,
  });

  const enterprises = await tx.enterprise.findMany({
    where: { id: { startsWith: "seed-enterprise-" } },
    select: { id: true, confirmedRevenueWan: true },
  });
  const numberOf = (id: string) => Number(id.slice("seed-enterprise-".length));
  const recognitions = [];
  for (const e of enterprises) {
    const n = numberOf(e.id);
    const tier = SEED_TIERS[n];
    if (tier) {
      const top = LADDER.indexOf(tier);
      const topOn = addMonths(today, EXPIRING.has(n) ? -33 : -(2 + ((n * 5) % 28)));
      for (let j = 0; j <= top; j++) {
        const on = addMonths(topOn, -(top - j) * 24);
        const level = LADDER[j];
        recognitions.push({
          id: `seed-recognition-${n}-${level}`,
          enterpriseId: e.id,
          level,
          body: BODY[level],
          batch: `${on.slice(0, 4)}年第${(n % 2) + 1}批`,
          recognisedOn: day(on),
          validUntil: day(addMonths(on, 36)),
          reexamineOn: day(addMonths(on, 30)),
        });
      }
      // a previous cycle of the top rung, expired: history the tier does not count
      if (n % 4 === 1) {
        const on = addMonths(topOn, -36);
        recognitions.push({
          id: `seed-recognition-${n}-${tier}-previous`,
          enterpriseId: e.id,
          level: tier,
          body: BODY[tier],
          batch: `${on.slice(0, 4)}年第1批`,
          recognisedOn: day(on),
          validUntil: day(addMonths(topOn, 0)),
          reexamineOn: null,
        });
      }
    }
    if ((e.confirmedRevenueWan ?? 0) >= 2000) {
      const y = Math.min(year, 2020 + (n % 7));
      recognitions.push({
        id: `seed-recognition-${n}-ABOVE_SIZE`,
        enterpriseId: e.id,
        level: "ABOVE_SIZE",
        body: "DISTRICT" as const,
        batch: `${y}年小升规`,
        recognisedOn: day(`${y}-0${1 + (n % 9)}-15` > today ? today : `${y}-0${1 + (n % 9)}-15`),
        validUntil: null,
        reexamineOn: null,
      });
    }
  }
  await tx.cultivationRecognition.createMany({ data: recognitions, skipDuplicates: true });
  // the tier cache follows the recognitions, as after any change of them
  for (const e of enterprises) await recomputeTier(tx, e.id, today);

  const known = new Set(KNOWN_FIGURES.map(([n]) => n));
  const tiers = new Map(
    (await tx.enterprise.findMany({ where: { id: { in: enterprises.map((e) => e.id) } }, select: { id: true, tier: true } })).map((e) => [
      e.id,
      e.tier,
    ]),
  );
  const figures = enterprises.flatMap((e) => {
    const n = numberOf(e.id);
    const rows = known.has(n)
      ? KNOWN_FIGURES.filter(([k]) => k === n).map(([, key, value, ok]) => [key, value, ok] as const)
      : generatedFigures(n, tiers.get(e.id)!);
    return rows.map(([figureKey, value, confirmed]) => ({
      id: `seed-figure-${n}-${figureKey}`,
      enterpriseId: e.id,
      figureKey,
      value,
      year: year - 1,
      source: confirmed ? "企业年度财务报表（镇街已核）" : "企业自报",
      reportedAt: day(addMonths(today, -1)),
      confirmedAt: confirmed ? day(addMonths(today, -1)) : null,
    }));
  });
  await tx.cultivationFigure.createMany({ data: figures, skipDuplicates: true });

  const rounds = [
    {
      id: "seed-round-little-giant",
      name: `${year}年专精特新“小巨人”企业推荐`,
      level: "LITTLE_GIANT",
      body: "NATIONAL",
      batch: `${year}年第${year - 2018}批`,
      open: true,
    },
    {
      id: "seed-round-specialized",
      name: `${year}年广东省专精特新中小企业认定`,
      level: "SPECIALIZED",
      body: "PROVINCIAL",
      batch: `${year}年第二批`,
      open: true,
    },
    {
      id: "seed-round-innovative-previous",
      name: `${year - 1}年广东省创新型中小企业评价`,
      level: "INNOVATIVE",
      body: "PROVINCIAL",
      batch: `${year - 1}年第二批`,
      open: false,
    },
  ];
  await tx.cultivationRound.createMany({
    data: rounds.map((r) => ({
      id: r.id,
      name: r.name,
      level: r.level,
      year: r.open ? year : year - 1,
      body: r.body,
      batch: r.batch,
      opensOn: day(r.open ? addMonths(today, -1) : addMonths(today, -14)),
      closesOn: day(r.open ? addMonths(today, 2) : addMonths(today, -12)),
      status: r.open ? "OPEN" : "CLOSED",
      note: r.open ? "请各镇街于截止日前完成推荐，企业在线提交申报材料。" : null,
    })),
    skipDuplicates: true,
  });
  const towns = new Map(
    (await tx.enterprise.findMany({ where: { id: { in: enterprises.map((e) => e.id) } }, select: { id: true, townId: true } })).map((e) => [
      e.id,
      e.townId,
    ]),
  );
  const apps: [string, number, boolean, boolean][] = [
    ["seed-round-little-giant", 7, true, true],
    ["seed-round-little-giant", 10, true, false],
    ["seed-round-little-giant", 46, true, true],
    ["seed-round-specialized", 3, true, true],
    ["seed-round-specialized", 6, true, false],
    ["seed-round-specialized", 23, false, true],
  ];
  await tx.cultivationApplication.createMany({
    data: apps
      .filter(([, n]) => towns.has(`seed-enterprise-${n}`))
      .map(([roundId, n, recommended, submitted]) => ({
        id: `seed-application-${roundId}-${n}`,
        roundId,
        enterpriseId: `seed-enterprise-${n}`,
        townId: towns.get(`seed-enterprise-${n}`) ?? null,
        recommendedAt: recommended ? day(addMonths(today, -1)) : null,
        submittedAt: submitted ? day(today) : null,
        material: submitted ? "企业近两年研发投入、主导产品及市场占有率情况说明，附财务审计报告与知识产权证书清单。" : null,
      })),
    skipDuplicates: true,
  });

  await seedDistrictTargets(tx, [
    { metricKey: QUALITY_SMES_METRIC, year: 2027, value: 1000, note: "培育发展优质中小企业1000家以上（累计）", source: PLAN },
  ]);
}

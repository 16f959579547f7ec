import type { TDb, TDbTx } from "@qifu/db";
import { searchTextFor } from "@qifu/domain";
import { makeContext, type TSeedContext, type TSessionUser } from "@qifu/trpc-core";
import type { TSchemeDefinition } from "../schemas";
import { closeRound, publishRound } from "./closing";
import { openRound } from "./rounds";

export const DEMO_SCHEME_ID = "seed-evaluation-scheme-towns";

/** The demo scheme for the towns: service results from the ledger's metrics, and two expert-scored indicators (weights 30+20+10+25+15). */
export const DEMO_DEFINITION: TSchemeDefinition = {
  dimensions: [
    {
      name: "服务成效",
      indicators: [
        {
          key: "enterprise_times",
          name: "服务企业家次",
          weight: 30,
          kind: "COMPUTED",
          metricKey: "ledger.enterpriseTimes",
          rule: { kind: "LINEAR", floor: 0, target: 800 },
        },
        {
          key: "satisfaction",
          name: "服务满意度",
          weight: 20,
          kind: "COMPUTED",
          metricKey: "ledger.satisfaction",
          rule: {
            kind: "THRESHOLDS",
            steps: [
              { min: 95, share: 1 },
              { min: 90, share: 0.8 },
              { min: 80, share: 0.5 },
            ],
          },
        },
        {
          key: "online_share",
          name: "线上服务占比",
          weight: 10,
          kind: "COMPUTED",
          metricKey: "ledger.onlineShare",
          rule: { kind: "RANK", higherIsBetter: true },
        },
      ],
    },
    {
      name: "工作质量",
      indicators: [
        {
          key: "system_building",
          name: "服务体系建设",
          weight: 25,
          kind: "EXPERT",
          maxScore: 10,
          rubric: "人员配备、制度健全、服务站覆盖：齐全 9–10 分；基本齐全 6–8 分；缺项较多 0–5 分",
          evidence: "人员名单、制度文件、服务站挂牌照片",
        },
        {
          key: "key_enterprises",
          name: "重点企业培育",
          weight: 15,
          kind: "EXPERT",
          maxScore: 10,
          rubric: "专精特新、规上企业培育台账与成效",
          evidence: "培育台账、认定文件",
        },
      ],
    },
  ],
};

/** The scheme the demo rounds use (the district's; active). */
export async function seedEvaluation(tx: TDbTx, _s: TSeedContext) {
  if (await tx.evaluationScheme.findUnique({ where: { id: DEMO_SCHEME_ID } })) return;
  const name = "镇街中小企业公共服务评价";
  await tx.evaluationScheme.create({
    data: {
      id: DEMO_SCHEME_ID,
      name,
      subjectKind: "TOWN",
      version: 1,
      definition: DEMO_DEFINITION,
      starThresholds: [
        { stars: 5, min: 90 },
        { stars: 4, min: 80 },
        { stars: 3, min: 70 },
        { stars: 2, min: 60 },
      ],
      status: "ACTIVE",
      description: "依据花都区实施方案二(一)：对镇街服务体系建设、重点企业培育和服务成效开展多维度评价。",
      searchText: searchTextFor(name),
    },
  });
}

/**
 * Demo rounds through the real steps: 2026 Q3 over every town, scored by two experts, closed
 * and published; 2026 Q4 open, half scored. After the ledger's year of activity (features.ts
 * lists evaluation after the ledger), so the computed indicators have figures.
 */
export async function evaluationDemoActivity(prisma: TDb, now: Date) {
  if ((await prisma.evaluationRound.count()) > 0) return { rounds: 0 };
  const district = await prisma.user.findUniqueOrThrow({ where: { username: "district" } });
  const ctx = makeContext(prisma, { ...district, role: "DISTRICT_ADMIN" } as TSessionUser, { now: () => now });
  const towns = await prisma.town.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true } });
  const experts = await prisma.expert.findMany({ where: { id: { in: ["seed-expert-1", "seed-expert-2"] } }, select: { id: true } });
  const scoreAll = async (roundId: string, share: (i: number) => number) => {
    const subjects = await prisma.evaluationSubject.findMany({
      where: { roundId },
      include: { assignments: true },
      orderBy: { townId: "asc" },
    });
    for (const [i, s] of subjects.entries()) {
      for (const a of s.assignments) {
        for (const key of ["system_building", "key_enterprises"]) {
          const score = Math.max(
            3,
            Math.min(10, Math.round(share(i) + (a.expertId === "seed-expert-1" ? 0 : -1) + (key === "key_enterprises" ? -1 : 0))),
          );
          await prisma.evaluationScore.create({
            data: {
              id: `seed-score-${s.id}-${a.expertId}-${key}`,
              subjectId: s.id,
              expertId: a.expertId,
              indicatorKey: key,
              score,
              comment: "材料齐全，工作扎实，建议继续加强服务站覆盖。",
            },
          });
        }
      }
    }
    return subjects.length;
  };
  const q3 = await openRound(ctx, {
    schemeId: DEMO_SCHEME_ID,
    name: "2026年第三季度镇街评价",
    periodKind: "QUARTER",
    year: 2026,
    quarter: 3,
    dueOn: "2026-10-20",
    subjectRefIds: towns.map((t) => t.id),
    expertIds: experts.map((e) => e.id),
  });
  await scoreAll(q3.id, (i) => 10 - (i % 6));
  await closeRound(ctx, { roundId: q3.id });
  await publishRound(ctx, q3.id);
  const q4 = await openRound(ctx, {
    schemeId: DEMO_SCHEME_ID,
    name: "2026年第四季度镇街评价",
    periodKind: "QUARTER",
    year: 2026,
    quarter: 4,
    dueOn: "2027-01-20",
    subjectRefIds: towns.map((t) => t.id),
    expertIds: experts.map((e) => e.id),
  });
  // the second expert has not scored yet: the open round shows progress and the missing list
  const subjects = await prisma.evaluationSubject.findMany({ where: { roundId: q4.id }, select: { id: true }, orderBy: { townId: "asc" } });
  for (const s of subjects.slice(0, 6))
    for (const key of ["system_building", "key_enterprises"])
      await prisma.evaluationScore.create({
        data: {
          id: `seed-score-${s.id}-seed-expert-2-${key}`,
          subjectId: s.id,
          expertId: "seed-expert-2",
          indicatorKey: key,
          score: 8,
          comment: "初评：资料基本齐全。",
        },
      });
  return { rounds: 2 };
}

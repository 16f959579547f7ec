import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { getMetric, makeContext } from "@qifu/trpc-core";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

const STATIONS = "serviceStations.count";
const STATIONS_INDICATOR = {
  key: "stations",
  name: "服务站数量",
  weight: 10,
  kind: "COMPUTED" as const,
  metricKey: STATIONS,
  rule: { kind: "LINEAR" as const, floor: 0, target: 10 },
};
/** Two expert indicators (60 + 30) and one computed (10, linear 0 → 10 stations): weights 100. */
const definition = {
  dimensions: [
    {
      name: "工作质量",
      indicators: [
        { key: "quality", name: "服务质量", weight: 60, kind: "EXPERT" as const, maxScore: 10, rubric: "按服务规范评分" },
        { key: "plan", name: "工作计划", weight: 30, kind: "EXPERT" as const, maxScore: 20, rubric: "计划完整、可执行" },
      ],
    },
    {
      name: "服务成效",
      indicators: [STATIONS_INDICATOR],
    },
  ],
};

/** 评价考核 (issue 13 pts 2–3): weights, expert scope and conflicts from the refused side, a round ranked by hand, immutability and correction. */
describe(`evaluation rounds on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let evaluator: TCaller;
  let expert2: TCaller;
  let towns: { shiling: string; xinhua: string; third: string };
  let schemeId: string;
  let roundId: string;
  const subject: Record<string, string> = {};

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, evaluator] = await Promise.all([p.as("district"), p.as("evaluator")]);
    // the pool's second expert signs in with an evaluator account of their own
    const acct = await p.prisma.user.create({
      data: { id: "test-evaluator-2", username: "evaluator2", displayName: "黄志强", role: "EVALUATOR", passwordHash: "x" },
    });
    await p.prisma.expert.update({ where: { id: "seed-expert-2" }, data: { userId: acct.id } });
    expert2 = p.asUser({
      id: acct.id,
      username: acct.username,
      displayName: acct.displayName,
      role: "EVALUATOR",
      townId: null,
      nodeId: null,
      enterpriseId: null,
      departmentId: null,
    });
    const third = await p.prisma.town.findFirstOrThrow({
      where: { code: { notIn: ["SHILING", "XINHUA"] } },
      orderBy: { sortOrder: "asc" },
    });
    towns = { shiling: await p.townId("SHILING"), xinhua: await p.townId("XINHUA"), third: third.id };
  });
  afterAll(() => p.close());

  it("weights must sum to 100 (bilingual, on the field, nothing written); computed indicators need a registered metric and towns", async () => {
    const before = await p.prisma.evaluationScheme.count();
    const short = structuredClone(definition);
    short.dimensions[0]!.indicators[1]!.weight = 25;
    const body = await refusalOf(
      district.evaluationSchemes.create({ name: "权重不足方案", subjectKind: "TOWN", definition: short }),
      "evaluationSchemes.create",
    );
    expect(body).toMatchObject({
      code: "VALIDATION",
      message: { zh: "各指标权重合计须为 100，当前为 95", en: "Indicator weights must sum to 100; they sum to 95" },
    });
    expect(body.fields[0]!.path).toBe("definition");
    const unknown = structuredClone(definition);
    unknown.dimensions[1] = { name: "服务成效", indicators: [{ ...STATIONS_INDICATOR, metricKey: "no.such.metric" }] };
    expect(
      (
        await refusalOf(
          district.evaluationSchemes.create({ name: "未知指标方案", subjectKind: "TOWN", definition: unknown }),
          "evaluationSchemes.create",
        )
      ).message.zh,
    ).toContain("数据指标不存在");
    // the number of stations is a figure per town: a scheme over nodes cannot use it
    const perTown = await refusalOf(
      district.evaluationSchemes.create({ name: "节点方案", subjectKind: "NODE", definition }),
      "evaluationSchemes.create",
    );
    expect(perTown).toMatchObject({ code: "VALIDATION" });
    expect(perTown.message.zh).toContain("只按镇街统计，不能用于评价服务节点");
    expect(await p.prisma.evaluationScheme.count()).toBe(before);
    expect((await district.evaluationSchemes.metrics()).map((m) => m.key)).toContain(STATIONS);
  });

  it("only the district writes schemes; an edit makes a new version and an open round keeps the one it froze", async () => {
    for (const who of ["shiling", "operator", "evaluator"] as const)
      expect(await codeOf((await p.as(who)).evaluationSchemes.create({ name: "越权方案", subjectKind: "TOWN", definition }))).toBe(
        "FORBIDDEN",
      );
    expect(await codeOf((await p.as("enterprise")).evaluationSchemes.list({}))).toBe("FORBIDDEN");
    const scheme = await district.evaluationSchemes.create({ name: "测试镇街评价", subjectKind: "TOWN", definition, status: "ACTIVE" });
    schemeId = scheme.id;
    expect(scheme.version).toBe(1);
    const opened = await district.evaluationRounds.open({
      schemeId,
      name: "2026年度测试评价",
      periodKind: "YEAR",
      year: 2026,
      subjectRefIds: [towns.shiling, towns.xinhua, towns.third],
      expertIds: ["seed-expert-2"],
    });
    roundId = opened.id;
    const renamed = structuredClone(definition);
    renamed.dimensions[0]!.indicators[0]!.name = "服务质量（新版）";
    expect((await district.evaluationSchemes.update({ id: schemeId, data: { definition: renamed } })).version).toBe(2);
    const round = await district.evaluationRounds.get({ id: roundId });
    expect(round.schemeVersion).toBe(1);
    expect(round.definition.dimensions[0]!.indicators[0]!.name).toBe("服务质量");
    for (const s of round.subjectList) subject[s.refId] = s.id;
  });

  it("an expert tied to a subject is refused, at assignment and at scoring, with a clear message", async () => {
    // 李晓华 works for a node of 狮岭镇 (seed): she may not judge 狮岭镇
    const refused = await refusalOf(
      district.evaluationRounds.assign({ subjectId: subject[towns.shiling]!, expertId: "seed-expert-3" }),
      "evaluationRounds.assign",
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message.zh).toMatch(/^利益回避：该专家与「.+」有关联，不能评价「狮岭镇」$/);
    // the demo evaluator (陈敏) judges 狮岭镇 and 新华街, not the third town
    await district.evaluationRounds.assign({ subjectId: subject[towns.shiling]!, expertId: "seed-expert-1" });
    await district.evaluationRounds.assign({ subjectId: subject[towns.xinhua]!, expertId: "seed-expert-1" });
    const notMine = await refusalOf(
      evaluator.evaluationTasks.score({ subjectId: subject[towns.third]!, indicatorKey: "quality", score: 5, comment: "越权评分" }),
      "evaluationTasks.score",
    );
    expect(notMine).toMatchObject({ code: "FORBIDDEN", message: { zh: "您未被分配评审该对象，不能评分" } });
    expect((await evaluator.evaluationTasks.list({})).data.map((t) => t.subjectName).sort()).toEqual(["新华街道", "狮岭镇"].sort());
    // a tie declared after the assignment still refuses the score
    const xinhuaNode = await p.prisma.node.findFirstOrThrow({ where: { townId: towns.xinhua } });
    await district.experts.update({ id: "seed-expert-1", data: { nodeLinks: [{ nodeId: xinhuaNode.id, relation: "CONSULTANT" }] } });
    const tied = await refusalOf(
      evaluator.evaluationTasks.score({ subjectId: subject[towns.xinhua]!, indicatorKey: "quality", score: 5, comment: "有关联" }),
      "evaluationTasks.score",
    );
    expect(tied.message.zh).toContain("利益回避");
    await district.experts.update({ id: "seed-expert-1", data: { nodeLinks: [] } });
    // out of range and without a comment
    expect(
      (
        await refusalOf(
          evaluator.evaluationTasks.score({ subjectId: subject[towns.shiling]!, indicatorKey: "quality", score: 11, comment: "超出满分" }),
          "evaluationTasks.score",
        )
      ).code,
    ).toBe("VALIDATION");
    expect(
      (
        await refusalOf(
          evaluator.evaluationTasks.score({ subjectId: subject[towns.shiling]!, indicatorKey: "quality", score: 8, comment: "" }),
          "evaluationTasks.score",
        )
      ).code,
    ).toBe("VALIDATION");
    expect(
      (
        await refusalOf(
          evaluator.evaluationTasks.score({ subjectId: subject[towns.shiling]!, indicatorKey: "stations", score: 8, comment: "数据指标" }),
          "evaluationTasks.score",
        )
      ).code,
    ).toBe("VALIDATION");
  });

  it("a subject's town uploads evidence; another town cannot; the experts see it", async () => {
    const shiling = await p.as("shiling");
    await shiling.evaluationTasks.submitEvidence({ subjectId: subject[towns.shiling]!, indicatorKey: "quality", note: "服务规范与台账" });
    expect(
      await codeOf(
        (await p.as("xinhua")).evaluationTasks.submitEvidence({
          subjectId: subject[towns.shiling]!,
          indicatorKey: "quality",
          note: "越权",
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf((await p.as("xinhua")).evaluationRounds.get({ id: roundId }))).toBe("OK");
    expect((await (await p.as("xinhua")).evaluationRounds.get({ id: roundId })).subjectList.map((s) => s.refId)).toEqual([towns.xinhua]);
    const task = (await evaluator.evaluationTasks.list({})).data.find((t) => t.subjectId === subject[towns.shiling]);
    expect(task!.indicators.find((i) => i.key === "quality")!.evidence!.note).toBe("服务规范与台账");
  });

  it("closing waits for missing scores; then totals, ranks and stars are those computed by hand", async () => {
    const score = (c: TCaller, town: string, key: string, value: number) =>
      c.evaluationTasks.score({ subjectId: subject[town]!, indicatorKey: key, score: value, comment: `评分 ${value}` });
    await score(evaluator, towns.shiling, "quality", 8);
    await score(evaluator, towns.shiling, "plan", 16);
    // 2 experts × 2 indicators × 2 towns + 1 × 2 × 1 = 10 expected, 2 done
    expect(await district.evaluationRounds.missing({ id: roundId })).toHaveLength(8);
    expect(await codeOf(district.evaluationRounds.close({ roundId }))).toBe("CONFLICT");
    await score(evaluator, towns.xinhua, "quality", 6);
    await score(evaluator, towns.xinhua, "plan", 10);
    for (const [town, q, pl] of [
      [towns.shiling, 10, 20],
      [towns.xinhua, 8, 14],
      [towns.third, 9, 18],
    ] as const) {
      await score(expert2, town, "quality", q);
      await score(expert2, town, "plan", pl);
    }
    expect(await district.evaluationRounds.missing({ id: roundId })).toEqual([]);
    await district.evaluationRounds.close({ roundId });

    // by hand: quality = 60 × mean/10, plan = 30 × mean/20, stations = 10 × min(1, count/10)
    const metric = getMetric(STATIONS)!;
    const stations = async (townId: string) =>
      Math.round(10 * Math.min(1, (await metric.compute(makeContext(p.prisma, null), { year: 2026, townId })) / 10) * 100) / 100;
    const expected = [
      { town: towns.shiling, name: "狮岭镇", total: 54 + 27 + (await stations(towns.shiling)) }, // quality (8+10)/2=9 → 54; plan (16+20)/2=18 → 27
      { town: towns.xinhua, name: "新华街道", total: 42 + 18 + (await stations(towns.xinhua)) }, // quality 7 → 42; plan 12 → 18
      { town: towns.third, name: "", total: 54 + 27 + (await stations(towns.third)) }, // quality 9 → 54; plan 18 → 27
    ];
    const round = await district.evaluationRounds.get({ id: roundId });
    expect(round.status).toBe("CLOSED");
    for (const e of expected) {
      const r = round.subjectList.find((s) => s.refId === e.town)!.results[0]!;
      expect(r.total).toBeCloseTo(e.total, 2);
      const better = expected.filter((x) => x.total > e.total + 1e-9).length;
      expect(r.rank).toBe(better + 1);
      expect(r.stars).toBe(e.total >= 90 ? 5 : e.total >= 80 ? 4 : e.total >= 70 ? 3 : e.total >= 60 ? 2 : 1);
      expect(r.contributions.map((c) => c.key)).toEqual(["quality", "plan", "stations"]);
    }
    // 新华街道 is last with 60 + up to 10 points: 2 or 3 stars, never first
    expect(round.subjectList.at(-1)!.refId).toBe(towns.xinhua);
  });

  it("published results are public and immutable; a correction is a new version with its reason, the old one kept", async () => {
    expect(
      await p
        .anonymous()
        .evaluationResults.ranking({ id: roundId })
        .catch(() => "refused"),
    ).toBe("refused");
    await district.evaluationRounds.publish({ id: roundId });
    const pub = (await p.anonymous().evaluationResults.ranking({ id: roundId }))!;
    expect(pub.rows.map((r) => r.rank)).toEqual([...pub.rows.map((r) => r.rank)].sort((a, b) => a - b));
    expect(pub.rows.find((r) => r.name === "新华街道")!.contributions[0]).toMatchObject({
      name: "服务质量",
      dimension: "工作质量",
      points: 42,
    });
    // nothing changes after publication: scores, evidence, assignments, closing again, and the table itself
    expect(
      await codeOf(
        evaluator.evaluationTasks.score({ subjectId: subject[towns.shiling]!, indicatorKey: "quality", score: 1, comment: "发布后改分" }),
      ),
    ).toBe("CONFLICT");
    expect(
      await codeOf(
        (await p.as("shiling")).evaluationTasks.submitEvidence({
          subjectId: subject[towns.shiling]!,
          indicatorKey: "quality",
          note: "补交",
        }),
      ),
    ).toBe("CONFLICT");
    expect(await codeOf(district.evaluationRounds.close({ roundId }))).toBe("CONFLICT");
    const xinhuaResult = await p.prisma.evaluationResult.findFirstOrThrow({ where: { subjectId: subject[towns.xinhua]! } });
    await expect(p.prisma.evaluationResult.update({ where: { id: xinhuaResult.id }, data: { total: 99 } })).rejects.toThrow(/immutable/);
    // only the district corrects
    const correction = { subjectId: subject[towns.xinhua]!, indicatorKey: "quality", share: 1, reason: "复核后服务质量改为满分" };
    expect(await codeOf(evaluator.evaluationRounds.correct(correction))).toBe("FORBIDDEN");
    expect(await codeOf((await p.as("xinhua")).evaluationRounds.correct(correction))).toBe("FORBIDDEN");
    await district.evaluationRounds.correct(correction);
    const after = await district.evaluationRounds.get({ id: roundId });
    const xinhua = after.subjectList.find((s) => s.refId === towns.xinhua)!;
    expect(xinhua.results.map((r) => r.version)).toEqual([2, 1]);
    expect(xinhua.results[0]).toMatchObject({ reason: "复核后服务质量改为满分", supersededAt: null });
    expect(xinhua.results[0]!.total).toBeCloseTo(xinhuaResult.total + 18, 2); // quality 42 → 60
    expect(xinhua.results[1]!.supersededAt).not.toBeNull();
    expect(xinhua.results[1]!.total).toBe(xinhuaResult.total);
    const pubAfter = (await p.anonymous().evaluationResults.ranking({ id: roundId }))!;
    expect(pubAfter.rows.find((r) => r.name === "新华街道")).toMatchObject({ version: 2, corrected: true });
  });

  it("exports: the round's results to Excel and to a PDF whose Chinese text pdftotext reads back; scoped like the round", async () => {
    const xlsx = await district.evaluationRounds.exportResults({ id: roundId });
    expect(xlsx).toMatchObject({ filename: "2026年度测试评价.xlsx", rows: 3 });
    expect(Buffer.from(xlsx.contentBase64, "base64").subarray(0, 2).toString()).toBe("PK");
    expect((await (await p.as("xinhua")).evaluationRounds.exportResults({ id: roundId })).rows).toBe(1);
    expect(await codeOf((await p.as("enterprise")).evaluationRounds.exportPdf({ id: roundId }))).toBe("FORBIDDEN");
    const pdf = await district.evaluationRounds.exportPdf({ id: roundId });
    const file = path.join(os.tmpdir(), `qifu-eval-${process.pid}.pdf`);
    fs.writeFileSync(file, Buffer.from(pdf.contentBase64, "base64"));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    fs.rmSync(file);
    expect(text).toContain("2026年度测试评价");
    expect(text).toContain("各对象得分构成");
    expect(text).toContain("新华街道");
    expect(text).toContain("复核后服务质量改为满分");
    expect(text).toMatch(/工作质量 · 服务质量：60\.00 \/ 60/);
    const schemes = await district.evaluationSchemes.export({});
    expect(schemes.rows).toBeGreaterThan(0);
  });

  it("a scheme over nodes scores each node on the figures computed for that node (its own ledger records and reports)", async () => {
    const year = Number(new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 4));
    const nodeDefinition = {
      dimensions: [
        {
          name: "服务成效",
          indicators: [
            {
              key: "times",
              name: "服务企业家次",
              weight: 50,
              kind: "COMPUTED" as const,
              metricKey: "ledger.enterpriseTimes",
              rule: { kind: "RANK" as const, higherIsBetter: true },
            },
            {
              key: "requests",
              name: "服务请求按时办结率",
              weight: 20,
              kind: "COMPUTED" as const,
              metricKey: "ledger.requestsOnTime",
              rule: { kind: "LINEAR" as const, floor: 0, target: 100 },
            },
            {
              key: "complaints",
              name: "服务投诉",
              weight: 10,
              kind: "COMPUTED" as const,
              metricKey: "ledger.complaints",
              rule: { kind: "RANK" as const, higherIsBetter: false },
            },
            {
              key: "reports",
              name: "月报按时报送率",
              weight: 20,
              kind: "COMPUTED" as const,
              metricKey: "monitoring.onTimeShare",
              rule: { kind: "LINEAR" as const, floor: 0, target: 100 },
            },
          ],
        },
      ],
    };
    expect((await district.evaluationSchemes.metrics()).find((m) => m.key === "ledger.enterpriseTimes")!.nodes).toBe(true);
    expect((await district.evaluationSchemes.metrics()).find((m) => m.key === STATIONS)!.nodes).toBe(false);
    const scheme = await district.evaluationSchemes.create({
      name: "服务站点评价",
      subjectKind: "NODE",
      definition: nodeDefinition,
      status: "ACTIVE",
    });
    // the three nodes with the most ledger records this year: different figures, so a real ranking
    const from = new Date(`${year}-01-01T00:00:00Z`);
    const to = new Date(`${year + 1}-01-01T00:00:00Z`);
    const shanghaiFrom = new Date(`${year}-01-01T00:00:00+08:00`);
    const shanghaiTo = new Date(`${year + 1}-01-01T00:00:00+08:00`);
    const busiest = await p.prisma.ledgerRecord.groupBy({
      by: ["nodeId"],
      where: { servedOn: { gte: from, lt: to } },
      _count: { _all: true },
      orderBy: { _count: { nodeId: "desc" } },
      take: 3,
    });
    expect(busiest).toHaveLength(3);
    const nodeIds = busiest.map((b) => b.nodeId);
    const round = await district.evaluationRounds.open({
      schemeId: scheme.id,
      name: `${year}年度服务站点评价`,
      periodKind: "YEAR",
      year,
      subjectRefIds: nodeIds,
    });
    await district.evaluationRounds.close({ roundId: round.id });
    const subjects = await p.prisma.evaluationSubject.findMany({ where: { roundId: round.id } });
    for (const nodeId of nodeIds) {
      const values = subjects.find((s) => s.nodeId === nodeId)!.metricValues as Record<string, number>;
      // the node's own records, not its town's nor the district's
      expect(values.times).toBe(await p.prisma.ledgerRecord.count({ where: { nodeId, servedOn: { gte: from, lt: to } } }));
      expect(values.reports).toBeGreaterThanOrEqual(0);
      expect(values.reports).toBeLessThanOrEqual(100);
      // requests handled within their time limit, of those handled or past it, counted here in SQL
      const [r] = await p.prisma.$queryRaw<{ onTime: number; due: number }[]>`
        SELECT count(*) FILTER (WHERE status IN ('DELIVERED', 'DECLINED') AND "closedAt" <= "dueAt")::int AS "onTime",
               count(*) FILTER (WHERE (status IN ('DELIVERED', 'DECLINED') AND "closedAt" IS NOT NULL) OR "dueAt" < now())::int AS due
        FROM service_request
        WHERE "nodeId" = ${nodeId} AND "dueAt" IS NOT NULL AND status <> 'CANCELLED' AND "createdAt" >= ${shanghaiFrom} AND "createdAt" < ${shanghaiTo}`;
      expect(values.requests).toBe(r!.due ? Math.round((r!.onTime / r!.due) * 1000) / 10 : 0);
      expect(values.complaints).toBe(
        await p.prisma.serviceComplaint.count({ where: { nodeId, createdAt: { gte: shanghaiFrom, lt: shanghaiTo } } }),
      );
    }
    const closed = await district.evaluationRounds.get({ id: round.id });
    const timesOf = (refId: string) => (subjects.find((s) => s.nodeId === refId)!.metricValues as Record<string, number>).times;
    // the busiest node has the full 50 points of the ranked indicator
    const top = closed.subjectList.find((s) => s.refId === nodeIds[0])!.results[0]!;
    expect(timesOf(nodeIds[0]!)).toBeGreaterThanOrEqual(timesOf(nodeIds[2]!));
    expect(top.contributions.find((c) => c.key === "times")!.points).toBe(50);
  });

  it("appeals answered on time, per town, is a metric a scheme over towns can use", async () => {
    const year = Number(new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 4));
    const metric = getMetric("appeals.onTimeShare")!;
    expect(metric.nodes).toBeFalsy();
    const from = new Date(`${year}-01-01T00:00:00+08:00`);
    const to = new Date(`${year + 1}-01-01T00:00:00+08:00`);
    // three appeals of the demo enterprise (狮岭镇 handles them): answered in time, answered late, past its limit unanswered
    const enterprise = await p.as("enterprise");
    const categoryId = (await p.prisma.appealCategory.findFirstOrThrow()).id;
    const ids: string[] = [];
    for (const title of ["按时答复的诉求", "超时答复的诉求", "逾期未答复的诉求"])
      ids.push((await enterprise.appeals.create({ title, description: "评价指标测试：诉求按时办结率。", categoryId })).id);
    const hour = 3_600_000;
    const now = Date.now();
    await p.prisma.appeal.update({ where: { id: ids[0] }, data: { answeredAt: new Date(now - hour), resolveDueAt: new Date(now + hour) } });
    await p.prisma.appeal.update({
      where: { id: ids[1] },
      data: { answeredAt: new Date(now - hour), resolveDueAt: new Date(now - 2 * hour) },
    });
    await p.prisma.appeal.update({ where: { id: ids[2] }, data: { resolveDueAt: new Date(now - hour) } });
    expect((await p.prisma.appeal.findUniqueOrThrow({ where: { id: ids[0] } })).unitTownId).toBe(towns.shiling);
    // by hand in SQL, for each town that handled appeals this year
    const rows = await p.prisma.$queryRaw<{ townId: string; onTime: number; due: number }[]>`
      SELECT "unitTownId" AS "townId",
             count(*) FILTER (WHERE "answeredAt" <= "resolveDueAt")::int AS "onTime",
             count(*) FILTER (WHERE "answeredAt" IS NOT NULL OR "resolveDueAt" < now())::int AS due
      FROM appeal
      WHERE "unitTownId" IS NOT NULL AND status <> 'WITHDRAWN' AND "submittedAt" >= ${from} AND "submittedAt" < ${to}
      GROUP BY "unitTownId"`;
    expect(rows.find((r) => r.townId === towns.shiling)!.due).toBeGreaterThanOrEqual(3);
    for (const r of rows)
      expect(await metric.compute(makeContext(p.prisma, null), { year, townId: r.townId })).toBe(
        r.due ? Math.round((r.onTime / r.due) * 1000) / 10 : 0,
      );
  });
});

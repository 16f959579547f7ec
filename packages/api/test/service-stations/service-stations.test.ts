import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

const station = (townId: string, over: Record<string, unknown> = {}) => ({
  name: "测试中小企业服务站",
  townId,
  operatorKind: "GOVERNMENT" as const,
  operatorName: "测试镇企业服务中心",
  openingHours: "工作日 9:00-17:30",
  serviceCategories: ["INFO_CONSULTING" as const],
  staffOnDuty: 2,
  onCallPhone: "020-12345678",
  ...over,
});

/** 中小企业服务站: scope from the refused side, validation, and the targets (≥ 12; one in every town unit). */
describe(`service stations on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let operator: TCaller;
  let town: (code: string) => Promise<string>;
  let ownNodeId: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua, operator] = await Promise.all([p.as("district"), p.as("shiling"), p.as("xinhua"), p.as("operator")]);
    town = p.townId;
    ownNodeId = (await p.userOf("operator")).nodeId!;
  }, 300_000);
  afterAll(() => p.close());

  it("seeds at least 12 stations over the towns, leaving 梯面镇 without one", async () => {
    expect(await p.prisma.serviceStation.count()).toBeGreaterThanOrEqual(12);
    const towns = new Set(
      (await p.prisma.serviceStation.findMany({ select: { node: { select: { townId: true } } } })).map((s) => s.node.townId),
    );
    expect(towns.size).toBeGreaterThanOrEqual(10);
    expect(await p.prisma.serviceStation.count({ where: { node: { townId: await town("TIMIAN") } } })).toBe(0);
    // each station once: every station node has its station record, and no record lacks a station node
    expect(await p.prisma.node.count({ where: { kind: "SERVICE_STATION" } })).toBe(await p.prisma.serviceStation.count());
    expect(await p.prisma.serviceStation.count({ where: { node: { kind: { not: "SERVICE_STATION" } } } })).toBe(0);
    expect(await p.prisma.serviceStation.count({ where: { operatorNodeId: ownNodeId } })).toBeGreaterThan(0);
  });

  it("a town admin cannot read, change, create in or move to another town", async () => {
    const xinhuaStation = await p.prisma.serviceStation.findFirstOrThrow({ where: { node: { townId: await town("XINHUA") } } });
    const shilingStation = await p.prisma.serviceStation.findFirstOrThrow({ where: { node: { townId: await town("SHILING") } } });
    expect(await codeOf(shiling.serviceStations.get({ id: xinhuaStation.id }))).toBe("NOT_FOUND");
    expect(await codeOf(shiling.serviceStations.update({ id: xinhuaStation.id, data: { staffOnDuty: 9 } }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.serviceStations.update({ id: shilingStation.id, data: { name: "越权修改的服务站" } }))).toBe("NOT_FOUND");
    expect(await codeOf(shiling.serviceStations.create(station(await town("XINHUA"))))).toBe("FORBIDDEN");
    expect(await codeOf(shiling.serviceStations.delete({ id: shilingStation.id }))).toBe("FORBIDDEN");
    const own = await shiling.serviceStations.create(station(await town("SHILING"), { name: "狮岭镇第二服务站" }));
    expect(await codeOf(shiling.serviceStations.update({ id: own.id, data: { townId: await town("XINHUA") } }))).toBe("FORBIDDEN");
    const list = await shiling.serviceStations.list({ pagination: { page: 1, perPage: 100 } });
    expect(list.data.every((s) => s.townName === "狮岭镇")).toBe(true);
    const untouched = await p.prisma.node.findUniqueOrThrow({ where: { id: xinhuaStation.nodeId } });
    expect(untouched.staffCount).not.toBe(9);
  });

  it("the host node's staff edit only their own station, and cannot create, hand it away or delete", async () => {
    const mine = await operator.serviceStations.list({ pagination: { page: 1, perPage: 100 } });
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.data.every((s) => s.operatorNodeId === ownNodeId)).toBe(true);
    const own = mine.data[0];
    expect(
      await codeOf(operator.serviceStations.update({ id: own.id, data: { openingHours: "周一至周日 8:30-18:30", staffOnDuty: 9 } })),
    ).toBe("OK");
    const neighbour = await p.prisma.serviceStation.findFirstOrThrow({
      where: {
        node: { townId: own.townId },
        nodeId: { not: ownNodeId },
        OR: [{ operatorNodeId: null }, { operatorNodeId: { not: ownNodeId } }],
      },
    });
    expect(await codeOf(operator.serviceStations.get({ id: neighbour.id }))).toBe("NOT_FOUND");
    expect(await codeOf(operator.serviceStations.update({ id: neighbour.id, data: { staffOnDuty: 1 } }))).toBe("NOT_FOUND");
    expect(await codeOf(operator.serviceStations.create(station(own.townId)))).toBe("FORBIDDEN");
    expect(await codeOf(operator.serviceStations.update({ id: own.id, data: { operatorNodeId: neighbour.operatorNodeId } }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(operator.serviceStations.delete({ id: own.id }))).toBe("FORBIDDEN");
    expect(await codeOf((await p.as("enterprise")).serviceStations.list({}))).toBe("FORBIDDEN");
  });

  it("bad input: a bilingual message on the field, nothing written", async () => {
    const before = await p.prisma.serviceStation.count();
    const audits = await p.prisma.auditLog.count();
    const bodyOf = (input: unknown) => refusalOf(district.serviceStations.create(input as never), "serviceStations.create");
    const missing = await bodyOf({ ...station(await town("TIMIAN")), onCallPhone: undefined, serviceCategories: [] });
    expect(missing.code).toBe("VALIDATION");
    expect(missing.fields.map((f) => f.path)).toEqual(expect.arrayContaining(["onCallPhone", "serviceCategories"]));
    expect(missing.fields.find((f) => f.path === "serviceCategories")!.message).toEqual({
      zh: "服务类别至少选择 1 项",
      en: expect.stringContaining("Services offered"),
    });
    const phone = await bodyOf(station(await town("TIMIAN"), { onCallPhone: "call me" }));
    expect(phone.fields).toEqual([
      { path: "onCallPhone", message: { zh: "全时响应电话格式不正确", en: expect.stringContaining("On-call phone") } },
    ]);
    const short = await bodyOf(station(await town("TIMIAN"), { name: "站" }));
    expect(short.fields[0]).toMatchObject({
      path: "name",
      message: { zh: expect.stringContaining("服务站名称"), en: expect.stringContaining("Station name") },
    });
    const xinhuaNode = await p.prisma.node.findFirstOrThrow({ where: { town: { code: "XINHUA" } } });
    const wrongNode = await bodyOf(station(await town("TIMIAN"), { operatorNodeId: xinhuaNode.id }));
    expect(wrongNode.fields).toEqual([
      { path: "operatorNodeId", message: { zh: "运营节点须属于同一镇街", en: "The operator node must be in the same town" } },
    ]);
    expect(await p.prisma.serviceStation.count()).toBe(before);
    expect(await p.prisma.auditLog.count()).toBe(audits);
  });

  it("target progress from live data: 12 stations, and the towns without one are flagged until one opens", async () => {
    const stats = await district.serviceStations.stats();
    const activeCount = await p.prisma.serviceStation.count({ where: { node: { status: "ACTIVE" } } });
    expect(stats.active).toBe(activeCount);
    expect(stats.progress.find((x) => x.year === 2027)).toEqual({ year: 2027, target: 12, actual: activeCount });
    const flagged = stats.coverage.filter((c) => c.count === 0).map((c) => c.name);
    expect(flagged).toContain("梯面镇");
    expect(flagged).toContain("赤坭镇"); // its only station is suspended
    const covered = stats.coverage.filter((c) => c.count > 0).length;
    expect(stats.coverageProgress.find((x) => x.year === 2027)).toEqual({ year: 2027, target: 12, actual: covered });
    // the same formula through the targets feature
    const viaTargets = await district.targets.progress({ year: 2027, metricKey: "serviceStations.townsCovered" });
    expect(viaTargets[0]).toMatchObject({ target: 12, actual: covered });
    // a future-dated opening does not count yet; opening one in 梯面镇 clears its flag
    await district.serviceStations.create(station(await town("TIMIAN"), { name: "梯面镇中小企业服务站", openedOn: "2026-01-05" }));
    const after = await district.serviceStations.stats();
    expect(after.coverage.find((c) => c.name === "梯面镇")!.count).toBe(1);
    expect(after.coverageProgress.find((x) => x.year === 2027)!.actual).toBe(covered + 1);
    expect(after.progress.find((x) => x.year === 2025)!.actual).toBe(stats.progress.find((x) => x.year === 2025)!.actual);
    // a town admin's board shows its own town only
    expect((await shiling.serviceStations.stats()).coverage.map((c) => c.name)).toEqual(["狮岭镇"]);
  });

  it("the public sees active stations only, with a page each", async () => {
    const suspended = await p.prisma.serviceStation.findFirstOrThrow({ where: { node: { status: "SUSPENDED" } } });
    const pub = await p.anonymous().serviceStations.publicList({ perPage: 60 });
    expect(pub.total).toBe(await p.prisma.serviceStation.count({ where: { node: { status: "ACTIVE" } } }));
    expect(pub.data.map((s) => s.id)).not.toContain(suspended.id);
    expect(await codeOf(p.anonymous().serviceStations.publicGet({ id: suspended.id }))).toBe("NOT_FOUND");
    const one = await p.anonymous().serviceStations.publicGet({ id: pub.data[0].id });
    // the office number only: no on-call person, no personal mobile on public pages (issue 11 point 12)
    expect(Object.keys(one)).toContain("officePhone");
    expect(Object.keys(one)).not.toContain("onCallPhone");
    expect(Object.keys(one)).not.toContain("onCallName");
    const search = await p.anonymous().serviceStations.publicList({ q: "皮具" });
    expect(search.data.map((s) => s.name)).toContain("狮岭皮革皮具产业集群服务站");
  });
});

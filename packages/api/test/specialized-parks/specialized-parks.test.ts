import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

const park = (townId: string, over: Record<string, unknown> = {}) => ({
  name: "测试专精特新产业园",
  townId,
  developer: "测试城投公司",
  landAreaSqm: 50_000,
  floorAreaSqm: 120_000,
  ...over,
});

/** 专精特新产业园: scope from the refused side, validation, residents with their tier, the ≥ 3 target. */
describe(`specialized parks on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let town: (code: string) => Promise<string>;

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua] = await Promise.all([p.as("district"), p.as("shiling"), p.as("xinhua")]);
    town = p.townId;
  }, 300_000);
  afterAll(() => p.close());

  it("seeds at least 3 parks at different stages, with resident enterprises of the registry", async () => {
    expect(await p.prisma.specializedPark.count()).toBeGreaterThanOrEqual(3);
    expect((await p.prisma.specializedPark.groupBy({ by: ["status"] })).length).toBe(3);
    expect(await p.prisma.specializedParkResident.count()).toBeGreaterThan(10);
  });

  it("a town admin cannot touch another town's park or its residents", async () => {
    const shilingPark = await p.prisma.specializedPark.findFirstOrThrow({
      where: { townId: await town("SHILING") },
      include: { residents: true },
    });
    expect(await codeOf(xinhua.specializedParks.get({ id: shilingPark.id }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.specializedParks.update({ id: shilingPark.id, data: { developer: "越权修改" } }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.specializedParks.residents({ parkId: shilingPark.id }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.specializedParks.addResident({ parkId: shilingPark.id, enterpriseId: "seed-enterprise-1" }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(xinhua.specializedParks.removeResident({ id: shilingPark.residents[0].id }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.specializedParks.create(park(await town("SHILING"))))).toBe("FORBIDDEN");
    expect(await codeOf(shiling.specializedParks.delete({ id: shilingPark.id }))).toBe("FORBIDDEN");
    expect(await codeOf(shiling.specializedParks.update({ id: shilingPark.id, data: { description: "本镇维护" } }))).toBe("OK");
    expect(await p.prisma.specializedParkResident.count({ where: { parkId: shilingPark.id } })).toBe(shilingPark.residents.length);
  });

  it("the park operator's node edits its own park only", async () => {
    const own = await p.prisma.specializedPark.findFirstOrThrow({
      where: { operatorNodeId: { not: null }, townId: await town("SHILING") },
    });
    const other = await p.prisma.specializedPark.findFirstOrThrow({
      where: { id: { not: own.id }, operatorNodeId: { not: own.operatorNodeId } },
    });
    const template = await p.prisma.user.findUniqueOrThrow({ where: { username: "operator" } });
    const parkStaff = p.asUser({
      id: template.id,
      username: "park-staff",
      displayName: "园区运营人员",
      role: "NODE_OPERATOR",
      townId: own.townId,
      nodeId: own.operatorNodeId,
      enterpriseId: null,
      departmentId: null,
    });
    expect((await parkStaff.specializedParks.list({})).data.map((x) => x.id)).toEqual([own.id]);
    expect(await codeOf(parkStaff.specializedParks.update({ id: own.id, data: { leadingIndustry: "皮革皮具智能制造、箱包设计" } }))).toBe(
      "OK",
    );
    expect(await codeOf(parkStaff.specializedParks.update({ id: other.id, data: { leadingIndustry: "越权" } }))).toBe("NOT_FOUND");
    expect(await codeOf(parkStaff.specializedParks.create(park(own.townId)))).toBe("FORBIDDEN");
    expect(await codeOf((await p.as("operator")).specializedParks.get({ id: own.id }))).toBe("NOT_FOUND");
  });

  it("bad input: a bilingual message on the field, nothing written", async () => {
    const before = await p.prisma.specializedPark.count();
    const missing = await refusalOf(
      district.specializedParks.create({ name: "缺少字段的产业园", townId: await town("HUADONG") } as never),
      "specializedParks.create",
    );
    expect(missing.fields.map((f) => f.path)).toEqual(expect.arrayContaining(["developer", "landAreaSqm", "floorAreaSqm"]));
    const units = await refusalOf(
      district.specializedParks.create(park(await town("HUADONG"), { landAreaSqm: 100, floorAreaSqm: 120_000 })),
      "specializedParks.create",
    );
    expect(units.fields).toEqual([{ path: "floorAreaSqm", message: expect.objectContaining({ zh: expect.stringContaining("平方米") }) }]);
    const opened = await refusalOf(
      district.specializedParks.create(park(await town("HUADONG"), { status: "OPERATING" })),
      "specializedParks.create",
    );
    expect(opened.fields).toEqual([
      { path: "openedOn", message: { zh: "运营中的园区须填写投入运营日期", en: "An operating park needs its operating-since date" } },
    ]);
    const anyPark = await p.prisma.specializedPark.findFirstOrThrow({ include: { residents: true }, where: { residents: { some: {} } } });
    const twice = await refusalOf(
      district.specializedParks.addResident({ parkId: anyPark.id, enterpriseId: anyPark.residents[0].enterpriseId }),
      "specializedParks.addResident",
    );
    expect(twice.fields[0]).toMatchObject({ path: "enterpriseId", message: { zh: "该企业已入驻本园区" } });
    expect(await p.prisma.specializedPark.count()).toBe(before);
  });

  it("residents carry their registry tier; target progress counts operating parks", async () => {
    const stats = await district.specializedParks.stats();
    const operating = await p.prisma.specializedPark.count({ where: { status: "OPERATING" } });
    expect(stats.active).toBe(operating);
    expect(stats.progress).toEqual([
      {
        year: 2025,
        target: 1,
        actual: await p.prisma.specializedPark.count({ where: { status: "OPERATING", openedOn: { lt: new Date("2026-01-01") } } }),
      },
      { year: 2026, target: 2, actual: operating },
      { year: 2027, target: 3, actual: operating },
    ]);
    expect(stats.residentsByTier.reduce((n, t) => n + t.count, 0)).toBeGreaterThan(0);
    // a park opening raises the figure; a resident's tier follows the registry
    const building = await p.prisma.specializedPark.findFirstOrThrow({ where: { status: "BUILDING" } });
    await district.specializedParks.update({ id: building.id, data: { status: "OPERATING", openedOn: "2026-06-01" } });
    expect((await district.specializedParks.stats()).progress.find((x) => x.year === 2027)!.actual).toBe(operating + 1);
    const added = await district.specializedParks.addResident({
      parkId: building.id,
      enterpriseId: "seed-enterprise-1",
      movedInOn: "2026-07-01",
    });
    await p.prisma.enterprise.update({ where: { id: "seed-enterprise-1" }, data: { tier: "LITTLE_GIANT" } });
    const residents = await district.specializedParks.residents({ parkId: building.id });
    expect(residents.find((r) => r.id === added.id)).toMatchObject({ tier: "LITTLE_GIANT", movedInOn: "2026-07-01" });
    expect(await codeOf(district.specializedParks.removeResident({ id: added.id }))).toBe("OK");
  });

  it("the public sees parks being built or operating, each with its residents", async () => {
    const planned = await p.prisma.specializedPark.findFirstOrThrow({ where: { status: "PLANNED" } });
    const pub = await p.anonymous().specializedParks.publicList({});
    expect(pub.data.map((x) => x.id)).not.toContain(planned.id);
    expect(pub.data.every((x) => x.status !== "PLANNED")).toBe(true);
    expect(await codeOf(p.anonymous().specializedParks.publicGet({ id: planned.id }))).toBe("NOT_FOUND");
    const one = await p.anonymous().specializedParks.publicGet({ id: pub.data[0].id });
    expect(one.residents.length).toBe(one.residentCount);
  });
});

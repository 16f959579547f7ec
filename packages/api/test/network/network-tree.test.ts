import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { createTestPlatform } from "../../src";

/**
 * The hierarchy is data: the same code that holds Huadu's 1+12+N holds Sichuan's
 * 1+21+10 (province hub → city windows → county and industry windows).
 */
describe(`a Sichuan-shaped network on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  beforeAll(async () => {
    p = await createTestPlatform({ seed: false });
    const { hashPassword } = await import("@qifu/trpc-core");
    await p.prisma.user.create({
      data: {
        id: "sc-admin",
        username: "sc-admin",
        displayName: "省中小企业服务中心",
        role: "DISTRICT_ADMIN",
        passwordHash: await hashPassword("Sichuan2020hub"),
      },
    });
  });
  afterAll(() => p.close());

  it("builds hub → 21 city windows → county and industry windows with the network feature", async () => {
    const admin = await p.as("sc-admin");
    const cities = [
      "成都",
      "自贡",
      "攀枝花",
      "泸州",
      "德阳",
      "绵阳",
      "广元",
      "遂宁",
      "内江",
      "乐山",
      "南充",
      "眉山",
      "宜宾",
      "广安",
      "达州",
      "雅安",
      "巴中",
      "资阳",
      "阿坝",
      "甘孜",
      "凉山",
    ];
    const hub = await admin.nodes.create({ name: "四川省中小企业公共服务平台枢纽", kind: "DISTRICT_CENTRE", linkedAt: "2020-06-01" });
    const windows: Record<string, string> = {};
    for (const [i, city] of cities.entries()) {
      const town = await admin.towns.create({
        code: `SC${String(i + 1).padStart(2, "0")}`,
        name: `${city}市`,
        kind: "CITY",
        sortOrder: i + 1,
      });
      const w = await admin.nodes.create({
        name: `${city}市中小企业服务窗口`,
        kind: "TOWN_UNIT",
        parentId: hub.id,
        townId: town.id,
        linkedAt: "2020-09-01",
      });
      windows[city] = w.id;
    }
    // county windows and industry windows (10 in the notice) hang under the city windows
    const county = await admin.nodes.create({
      name: "双流区中小企业服务窗口",
      kind: "SERVICE_STATION",
      parentId: windows["成都"],
      linkedAt: "2021-03-01",
    });
    for (let i = 1; i <= 10; i++)
      await admin.nodes.create({
        name: `四川省第${i}产业中小企业服务窗口`,
        kind: "DEMONSTRATION_PLATFORM",
        parentId: windows[cities[i]],
        linkedAt: "2021-05-01",
      });

    expect(county.townName).toBe("成都市"); // inherited from its parent window
    const tree = await admin.network.tree();
    expect(tree).toHaveLength(1);
    expect(tree[0]).toMatchObject({ name: "四川省中小企业公共服务平台枢纽", depth: 0 });
    expect(tree[0].children).toHaveLength(21);
    const chengdu = tree[0].children.find((c) => c.id === windows["成都"])!;
    expect(chengdu.children.map((c) => c.name)).toEqual(["双流区中小企业服务窗口"]);
    expect(chengdu.children[0].depth).toBe(2);

    const stats = await admin.network.stats({ year: 2021 });
    expect(stats.linkedPlatforms).toBe(1 + 21 + 11);
    expect(stats.byTown).toHaveLength(22); // 21 cities + the hub at province level
    expect(stats.linkedByYear).toEqual([
      { year: 2020, count: 22 },
      { year: 2021, count: 33 },
    ]);

    // the same cycle rule holds at any depth
    await expect(admin.nodes.update({ id: hub.id, data: { parentId: county.id } })).rejects.toMatchObject({
      cause: { code: "VALIDATION" },
    });
  });
});

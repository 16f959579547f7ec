import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { testDatabaseKind } from "@qifu/db/testing";
import { carrierPublicSearch, ZCarrierCount, ZCarrierProgress, ZFiguresScope } from "@qifu/carrier-kit/schemas";
import { carrierPublicList, countsByTown, defineCarrier, groupCount, townsOfScope } from "@qifu/carrier-kit/server";
import { createCallerFactory, makeContext, defineMetric, router, type TSessionUser } from "@qifu/trpc-core";
import { specializedParksResource } from "@qifu/feature-specialized-parks/server";
import { ZSpecializedPark } from "@qifu/feature-specialized-parks/schemas";
import { codeOf, createTestPlatform } from "../../src";

/**
 * `defineCarrier` on its own (the carrier kit): a carrier declared as configuration over a
 * resource — here the specialized parks' resource with a public filter, order and figures of
 * this test's — yields publicList, publicGet and stats that honour that configuration.
 */
const metric = defineMetric({
  key: "carrierKitTest.count",
  label: { zh: "测试载体", en: "Test carriers" },
  unit: { zh: "个", en: "" },
  compute: (ctx, { townId }) => ctx.db.specializedPark.count({ where: { status: "OPERATING", ...(townId ? { townId } : {}) } }),
});
const ZStats = z.object({ scope: ZFiguresScope, total: z.number().int(), byTown: z.array(ZCarrierCount), progress: ZCarrierProgress });
const ZDetail = ZSpecializedPark.extend({ extra: z.string() });

const carrier = defineCarrier({
  resource: specializedParksResource,
  public: {
    search: carrierPublicSearch({ developer: z.string().max(80).optional() }),
    where: () => ({ status: "OPERATING" }),
    filters: (input) => (input.developer ? { developer: input.developer } : {}),
    order: [{ floorAreaSqm: "desc" }],
    dto: ZSpecializedPark,
    detail: { dto: ZDetail, load: async (_ctx, row, dto) => ({ ...dto, extra: `loaded ${row.id}` }) },
  },
  metric,
  targetYears: [2026, 2027],
  ownNodeStats: true,
  stats: {
    dto: ZStats,
    compute: async (ctx, kit) => {
      const [scope, total, byTown, towns, progress] = await Promise.all([
        kit.figuresScope(),
        ctx.db.specializedPark.count({ where: kit.scope }),
        ctx.db.specializedPark.groupBy({ by: ["townId"], where: kit.scope, _count: { _all: true } }),
        townsOfScope(ctx, kit.scope),
        kit.progress(),
      ]);
      return { scope, total, byTown: countsByTown(towns, groupCount(byTown, "townId")), progress };
    },
  },
});
// the same rows in an order Prisma cannot say (here: the name's length), paged after sorting
const byNameLength = carrierPublicList(specializedParksResource, {
  search: carrierPublicSearch(),
  where: () => ({ status: "OPERATING" }),
  order: { select: { name: true }, compare: (a: { name: string }, b: { name: string }) => a.name.length - b.name.length },
  dto: ZSpecializedPark,
});
const testRouter = router({ demo: router({ ...carrier.procedures, byNameLength }), parks: specializedParksResource.router });
const callerOf = createCallerFactory(testRouter);

describe(`defineCarrier on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let as: (user: TSessionUser | null) => ReturnType<typeof callerOf>;
  let anon: ReturnType<typeof callerOf>;

  beforeAll(async () => {
    p = await createTestPlatform();
    as = (user) => callerOf(makeContext(p.prisma, user));
    anon = as(null);
  }, 300_000);
  afterAll(() => p.close());

  it("publicList: the public filter, the order, paging and the total", async () => {
    const operating = await p.prisma.specializedPark.findMany({
      where: { status: "OPERATING" },
      orderBy: [{ floorAreaSqm: "desc" }, { id: "asc" }],
    });
    expect(operating.length).toBeGreaterThan(2);
    const all = await anon.demo.publicList({ perPage: 60 });
    expect(all.total).toBe(operating.length);
    expect(all.data.map((x) => x.id)).toEqual(operating.map((x) => x.id));
    const page2 = await anon.demo.publicList({ page: 2, perPage: 2 });
    expect(page2.data.map((x) => x.id)).toEqual(operating.slice(2, 4).map((x) => x.id));
    expect(page2.total).toBe(operating.length);
  });

  it("publicList: the town filter, the carrier's own filter and the resource's full-text search", async () => {
    const shiling = await p.townId("SHILING");
    const inTown = await anon.demo.publicList({ townId: shiling, perPage: 60 });
    expect(inTown.data.length).toBeGreaterThan(0);
    expect(inTown.data.every((x) => x.townId === shiling && x.status === "OPERATING")).toBe(true);
    const first = inTown.data[0];
    expect(
      (await anon.demo.publicList({ developer: first.developer, perPage: 60 })).data.every((x) => x.developer === first.developer),
    ).toBe(true);
    // the words of a building park match, but the public filter leaves it out
    const building = await p.prisma.specializedPark.findFirstOrThrow({ where: { status: "BUILDING" } });
    expect((await as(await p.userOf("district")).parks.list({ q: building.name })).data.map((x) => x.id)).toContain(building.id);
    expect((await anon.demo.publicList({ q: building.name })).data.map((x) => x.id)).not.toContain(building.id);
    const found = await anon.demo.publicList({ q: first.name });
    expect(found.data.map((x) => x.id)).toContain(first.id);
    expect((await anon.demo.publicList({ q: "没有这样的园区名称词" })).total).toBe(0);
  });

  it("publicList with an order of the domain's: keys sorted, then the page read", async () => {
    const names = (await p.prisma.specializedPark.findMany({ where: { status: "OPERATING" }, select: { id: true, name: true } })).sort(
      (a, b) => a.name.length - b.name.length || (a.id < b.id ? -1 : 1),
    );
    const page1 = await anon.demo.byNameLength({ perPage: 2 });
    expect(page1.data.map((x) => x.id)).toEqual(names.slice(0, 2).map((x) => x.id));
    expect(page1.total).toBe(names.length);
  });

  it("publicGet: a row outside the public filter is not found; the detail adds what the page shows", async () => {
    const operating = await p.prisma.specializedPark.findFirstOrThrow({ where: { status: "OPERATING" } });
    const building = await p.prisma.specializedPark.findFirstOrThrow({ where: { status: "BUILDING" } });
    expect(await anon.demo.publicGet({ id: operating.id })).toMatchObject({
      id: operating.id,
      name: operating.name,
      extra: `loaded ${operating.id}`,
    });
    expect(await codeOf(anon.demo.publicGet({ id: building.id }))).toBe("NOT_FOUND");
    expect(await codeOf(anon.demo.publicGet({ id: "no-such-id" }))).toBe("NOT_FOUND");
  });

  it("stats: staff only, in the caller's scope, with the district's progress of the metric", async () => {
    expect(await codeOf(anon.demo.stats())).toBe("UNAUTHENTICATED");
    expect(await codeOf(as(await p.userOf("enterprise")).demo.stats())).toBe("FORBIDDEN");
    const district = await as(await p.userOf("district")).demo.stats();
    expect(district.total).toBe(await p.prisma.specializedPark.count());
    expect(district.scope).toEqual([]);
    expect(district.progress.map((x) => x.year)).toEqual([2026, 2027]);
    expect(district.progress[0].actual).toBe(await p.prisma.specializedPark.count({ where: { status: "OPERATING" } }));
    const shilingId = await p.townId("SHILING");
    const town = await as(await p.userOf("shiling")).demo.stats();
    expect(town.byTown.map((t) => t.key)).toEqual([shilingId]);
    expect(town.total).toBe(await p.prisma.specializedPark.count({ where: { townId: shilingId } }));
    expect(town.scope[0].zh).toContain("范围");
    // ownNodeStats: a node operator sees only what its node runs
    const operator = await p.userOf("operator");
    const own = await as(operator).demo.stats();
    expect(own.total).toBe(await p.prisma.specializedPark.count({ where: { operatorNodeId: operator.nodeId } }));
    expect(own.scope[0].en).toBe("Own node only");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { codeOf, createTestPlatform, type TCaller } from "../../src";

/** Authorization from the refused side: what each account must NOT reach. */
describe(`network scope on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let shiling: TCaller; // town admin of 狮岭镇
  let xinhuaTownId: string;
  let xinhuaNodeId: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    shiling = await p.as("shiling");
    xinhuaTownId = (await p.prisma.town.findUniqueOrThrow({ where: { code: "XINHUA" } })).id;
    xinhuaNodeId = (await p.prisma.node.findFirstOrThrow({ where: { townId: xinhuaTownId, kind: "INCUBATOR" } })).id;
  });
  afterAll(() => p.close());

  describe("town admin A against town B", () => {
    it("lists only their own town, whatever the filter says", async () => {
      const mine = await shiling.nodes.list({ pagination: { page: 1, perPage: 200 } });
      expect(mine.total).toBeGreaterThan(0);
      const shilingTownId = (await p.userOf("shiling")).townId;
      expect(mine.data.every((n) => n.townId === shilingTownId)).toBe(true);
      const other = await shiling.nodes.list({ pagination: { page: 1, perPage: 200 }, filter: { townId: xinhuaTownId } });
      expect(other).toEqual({ data: [], total: 0 });
      const searched = await shiling.nodes.list({ pagination: { page: 1, perPage: 200 }, q: "孵化" });
      expect(searched.data.some((n) => n.id === xinhuaNodeId)).toBe(false);
    });

    it("cannot read town B's node by id, alone or in a batch", async () => {
      expect(await codeOf(shiling.nodes.get({ id: xinhuaNodeId }))).toBe("NOT_FOUND");
      expect(await shiling.nodes.getMany({ ids: [xinhuaNodeId] })).toEqual([]);
    });

    it("cannot create in town B, and nothing is written", async () => {
      const before = await p.prisma.node.count();
      const audits = await p.prisma.auditLog.count();
      expect(await codeOf(shiling.nodes.create({ name: "越界创建的节点", kind: "ASSOCIATION", townId: xinhuaTownId }))).toBe("FORBIDDEN");
      expect(await p.prisma.node.count()).toBe(before);
      expect(await p.prisma.auditLog.count()).toBe(audits);
    });

    it("cannot edit or move nodes across the town line", async () => {
      expect(await codeOf(shiling.nodes.update({ id: xinhuaNodeId, data: { name: "改名" } }))).toBe("NOT_FOUND");
      const own = (await shiling.nodes.list({ pagination: { page: 1, perPage: 1 }, filter: { kind: "ASSOCIATION" } })).data[0];
      expect(await codeOf(shiling.nodes.update({ id: own.id, data: { townId: xinhuaTownId } }))).toBe("FORBIDDEN");
      expect((await p.prisma.node.findUniqueOrThrow({ where: { id: own.id } })).townId).toBe(own.townId);
      expect(await codeOf(shiling.nodes.delete({ id: own.id }))).toBe("FORBIDDEN");
    });

    it("counts and towns only their own town", async () => {
      const stats = await shiling.network.stats();
      expect(stats.byTown.map((t) => t.label)).toEqual(["狮岭镇"]);
      expect(stats.totalNodes).toBe(await p.prisma.node.count({ where: { town: { code: "SHILING" } } }));
      // the district's target is measured against the district's figure, shown beside the town's own
      const district = await (await p.as("district")).network.stats();
      expect(stats.linkedPlatforms).toBeLessThan(district.linkedPlatforms);
      expect(stats.districtLinkedPlatforms).toBe(district.linkedPlatforms);
      expect(stats.linkedTarget).toEqual(district.linkedTarget);
      const towns = await shiling.towns.list({ pagination: { page: 1, perPage: 50 } });
      expect(towns.data.map((t) => t.code)).toEqual(["SHILING"]);
      const tree = await shiling.network.tree();
      const flat = (n: any[]): any[] => n.flatMap((x) => [x, ...flat(x.children)]);
      expect(flat(tree).some((n) => n.townId === xinhuaTownId)).toBe(false);
    });

    it("creates in their own town by default", async () => {
      const created = await shiling.nodes.create({ name: "狮岭箱包检测服务站", kind: "TECH_SERVICE_INSTITUTION", staffCount: 3 });
      expect(created.townName).toBe("狮岭镇");
      const audit = await p.prisma.auditLog.findFirst({ where: { resource: "node", recordId: created.id } });
      expect(audit).toMatchObject({ action: "INSERT", actorId: (await p.userOf("shiling")).id, actorRole: "TOWN_ADMIN" });
    });
  });

  describe("node operator", () => {
    it("edits its own profile but no admin-only field and no other node", async () => {
      const operator = await p.as("operator");
      const me = await p.userOf("operator");
      const updated = await operator.nodes.update({ id: me.nodeId!, data: { contactPhone: "020-12345678", staffCount: 30 } });
      expect(updated.staffCount).toBe(30);
      expect(await codeOf(operator.nodes.update({ id: me.nodeId!, data: { status: "CLOSED" } }))).toBe("FORBIDDEN");
      expect(await codeOf(operator.nodes.update({ id: xinhuaNodeId, data: { staffCount: 1 } }))).toBe("NOT_FOUND");
      expect(await codeOf(operator.nodes.create({ name: "运营者新建", kind: "OTHER" }))).toBe("FORBIDDEN");
      const list = await operator.nodes.list({ pagination: { page: 1, perPage: 50 } });
      expect(list.data.map((n) => n.id)).toEqual([me.nodeId]);
    });
  });

  describe("enterprise and anonymous callers", () => {
    it("an enterprise account reaches no admin procedure", async () => {
      const ent = await p.as("enterprise");
      // thunks: each call starts only when awaited, so none rejects unobserved
      const calls = [
        () => ent.nodes.list({}),
        () => ent.nodes.get({ id: xinhuaNodeId }),
        () => ent.nodes.create({ name: "企业建节点", kind: "OTHER" }),
        () => ent.nodes.update({ id: xinhuaNodeId, data: { name: "x1" } }),
        () => ent.network.stats(),
        () => ent.network.tree(),
        () => ent.towns.list({}),
        () => ent.targets.create({ year: 2027, metricKey: "network.linkedPlatforms", value: 1 }),
      ];
      for (const call of calls) expect(await codeOf(call())).toBe("FORBIDDEN");
    });

    it("anonymous callers get only public data", async () => {
      const anon = p.anonymous();
      expect(await codeOf(anon.nodes.list({}))).toBe("UNAUTHENTICATED");
      expect(await codeOf(anon.network.stats())).toBe("UNAUTHENTICATED");
      const dir = await anon.network.directory({ perPage: 60 });
      expect(dir.total).toBe(await p.prisma.node.count({ where: { status: "ACTIVE" } }));
      const closed = await p.prisma.node.findFirstOrThrow({ where: { status: "CLOSED" } });
      expect(await codeOf(anon.network.publicNode({ id: closed.id }))).toBe("NOT_FOUND");
      const found = await anon.network.directory({ q: "皮具" });
      expect(found.data.map((n) => n.name)).toContain("狮岭皮具设计众创空间");
    });
  });

  it("every procedure declares who may call it", async () => {
    const { appRouter } = await import("../../src");
    const missing = Object.entries(appRouter._def.procedures as Record<string, any>)
      .filter(([, proc]) => !proc._def.meta?.policy)
      .map(([path]) => path);
    expect(missing).toEqual([]);
  });
});

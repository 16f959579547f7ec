import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

/** 中小企业特色产业集群: scope from the refused side, validation messages, chain gaps and target progress on the seeded data. */
describe(`industrial clusters on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller; // town admin of 狮岭镇
  let operator: TCaller; // staff of 狮岭皮革皮具产业集群公共服务平台, which runs the leather cluster
  let shilingTownId: string;
  let autoTownId: string;
  const LEATHER = "seed-industrial-cluster-leather";
  const AUTO = "seed-industrial-cluster-auto";

  beforeAll(async () => {
    p = await createTestPlatform();
    district = await p.as("district");
    shiling = await p.as("shiling");
    operator = await p.as("operator");
    shilingTownId = await p.townId("SHILING");
    autoTownId = await p.townId("AUTO_CITY");
  });
  afterAll(() => p.close());

  const clusterInput = (townId: string, extra: Record<string, unknown> = {}) => ({
    name: "测试产业集群",
    chain: "SMART_EQUIPMENT" as const,
    townId,
    leadUnit: "测试牵头单位",
    links: [
      { segment: "UPSTREAM" as const, name: "核心零部件" },
      { segment: "MIDSTREAM" as const, name: "整机制造" },
    ],
    ...extra,
  });
  const enterpriseNamed = (name: string) => p.prisma.enterprise.findFirstOrThrow({ where: { name } });

  describe("town admin A against town B", () => {
    it("sees only their own town's clusters and members", async () => {
      const mine = await shiling.industrialClusters.list({});
      expect(mine.data.map((c) => c.id)).toEqual([LEATHER]);
      expect(await codeOf(shiling.industrialClusters.get({ id: AUTO }))).toBe("NOT_FOUND");
      expect(await shiling.industrialClusters.getMany({ ids: [AUTO] })).toEqual([]);
      expect((await shiling.industrialClusterMembers.list({ filter: { clusterId: AUTO } })).total).toBe(0);
      const stats = await shiling.industrialClusters.stats();
      expect(stats.clusters.map((c) => c.id)).toEqual([LEATHER]);
    });

    it("cannot create, edit or delete across the town line, nor touch its members; nothing is written", async () => {
      const before = await p.prisma.industrialCluster.count();
      const audits = await p.prisma.auditLog.count();
      expect(await codeOf(shiling.industrialClusters.create(clusterInput(autoTownId)))).toBe("FORBIDDEN");
      expect(await p.prisma.industrialCluster.count()).toBe(before);
      expect(await p.prisma.auditLog.count()).toBe(audits);
      expect(await codeOf(shiling.industrialClusters.update({ id: AUTO, data: { leadUnit: "越界" } }))).toBe("NOT_FOUND");
      expect(await codeOf(shiling.industrialClusters.update({ id: LEATHER, data: { townId: autoTownId } }))).toBe("FORBIDDEN");
      expect(await codeOf(shiling.industrialClusters.delete({ id: LEATHER }))).toBe("FORBIDDEN");
      const e = await enterpriseNamed("广州花山智能制造有限公司");
      expect(await codeOf(shiling.industrialClusterMembers.create({ clusterId: AUTO, enterpriseId: e.id, linkKeys: [] }))).toBe(
        "FORBIDDEN",
      );
      const autoMember = await p.prisma.industrialClusterMember.findFirstOrThrow({ where: { clusterId: AUTO } });
      expect(await codeOf(shiling.industrialClusterMembers.update({ id: autoMember.id, data: { role: "LEADER" } }))).toBe("NOT_FOUND");
      expect(await codeOf(shiling.industrialClusterMembers.delete({ id: autoMember.id }))).toBe("NOT_FOUND");
      expect(await p.prisma.auditLog.count()).toBe(audits);
    });

    it("creates in their own town", async () => {
      const created = await shiling.industrialClusters.create(clusterInput(shilingTownId));
      expect(created).toMatchObject({ townName: "狮岭镇", memberCount: 0, gapCount: 2 });
      await district.industrialClusters.delete({ id: created.id });
    });
  });

  describe("node operator", () => {
    it("edits the cluster its node runs, but no admin-only field and no other cluster", async () => {
      expect((await operator.industrialClusters.list({})).data.map((c) => c.id)).toEqual([LEATHER]);
      const updated = await operator.industrialClusters.update({ id: LEATHER, data: { contactName: "集群秘书处" } });
      expect(updated.contactName).toBe("集群秘书处");
      expect(await codeOf(operator.industrialClusters.update({ id: LEATHER, data: { status: "CLOSED" } }))).toBe("FORBIDDEN");
      expect(await codeOf(operator.industrialClusters.update({ id: LEATHER, data: { chain: "AUTO" } }))).toBe("FORBIDDEN");
      expect((await p.prisma.industrialCluster.findUniqueOrThrow({ where: { id: LEATHER } })).status).toBe("ACTIVE");
      expect(await codeOf(operator.industrialClusters.update({ id: AUTO, data: { contactName: "x" } }))).toBe("NOT_FOUND");
      expect(await codeOf(operator.industrialClusters.create(clusterInput(shilingTownId)))).toBe("FORBIDDEN");
      expect(await codeOf(operator.industrialClusters.delete({ id: LEATHER }))).toBe("FORBIDDEN");
    });

    it("other staff and the public reach no admin procedure", async () => {
      for (const who of ["commissioner", "evaluator", "enterprise"]) {
        const caller = await p.as(who);
        expect(await codeOf(caller.industrialClusters.list({}))).toBe("FORBIDDEN");
        expect(await codeOf(caller.industrialClusterMembers.list({}))).toBe("FORBIDDEN");
      }
      expect(await codeOf(p.anonymous().industrialClusters.list({}))).toBe("UNAUTHENTICATED");
    });
  });

  describe("validation messages", () => {
    it("names the field and says what is wrong, in both languages", async () => {
      const dup = await refusalOf(
        district.industrialClusters.create(
          clusterInput(autoTownId, {
            links: [
              { segment: "UPSTREAM", name: "电机" },
              { segment: "MIDSTREAM", name: "电机" },
            ],
          }),
        ),
        "industrialClusters.create",
      );
      expect(dup.fields[0]).toEqual({
        path: "links.1.name",
        message: { zh: "产业链环节“电机”重复", en: 'The chain link "电机" appears twice' },
      });
      const lead = await refusalOf(
        district.industrialClusters.create(clusterInput(autoTownId, { leadUnit: "" })),
        "industrialClusters.create",
      );
      expect(lead.fields[0]).toMatchObject({ path: "leadUnit", message: { zh: "牵头单位至少 2 个字符" } });
      const segment = await refusalOf(
        district.industrialClusters.create(clusterInput(autoTownId, { links: [{ segment: "SIDESTREAM", name: "电机" }] })),
        "industrialClusters.create",
      );
      expect(segment.fields[0]).toMatchObject({ path: "links.0.segment", message: { zh: "链段不是允许的取值" } });
      const e = await enterpriseNamed("广州花山智能制造有限公司");
      const link = await refusalOf(
        district.industrialClusterMembers.create({ clusterId: AUTO, enterpriseId: e.id, linkKeys: ["leather-1"] }),
        "industrialClusterMembers.create",
      );
      expect(link.fields[0]).toEqual({
        path: "linkKeys.0",
        message: { zh: "所选产业链环节不属于该集群", en: "The chosen chain link is not a link of this cluster" },
      });
      const member = await p.prisma.industrialClusterMember.findFirstOrThrow({ where: { clusterId: AUTO } });
      expect(
        (
          await refusalOf(
            district.industrialClusterMembers.create({ clusterId: AUTO, enterpriseId: member.enterpriseId, linkKeys: [] }),
            "industrialClusterMembers.create",
          )
        ).code,
      ).toBe("CONFLICT");
    });
  });

  describe("chain coverage and targets on the seeded data", () => {
    it("shows the gaps of the chain, and a member covering a gap closes it", async () => {
      const leather = await district.industrialClusters.get({ id: LEATHER });
      expect(leather.memberCount).toBe(8);
      expect(leather.links.filter((l) => l.gap).map((l) => l.name)).toEqual(["检测认证"]);
      expect(leather.links.map((l) => l.segment)).toEqual([
        "UPSTREAM",
        "UPSTREAM",
        "UPSTREAM",
        "MIDSTREAM",
        "MIDSTREAM",
        "DOWNSTREAM",
        "DOWNSTREAM",
        "DOWNSTREAM",
      ]);
      const testing = leather.links.find((l) => l.name === "检测认证")!;
      const lab = await enterpriseNamed("广州市秀全检测技术有限公司");
      // an enterprise of another town joins through the district admin: the town admin of
      // 狮岭镇 may not link it (it would read that enterprise's tier and size: issue 11 point 8)
      expect(
        (
          await refusalOf(
            shiling.industrialClusterMembers.create({ clusterId: LEATHER, enterpriseId: lab.id, role: "MEMBER", linkKeys: [testing.key] }),
            "industrialClusterMembers.create",
          )
        ).fields[0],
      ).toMatchObject({ path: "enterpriseId", message: { zh: "不是本镇街的企业" } });
      const m = await district.industrialClusterMembers.create({
        clusterId: LEATHER,
        enterpriseId: lab.id,
        role: "MEMBER",
        linkKeys: [testing.key],
      });
      expect(m.linkNames).toEqual(["检测认证"]);
      const after = await district.industrialClusters.get({ id: LEATHER });
      expect(after.gapCount).toBe(0);
      // a link that is taken out of the chain leaves its members' coverage
      const links = after.links.filter((l) => l.key !== testing.key).map(({ key, segment, name }) => ({ key, segment, name }));
      await district.industrialClusters.update({ id: LEATHER, data: { links } });
      expect((await district.industrialClusterMembers.get({ id: m.id })).linkKeys).toEqual([]);
    });

    it("target progress: clusters counted by the start of their cultivation", async () => {
      const progress = await p.anonymous().targets.progress({ metricKey: "industrialClusters.count" });
      expect(progress.map((r) => [r.year, r.target])).toEqual([
        [2025, 1],
        [2026, 2],
        [2027, 3],
      ]);
      // 狮岭皮具 (2023), 汽车零部件 (2024), 花东珠宝 (2025) by 2025; 空港 (2026-04) after
      expect(progress[0].actual).toBe(3);
      expect(progress[1].actual).toBe(4);
      await district.industrialClusters.update({ id: "seed-industrial-cluster-jewellery", data: { status: "SUSPENDED" } });
      expect((await p.anonymous().targets.progress({ metricKey: "industrialClusters.count", year: 2025 }))[0].actual).toBe(2);
      await district.industrialClusters.update({ id: "seed-industrial-cluster-jewellery", data: { status: "ACTIVE" } });
      const stats = await district.industrialClusters.stats();
      expect(stats.progress.map((r) => r.target)).toEqual([1, 2, 3]);
      expect(stats.byChain.find((c) => c.key === "AUTO")?.count).toBe(1);
      expect(stats.clusters.find((c) => c.id === AUTO)?.gaps.map((g) => g.name)).toEqual(["轻量化材料", "汽车后市场"]);
    });

    it("the public sees active clusters only, with their members and chain", async () => {
      const anon = p.anonymous();
      const list = await anon.industrialClusters.publicList({});
      expect(list.total).toBe(4);
      const page = await anon.industrialClusters.publicGet({ id: AUTO });
      expect(page.members[0]).toMatchObject({ name: "广州市宏达汽车线束有限公司", role: "LEADER" });
      expect(page.gapCount).toBe(2);
    });
  });
});

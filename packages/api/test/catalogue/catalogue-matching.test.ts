import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { appErrorBody, type TSessionUser } from "@qifu/trpc-core";
import { createTestPlatform, type TCaller } from "../../src";

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e) => appErrorBody(e, "test"),
  );
const zhOf = (reasons: { zh: string }[]) => reasons.map((r) => r.zh);

/**
 * The matching kit's first use: catalogue products ↔ enterprises, both directions, with the
 * scope enforced on the server and tested from the refused side.
 * The demo enterprise (seed-enterprise-1) is 广州狮岭皮具制造有限公司: 狮岭镇, C19 制造业, 专精特新, founded 2008.
 */
describe(`catalogue matching on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let enterprise: TCaller;
  let operator: TCaller;
  let operatorB: TCaller; // another node of 狮岭镇
  let shiling: TCaller;
  let xinhua: TCaller;
  let district: TCaller;
  const ids = { fit: "mt-fit", far: "mt-far", startup: "mt-startup", wholesale: "mt-wholesale", open: "mt-open", draft: "mt-draft" };

  beforeAll(async () => {
    p = await createTestPlatform();
    const operatorUser = await p.userOf("operator");
    const shilingTownId = await p.townId("SHILING");
    const xinhuaTownId = await p.townId("XINHUA");
    const otherNode = await p.prisma.node.findFirstOrThrow({ where: { townId: shilingTownId, id: { not: operatorUser.nodeId! } } });
    const xinhuaNode = await p.prisma.node.findFirstOrThrow({ where: { townId: xinhuaTownId } });
    const base = {
      category: "TECH_SUPPORT",
      content: "匹配测试服务内容，用于验证推荐与匹配。",
      processSteps: ["提交需求", "办理"],
      standard: "匹配测试服务标准",
      timeLimitDays: 5,
      status: "PUBLISHED",
      publishedAt: new Date("2026-02-01T00:00:00Z"),
    };
    const product = (id: string, over: Record<string, unknown>) =>
      p.prisma.serviceProduct.create({
        data: {
          ...base,
          id,
          title: `匹配测试${id}`,
          nodeId: operatorUser.nodeId!,
          townId: shilingTownId,
          feeFree: true,
          channel: "BOTH",
          targetEnterprises: "制造业中小企业",
          ...over,
        } as never,
      });
    await product(ids.fit, {});
    await product(ids.far, {
      nodeId: xinhuaNode.id,
      townId: xinhuaTownId,
      channel: "OFFLINE",
      feeFree: false,
      feeAmountFen: 80000,
      feeUnit: "批次",
    });
    await product(ids.startup, { targetEnterprises: "成立3年以内的初创企业和创业团队" });
    await product(ids.wholesale, { targetEnterprises: "批发和零售企业" });
    await product(ids.open, {});
    await product(ids.draft, { status: "DRAFT", publishedAt: null });
    await p.prisma.serviceRequest.create({
      data: {
        id: "mt-request",
        enterpriseId: "seed-enterprise-1",
        productId: ids.open,
        nodeId: operatorUser.nodeId!,
        townId: shilingTownId,
        category: "TECH_SUPPORT",
        channel: "ONLINE",
        note: "匹配测试申请",
        status: "PENDING",
      },
    });
    [enterprise, operator, shiling, xinhua, district] = await Promise.all([
      p.as("enterprise"),
      p.as("operator"),
      p.as("shiling"),
      p.as("xinhua"),
      p.as("district"),
    ]);
    operatorB = p.asUser({ ...operatorUser, id: "mt-operator-b", username: "mt-operator-b", nodeId: otherNode.id });
  });
  afterAll(() => p.close());

  describe("catalogue.recommendForMe (为您推荐)", () => {
    it("ranks published products for the signed-in enterprise with reasons in both languages", async () => {
      const r = await enterprise.catalogue.recommendForMe({ limit: 50 });
      expect(r.considered).toBe(await p.prisma.serviceProduct.count({ where: { status: "PUBLISHED" } }));
      expect(r.data.length).toBeGreaterThan(5);
      expect(r.data.every((x) => x.product.status === "PUBLISHED")).toBe(true);
      for (let i = 1; i < r.data.length; i++) expect(r.data[i - 1].score).toBeGreaterThanOrEqual(r.data[i].score);
      const fit = r.data.find((x) => x.product.id === ids.fit)!;
      expect(zhOf(fit.reasons)).toEqual(
        expect.arrayContaining(["行业相符：制造业", "位于同一镇街：狮岭镇", "免费服务", "规模相符：小型企业"]),
      );
      expect(fit.reasons.every((x) => x.en.length > 0)).toBe(true);
      // the same service, in another town, offline only and paid, comes later with its caveats
      const farAt = r.data.findIndex((x) => x.product.id === ids.far);
      expect(farAt).toBeGreaterThan(r.data.indexOf(fit));
      expect(zhOf(r.data[farAt].concerns)).toEqual(["需到新华街道线下办理", "收费服务：800元/批次"]);
    });

    it("leaves out what a required criterion rules out, and says how many", async () => {
      const r = await enterprise.catalogue.recommendForMe({ limit: 50 });
      const shown = r.data.map((x) => x.product.id);
      for (const id of [ids.startup, ids.wholesale, ids.open, ids.draft]) expect(shown).not.toContain(id);
      expect(r.excluded).toBeGreaterThanOrEqual(3);
    });

    it("weighs what the enterprise has asked for: its ledger records' category", async () => {
      expect((await enterprise.catalogue.recommendForMe()).data.length).toBe(12);
      const served = await p.prisma.ledgerRecord.findFirstOrThrow({
        where: { enterpriseId: "seed-enterprise-1" },
        select: { category: true },
      });
      const full = await enterprise.catalogue.recommendForMe({ limit: 50 });
      const sameCategory = full.data.find((x) => x.product.category === served.category)!;
      expect(sameCategory.reasons.some((x) => x.zh.includes("接受过"))).toBe(true);
    });

    it("refuses a pending or unclaimed enterprise account with a clear message", async () => {
      const pending: TSessionUser = {
        id: "mt-pending",
        username: "mt-pending",
        displayName: "待审核企业",
        role: "ENTERPRISE",
        townId: null,
        nodeId: null,
        enterpriseId: null,
        departmentId: null,
      };
      const err = await failure(p.asUser(pending).catalogue.recommendForMe());
      expect(err?.code).toBe("FORBIDDEN");
      expect(err?.message.zh).toContain("企业认领");
      expect(err?.message.en).toContain("claim");
    });

    it("an enterprise cannot ask for another enterprise's recommendations, nor for a product's enterprises", async () => {
      const err = await failure(enterprise.catalogue.recommendForMe({ limit: 5, enterpriseId: "mx-other" } as never));
      expect(err?.code).toBe("VALIDATION");
      expect((await failure(enterprise.catalogue.matchingEnterprises({ productId: ids.fit })))?.code).toBe("FORBIDDEN");
      // staff and the public do not get an enterprise's recommendations
      for (const caller of [district, operator, p.anonymous()])
        expect((await failure(caller.catalogue.recommendForMe()))?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    });
  });

  describe("catalogue.matchingEnterprises (匹配企业)", () => {
    it("ranks the enterprises of the node's town for the node's own product, with reasons", async () => {
      const r = await operator.catalogue.matchingEnterprises({ productId: ids.fit });
      expect(r.scope.zh).toBe("本节点所在镇街的企业");
      expect(r.data.length).toBeGreaterThan(0);
      expect(r.data.length).toBeLessThanOrEqual(20);
      expect(r.data.every((x) => x.townName === "狮岭镇")).toBe(true);
      for (let i = 1; i < r.data.length; i++) expect(r.data[i - 1].score).toBeGreaterThanOrEqual(r.data[i].score);
      const demo = r.data.find((x) => x.enterpriseId === "seed-enterprise-1")!;
      expect(zhOf(demo.reasons)).toEqual(expect.arrayContaining(["行业相符：制造业", "位于同一镇街：狮岭镇"]));
      // a non-manufacturer of 狮岭镇 (the design studio, industry 7491) is ruled out by the audience "制造业中小企业"
      expect(r.data.map((x) => x.name)).not.toContain("花都区狮岭时尚皮具设计工作室");
      expect(r.excluded).toBeGreaterThan(0);
    });

    it("gives one pair one score whichever side asks (the same criteria in both directions)", async () => {
      const forward = (await enterprise.catalogue.recommendForMe({ limit: 50 })).data.find((x) => x.product.id === ids.fit)!;
      const reverse = (await operator.catalogue.matchingEnterprises({ productId: ids.fit, limit: 50 })).data.find(
        (x) => x.enterpriseId === "seed-enterprise-1",
      )!;
      expect(reverse.score).toBe(forward.score);
      expect(reverse.reasons).toEqual(forward.reasons);
    });

    it("rules out an enterprise with the product already in progress", async () => {
      const r = await operator.catalogue.matchingEnterprises({ productId: ids.open, limit: 50 });
      expect(r.data.map((x) => x.enterpriseId)).not.toContain("seed-enterprise-1");
    });

    it("a town admin sees its town's enterprises; the district sees every town", async () => {
      const town = await shiling.catalogue.matchingEnterprises({ productId: ids.fit, limit: 50 });
      expect(town.data.every((x) => x.townName === "狮岭镇")).toBe(true);
      const all = await district.catalogue.matchingEnterprises({ productId: ids.far, limit: 50 });
      expect(all.scope.zh).toBe("全区企业");
      expect(new Set(all.data.map((x) => x.townName)).size).toBeGreaterThan(1);
    });

    it("refuses another node's operator and another town's admin as not found, and writes nothing", async () => {
      const before = await p.prisma.auditLog.count();
      for (const caller of [operatorB, xinhua]) {
        const err = await failure(caller.catalogue.matchingEnterprises({ productId: ids.fit }));
        expect(err?.code).toBe("NOT_FOUND");
        expect(err?.message.zh).toBe("服务产品不存在或无权访问");
      }
      // the operator's own node's products only: a 新华 product is not the 狮岭 operator's
      expect((await failure(operator.catalogue.matchingEnterprises({ productId: ids.far })))?.code).toBe("NOT_FOUND");
      expect(await p.prisma.auditLog.count()).toBe(before);
    });
  });
});

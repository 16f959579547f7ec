import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { appErrorBody } from "@qifu/trpc-core";
import { codeOf, createTestPlatform, type TCaller } from "../../src";

const sample = (nodeId: string, over: Record<string, unknown> = {}) => ({
  nodeId,
  title: "皮具出口合规咨询服务",
  category: "INTERNATIONAL" as const,
  content: "为狮岭皮具企业提供欧盟REACH法规、美国CPSIA等出口合规要求解读和应对方案。",
  processSteps: ["提交需求", "合规诊断", "出具方案"],
  standard: "诊断报告逐项列明适用法规条款",
  feeFree: true,
  timeLimitDays: 5,
  channel: "ONLINE" as const,
  ...over,
});

/** The service catalogue: node scope from the refused side, the review workflow, Chinese search. */
describe(`service catalogue on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let operator: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let district: TCaller;
  let ownNodeId: string;
  let otherNodeId: string; // a node of 狮岭镇 that is not the operator's
  let xinhuaProductId: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    [operator, shiling, xinhua, district] = await Promise.all([p.as("operator"), p.as("shiling"), p.as("xinhua"), p.as("district")]);
    ownNodeId = (await p.userOf("operator")).nodeId!;
    otherNodeId = (await p.prisma.node.findFirstOrThrow({ where: { town: { code: "SHILING" }, id: { not: ownNodeId } } })).id;
    xinhuaProductId = (await p.prisma.serviceProduct.findFirstOrThrow({ where: { node: { town: { code: "XINHUA" } } } })).id;
  });
  afterAll(() => p.close());

  it("seeds about 80 products over the nodes, most of them published", async () => {
    expect(await p.prisma.serviceProduct.count()).toBe(80);
    expect(await p.prisma.serviceProduct.count({ where: { status: "PUBLISHED" } })).toBeGreaterThan(50);
    expect((await p.prisma.serviceProduct.groupBy({ by: ["nodeId"] })).length).toBeGreaterThan(30);
  });

  describe("node A's operator cannot touch node B's products", () => {
    it("lists only its own node, and cannot read, edit, submit, withdraw or delete another's", async () => {
      const mine = await operator.serviceProducts.list({ pagination: { page: 1, perPage: 200 } });
      expect(mine.total).toBeGreaterThan(0);
      expect(mine.data.every((x) => x.nodeId === ownNodeId)).toBe(true);
      const other = await p.prisma.serviceProduct.findFirstOrThrow({ where: { nodeId: otherNodeId } });
      expect(await codeOf(operator.serviceProducts.get({ id: other.id }))).toBe("NOT_FOUND");
      expect(await codeOf(operator.serviceProducts.update({ id: other.id, data: { title: "越权修改的产品" } }))).toBe("NOT_FOUND");
      expect(await codeOf(operator.catalogue.submit({ id: other.id }))).toBe("NOT_FOUND");
      expect(await codeOf(operator.catalogue.withdraw({ id: other.id }))).toBe("NOT_FOUND");
      expect(await codeOf(operator.serviceProducts.delete({ id: other.id }))).toBe("NOT_FOUND");
      expect((await p.prisma.serviceProduct.findUniqueOrThrow({ where: { id: other.id } })).title).toBe(other.title);
    });

    it("creates only for its own node, whatever node it names", async () => {
      const created = await operator.serviceProducts.create(sample(otherNodeId));
      expect(created).toMatchObject({ nodeId: ownNodeId, status: "DRAFT" });
      expect(await codeOf(operator.serviceProducts.update({ id: created.id, data: { nodeId: otherNodeId } }))).toBe("FORBIDDEN");
    });

    it("a town admin cannot reach another town's products; an enterprise none", async () => {
      expect(await codeOf(shiling.serviceProducts.get({ id: xinhuaProductId }))).toBe("NOT_FOUND");
      const xinhuaNode = await p.prisma.node.findFirstOrThrow({ where: { town: { code: "XINHUA" } } });
      expect(await codeOf(shiling.serviceProducts.create(sample(xinhuaNode.id)))).toBe("FORBIDDEN");
      expect(await codeOf((await p.as("enterprise")).serviceProducts.list({}))).toBe("FORBIDDEN");
    });
  });

  describe("review workflow", () => {
    it("draft → submitted → published by the node's town admin; not by the operator or another town", async () => {
      const draft = await operator.serviceProducts.create(sample(ownNodeId, { title: "狮岭箱包五金配件质量检测服务" }));
      // a draft is not public
      expect(await codeOf(p.anonymous().catalogue.product({ id: draft.id }))).toBe("NOT_FOUND");
      await operator.catalogue.submit({ id: draft.id });
      expect(await codeOf(operator.serviceProducts.update({ id: draft.id, data: { title: "审核中偷偷改标题" } }))).toBe("CONFLICT");
      expect(await codeOf(operator.catalogue.approve({ id: draft.id }))).toBe("FORBIDDEN");
      expect(await codeOf(xinhua.catalogue.approve({ id: draft.id }))).toBe("NOT_FOUND");
      expect((await p.prisma.serviceProduct.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("SUBMITTED");
      const published = await shiling.catalogue.approve({ id: draft.id, note: "五公开信息完整" });
      expect(published.status).toBe("PUBLISHED");
      expect(await codeOf(shiling.catalogue.approve({ id: draft.id }))).toBe("CONFLICT");
      expect((await p.anonymous().catalogue.product({ id: draft.id })).title).toBe("狮岭箱包五金配件质量检测服务");
      // withdrawn: gone from the public catalogue, editable again as a draft
      await operator.catalogue.withdraw({ id: draft.id });
      expect(await codeOf(p.anonymous().catalogue.product({ id: draft.id }))).toBe("NOT_FOUND");
      const edited = await operator.serviceProducts.update({ id: draft.id, data: { timeLimitDays: 3 } });
      expect(edited.status).toBe("DRAFT");
    });

    it("a rejection needs a reason and sends the product back to draft; the district reviews any town", async () => {
      const draft = await operator.serviceProducts.create(sample(ownNodeId, { title: "皮具品牌设计提升服务" }));
      await operator.catalogue.submit({ id: draft.id });
      expect(await codeOf(shiling.catalogue.reject({ id: draft.id, note: "" }))).toBe("BAD_REQUEST");
      const back = await shiling.catalogue.reject({ id: draft.id, note: "请补充收费标准" });
      expect(back).toMatchObject({ status: "DRAFT", reviewNote: "请补充收费标准" });
      await operator.catalogue.submit({ id: draft.id });
      expect((await district.catalogue.approve({ id: draft.id })).status).toBe("PUBLISHED");
    });

    it("a paid product needs its amount (in fen) and unit", async () => {
      let error: any;
      try {
        await operator.serviceProducts.create(sample(ownNodeId, { feeFree: false }));
      } catch (e) {
        error = e;
      }
      expect(appErrorBody(error, "serviceProducts.create").fields[0]).toMatchObject({
        path: "feeAmountFen",
        message: { zh: "收费服务须填写收费金额" },
      });
      const paid = await operator.serviceProducts.create(sample(ownNodeId, { feeFree: false, feeAmountFen: 150000, feeUnit: "次" }));
      expect(paid).toMatchObject({ feeAmountFen: 150000, feeUnit: "次" });
    });
  });

  describe("public catalogue search", () => {
    it("finds published products by Chinese words inside longer text, and never drafts", async () => {
      const anon = p.anonymous();
      // "出口合规" sits inside the content "…美国CPSIA等出口合规要求解读…": of drafts, and of the one
      // product the district published above
      const compliance = await anon.catalogue.search({ q: "出口合规", perPage: 60 });
      expect(compliance.data.map((x) => x.title)).toEqual(["皮具品牌设计提升服务"]);
      // "研发费用" is inside the content of the 高新技术企业认定辅导 products
      const found = await anon.catalogue.search({ q: "研发费用", perPage: 60 });
      expect(found.total).toBeGreaterThan(0);
      expect(found.data.every((x) => x.status === "PUBLISHED" && x.content.includes("研发费用"))).toBe(true);
      // a word from the title, two words at once, and filters together
      const inspection = await anon.catalogue.search({ q: "检测 报告", category: "TECH_SUPPORT" });
      expect(inspection.total).toBeGreaterThan(0);
      expect(inspection.data.every((x) => x.category === "TECH_SUPPORT")).toBe(true);
      const freeOnline = await anon.catalogue.search({ free: true, online: true, perPage: 60 });
      expect(freeOnline.data.every((x) => x.feeFree && x.channel !== "OFFLINE")).toBe(true);
      const shilingTown = await p.prisma.town.findUniqueOrThrow({ where: { code: "SHILING" } });
      const inTown = await anon.catalogue.search({ townId: shilingTown.id, perPage: 60 });
      expect(inTown.total).toBeGreaterThan(0);
      expect(inTown.data.every((x) => x.townName === "狮岭镇")).toBe(true);
      expect((await anon.catalogue.search({ q: "量子纠缠引力波" })).total).toBe(0);
      // the total is the count of every match, not of the page; a page past the end still carries it
      const all = await anon.catalogue.search({ perPage: 60 });
      expect(all.total).toBe(await p.prisma.serviceProduct.count({ where: { status: "PUBLISHED" } }));
      expect(all.more).toBe(false);
      const small = await anon.catalogue.search({ perPage: 1, page: 2 });
      expect(small.data).toHaveLength(all.total >= 2 ? 1 : 0);
      expect(small.data[0]?.id).toBe(all.data[1]?.id);
      const past = await anon.catalogue.search({ page: 1000 });
      expect(past).toEqual({ data: [], total: all.total, more: false });
    });
  });
});

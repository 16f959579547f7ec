import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

/** 专家库 (issue 13 pt 1): the district manages the pool, an evaluator sees only their own entry, the rest are refused. */
describe(`experts on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let evaluator: TCaller;
  let nodeId: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, evaluator] = await Promise.all([p.as("district"), p.as("evaluator")]);
    nodeId = (await p.userOf("operator")).nodeId!;
  });
  afterAll(() => p.close());

  it("the demo evaluator account is one of the experts and sees only that entry", async () => {
    const own = await evaluator.experts.list({ pagination: { page: 1, perPage: 50 } });
    expect(own.data).toHaveLength(1);
    expect(own.data[0]).toMatchObject({ name: "陈敏", username: "evaluator" });
    const all = await district.experts.list({ pagination: { page: 1, perPage: 50 } });
    expect(all.total).toBeGreaterThanOrEqual(3);
    const other = all.data.find((e) => e.username !== "evaluator")!;
    expect(await codeOf(evaluator.experts.get({ id: other.id }))).toBe("NOT_FOUND");
    expect(await codeOf(evaluator.experts.update({ id: own.data[0]!.id, data: { phone: "020-1234567" } }))).toBe("FORBIDDEN");
  });

  it("the district registers an expert with contact, availability and node links; others are refused", async () => {
    const created = await district.experts.create({
      name: "王测试",
      field: "知识产权",
      title: "专利代理师",
      employer: "测试知识产权事务所",
      phone: "13800000000",
      email: "wang@example.com",
      availability: "LIMITED",
      nodeLinks: [{ nodeId, relation: "CONSULTANT" }],
    });
    expect(created).toMatchObject({ availability: "LIMITED", nodeLinks: [{ nodeId, relation: "CONSULTANT" }] });
    expect(created.nodeLinks[0]!.nodeName.length).toBeGreaterThan(0);
    const moved = await district.experts.update({ id: created.id, data: { nodeLinks: [] } });
    expect(moved.nodeLinks).toEqual([]);
    for (const who of ["shiling", "operator", "enterprise", "commissioner"] as const) {
      const caller = await p.as(who);
      expect(await codeOf(caller.experts.list({}))).toBe("FORBIDDEN");
      expect(await codeOf(caller.experts.create({ name: "越权专家", field: "测试" }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(p.anonymous().experts.list({}))).not.toBe("OK");
  });

  it("bad input names the field in both languages and writes nothing", async () => {
    const before = await p.prisma.expert.count();
    const empty = await refusalOf(district.experts.create({ name: "", field: "测试" }), "experts.create");
    expect(empty.code).toBe("VALIDATION");
    expect(empty.fields.map((f) => f.path)).toContain("name");
    const badNode = await refusalOf(
      district.experts.create({ name: "赵测试", field: "测试", nodeLinks: [{ nodeId: "no-such-node" }] }),
      "experts.create",
    );
    expect(badNode.fields).toContainEqual({ path: "nodeLinks", message: { zh: "关联节点不存在", en: "A linked node does not exist" } });
    const notEvaluator = await refusalOf(
      district.experts.create({ name: "赵测试", field: "测试", userId: (await p.userOf("enterprise")).id }),
      "experts.create",
    );
    expect(notEvaluator.fields[0]!.path).toBe("userId");
    expect(await p.prisma.expert.count()).toBe(before);
  });

  it("the pool exports to Excel for the district only", async () => {
    const file = await district.experts.export({});
    expect(file.rows).toBe((await district.experts.list({ pagination: { page: 1, perPage: 200 } })).total);
    expect(await codeOf(evaluator.experts.export({}))).toBe("FORBIDDEN");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { appErrorBody } from "@qifu/trpc-core";
import { createTestPlatform, type TCaller } from "../../src";

/** Bad input: a clear bilingual message naming the field, and nothing written. */
describe(`network validation on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  beforeAll(async () => {
    p = await createTestPlatform();
    district = await p.as("district");
  });
  afterAll(() => p.close());

  /** Counts rows, makes the call, and checks it was refused with nothing written. */
  async function refusal(call: () => Promise<unknown>) {
    const nodes = await p.prisma.node.count();
    const audits = await p.prisma.auditLog.count();
    let error: any;
    try {
      await call();
    } catch (e) {
      error = e;
    }
    expect(error, "the call should have been refused").toBeDefined();
    expect(await p.prisma.node.count()).toBe(nodes);
    expect(await p.prisma.auditLog.count()).toBe(audits);
    return error;
  }
  // The callers see the error the HTTP layer would format: a ZodError for input, an AppError otherwise.
  const bodyOf = (e: any, path: string) => appErrorBody(e, path);

  it("missing name", async () => {
    const body = bodyOf(await refusal(() => district.nodes.create({ kind: "OTHER" } as any)), "nodes.create");
    expect(body.code).toBe("VALIDATION");
    expect(body.fields).toContainEqual({ path: "name", message: { zh: "名称不能为空", en: "Name is required" } });
  });

  it("over-long name and address", async () => {
    const body = bodyOf(
      await refusal(() => district.nodes.create({ name: "长".repeat(101), kind: "OTHER", address: "址".repeat(201) })),
      "nodes.create",
    );
    expect(body.fields.map((f) => f.message.zh)).toEqual(["名称不能超过 100 个字符", "地址不能超过 200 个字符"]);
    expect(body.fields[0].message.en).toBe("Name must have at most 100 characters");
  });

  it("wrong types and unknown enum values", async () => {
    const body = bodyOf(
      await refusal(() =>
        district.nodes.create({ name: "类型错误节点", kind: "SPACESHIP", staffCount: "many", serviceCategories: ["BAKING"] } as any),
      ),
      "nodes.create",
    );
    const paths = body.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["kind", "staffCount", "serviceCategories.0"]));
    expect(body.fields.find((f) => f.path === "kind")!.message.zh).toBe("节点类型不是允许的取值");
    expect(body.fields.find((f) => f.path === "staffCount")!.message.en).toContain("Staff count must be a number");
  });

  it("a parent that would make a cycle", async () => {
    const centre = await p.prisma.node.findFirstOrThrow({ where: { kind: "DISTRICT_CENTRE" } });
    const unit = await p.prisma.node.findFirstOrThrow({ where: { kind: "TOWN_UNIT", parentId: centre.id } });
    const station = await p.prisma.node.findFirstOrThrow({ where: { parentId: unit.id } });
    const body = bodyOf(await refusal(() => district.nodes.update({ id: centre.id, data: { parentId: station.id } })), "nodes.update");
    expect(body).toMatchObject({ code: "VALIDATION", fields: [{ path: "parentId" }] });
    expect(body.message.zh).toContain("循环");
    expect(body.message.en).toContain("cycle");
    expect((await p.prisma.node.findUniqueOrThrow({ where: { id: centre.id } })).parentId).toBeNull();
  });

  it("a parent or town that does not exist", async () => {
    const body = bodyOf(
      await refusal(() => district.nodes.create({ name: "孤儿节点", kind: "OTHER", parentId: "no-such-node" })),
      "nodes.create",
    );
    expect(body.fields[0]).toMatchObject({ path: "parentId", message: { zh: "上级节点不存在" } });
    const body2 = bodyOf(
      await refusal(() => district.nodes.create({ name: "无镇节点", kind: "OTHER", townId: "no-such-town" })),
      "nodes.create",
    );
    expect(body2.fields[0].path).toBe("townId");
  });

  it("a duplicate town code is a conflict, not a crash", async () => {
    const body = bodyOf(await refusal(() => district.towns.create({ code: "SHILING", name: "重复镇", kind: "TOWN" })), "towns.create");
    expect(body.code).toBe("CONFLICT");
    expect(body.message.zh).toContain("已存在");
  });
});

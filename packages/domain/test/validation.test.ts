import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkPasswordRules, labelled, parseOrThrow, text, AppError, searchTextFor, tsQueryFor, wouldCreateCycle, buildTree } from "../src";

const ZForm = z.strictObject({
  name: text("名称", "Name", { min: 2, max: 10 }),
  staff: labelled(z.number().int().min(0), "人数", "Staff"),
  kind: labelled(z.enum(["A", "B"]), "类型", "Kind"),
});

function errorOf(input: unknown): AppError {
  try {
    parseOrThrow(ZForm, input);
  } catch (e) {
    return e as AppError;
  }
  throw new Error("expected a validation error");
}

describe("bilingual validation messages", () => {
  it("names the field in both languages", () => {
    const err = errorOf({ name: "x".repeat(11), staff: 1, kind: "A" });
    expect(err.code).toBe("VALIDATION");
    expect(err.fields[0]).toEqual({ path: "name", message: { zh: "名称不能超过 10 个字符", en: "Name must have at most 10 characters" } });
  });
  it("reports missing fields as required, wrong types and unknown enum values", () => {
    const err = errorOf({ staff: "many", kind: "C" });
    const byPath = Object.fromEntries(err.fields.map((f) => [f.path, f.message]));
    expect(byPath.name.zh).toBe("名称不能为空");
    expect(byPath.staff.zh).toContain("人数类型不正确");
    expect(byPath.kind.en).toBe("Kind must be one of: A, B");
  });
  it("refuses control characters and unknown keys", () => {
    expect(errorOf({ name: "ab\u0007c", staff: 1, kind: "A" }).fields[0].path).toBe("name");
    expect(errorOf({ name: "abc", staff: 1, kind: "A", extra: 1 }).messages.zh).toContain("未知字段");
  });
});

describe("password rules", () => {
  it("needs 10+ characters with letters and digits", () => {
    expect(checkPasswordRules("short1")).not.toBeNull();
    expect(checkPasswordRules("onlyletterslong")).not.toBeNull();
    expect(checkPasswordRules("1234567890")).not.toBeNull();
    expect(checkPasswordRules("Qifu2026demo")).toBeNull();
  });
});

describe("Chinese search text", () => {
  it("indexes bigrams so a word inside a longer run is found", () => {
    const indexed = searchTextFor("狮岭皮革皮具产业集群公共服务平台").split(" ");
    for (const term of tsQueryFor("皮具")!.split(" & ")) expect(indexed).toContain(term);
    for (const term of tsQueryFor("公共服务")!.split(" & ")) expect(indexed).toContain(term);
  });
  it("drops tsquery syntax from user input", () => {
    expect(tsQueryFor("'; DROP TABLE node; --")).toBe("drop:* & table:* & node:*");
    expect(tsQueryFor("&|!():*")).toBeNull();
  });
});

describe("trees as data", () => {
  const parents: Record<string, string | null> = { hub: null, city: "hub", county: "city" };
  it("detects a cycle through any depth", () => {
    expect(wouldCreateCycle("hub", "county", (id) => parents[id])).toBe(true);
    expect(wouldCreateCycle("hub", "hub", (id) => parents[id])).toBe(true);
    expect(wouldCreateCycle("county", "hub", (id) => parents[id])).toBe(false);
  });
  it("builds a forest with depths", () => {
    const [root] = buildTree(Object.entries(parents).map(([id, parentId]) => ({ id, parentId })));
    expect(root.id).toBe("hub");
    expect(root.children[0].children[0]).toMatchObject({ id: "county", depth: 2 });
  });
});

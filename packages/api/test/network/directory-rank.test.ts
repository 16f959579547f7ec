import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recognitionRank } from "@qifu/domain";
import { testDatabaseKind } from "@qifu/db/testing";
import { createTestPlatform } from "../../src";

/** Issue 10 point 9: the public directory lists recognition by rank (国家级 > 省级 > 市级 > 区级 > 无), across pages. */
describe(`node directory sorted by recognition rank on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  beforeAll(async () => {
    p = await createTestPlatform();
  }, 300_000);
  afterAll(() => p.close());

  it("orders every page by rank, then name, and pages do not overlap", async () => {
    const anon = p.anonymous();
    const first = await anon.network.directory({ perPage: 20, page: 1 });
    const second = await anon.network.directory({ perPage: 20, page: 2 });
    const all = [...first.data, ...second.data];
    expect(first.total).toBeGreaterThan(20);
    const ranks = all.map((n) => recognitionRank(n.recognitionLevel));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(all[0].recognitionLevel).toBe("NATIONAL");
    expect(new Set(all.map((n) => n.id)).size).toBe(all.length);
    // alphabetically MUNICIPAL < NATIONAL < NONE < PROVINCIAL: a 省级 node must come before every 市级 one
    const firstMunicipal = all.findIndex((n) => n.recognitionLevel === "MUNICIPAL");
    const lastProvincial = all.map((n) => n.recognitionLevel).lastIndexOf("PROVINCIAL");
    expect(lastProvincial).toBeGreaterThanOrEqual(0);
    expect(lastProvincial).toBeLessThan(firstMunicipal);
    // a filter keeps the order
    const shiling = await anon.network.directory({ townId: await p.townId("SHILING"), perPage: 60 });
    const r = shiling.data.map((n) => recognitionRank(n.recognitionLevel));
    expect(r).toEqual([...r].sort((a, b) => a - b));
    expect(shiling.total).toBe(shiling.data.length);
  });
});

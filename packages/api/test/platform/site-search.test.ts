import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categoriesForQuery } from "@qifu/domain";
import { testDatabaseKind } from "@qifu/db/testing";
import { createTestPlatform, type TCaller } from "../../src";

/** The site search (issue 10 point 10): services and nodes together, category synonyms, the empty result. */
describe(`site search on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let anonymous: TCaller;

  beforeAll(async () => {
    p = await createTestPlatform();
    anonymous = p.anonymous();
  });
  afterAll(() => p.close());

  it("reads category names and their synonyms from data", () => {
    expect(categoriesForQuery("法律")).toContain("LEGAL");
    expect(categoriesForQuery("律师")).toEqual(expect.arrayContaining(["LEGAL"]));
    expect(categoriesForQuery("培训")).toContain("TALENT");
    expect(categoriesForQuery("培训")).not.toContain("MARKET_EXPANSION");
    expect(categoriesForQuery("法")).toEqual([]); // one character matches whole terms only
    expect(categoriesForQuery("   ")).toEqual([]);
  });

  it("the demo catalogue publishes services in the categories the search is shown with", async () => {
    for (const category of ["LEGAL", "TALENT", "MARKET_EXPANSION"])
      expect(await p.prisma.serviceProduct.count({ where: { status: "PUBLISHED", category } }), category).toBeGreaterThan(0);
  });

  it('"法律" finds the 法律咨询 category\'s services first and the law-related nodes', async () => {
    const r = await anonymous.site.search({ q: "法律" });
    expect(r.categories).toContain("LEGAL");
    const legal = await p.prisma.serviceProduct.count({ where: { status: "PUBLISHED", category: "LEGAL" } });
    expect(r.services.total).toBeGreaterThanOrEqual(legal);
    // every published legal product is in, and they lead the list (category and text both match)
    const firstLegal = r.services.data.slice(0, Math.min(legal, r.services.data.length));
    expect(firstLegal.every((s) => s.category === "LEGAL")).toBe(true);
    expect(r.services.data.every((s) => s.status === "PUBLISHED")).toBe(true);
    // nodes: the lawyers' association's station by its name, and nodes serving the category
    const names = r.nodes.data.map((n) => n.name);
    expect(names).toContain("花都区律师协会中小企业法律服务站");
    expect(
      r.nodes.data.every(
        (n) => n.serviceCategories.some((c) => r.categories.includes(c as never)) || /法律/.test(n.name + (n.description ?? "")),
      ),
    ).toBe(true);
    expect(r.nodes.data.every((n) => n.status === "ACTIVE")).toBe(true);
    expect(r.stations).toEqual([]);
  });

  it('"培训" ranks the 人才 category\'s training above the trade-fair service that mentions 参展培训', async () => {
    const r = await anonymous.site.search({ q: "培训" });
    const titles = r.services.data.map((s) => s.title);
    const talent = titles.findIndex((t) => t.startsWith("企业招聘与技能人才培训"));
    const fair = titles.findIndex((t) => t.startsWith("展会参展与市场开拓服务"));
    expect(talent).toBeGreaterThanOrEqual(0);
    expect(fair).toBeGreaterThan(talent);
    expect(r.services.data.slice(0, fair).every((s) => s.category === "TALENT")).toBe(true);
  });

  it("a draft or withdrawn product is never found, however well it matches", async () => {
    const draft = await p.prisma.serviceProduct.findFirstOrThrow({ where: { status: { not: "PUBLISHED" } } });
    const r = await anonymous.site.search({ q: draft.title });
    expect(r.services.data.map((s) => s.id)).not.toContain(draft.id);
  });

  it("an empty result offers the service stations, the visitor's town first", async () => {
    const none = await anonymous.site.search({ q: "量子引力波望远镜" });
    expect(none.services.total + none.nodes.total).toBe(0);
    expect(none.stations.length).toBeGreaterThan(0);
    expect(none.stations.every((n) => n.kind === "SERVICE_STATION")).toBe(true);
    // the demo enterprise is in 狮岭镇: its station comes first
    const shiling = await p.townId("SHILING");
    const mine = await (await p.as("enterprise")).site.search({ q: "量子引力波望远镜" });
    expect(mine.stations[0].townId).toBe(shiling);
    const xinhua = await p.townId("XINHUA");
    const asked = await anonymous.site.search({ q: "量子引力波望远镜", townId: xinhua });
    expect(asked.stations[0].townId).toBe(xinhua);
  });
});

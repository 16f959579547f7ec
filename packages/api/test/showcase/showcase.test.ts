import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { shanghaiYear } from "@qifu/domain";
import { getMetric, makeContext, readFileFor, saveUpload } from "@qifu/trpc-core";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

/** A picture as the upload check sees one (the PNG signature) and a PDF, which is not a picture. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

const STORY = "镇企业服务中心连续三年走访重点企业，帮助企业解决用工、融资和出口问题，企业满意度保持在百分之九十五以上。";

/** 典型风采 (issue 16 point 3): proposals by towns, the district's review, public pages and pictures, figures. */
describe(`showcase on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let operator: TCaller;
  let enterprise: TCaller;
  let anonymous: TCaller;
  let shilingTownId: string;
  let xinhuaTownId: string;
  let shilingNodeId: string; // the operator's node, in 狮岭镇
  let xinhuaNodeId: string;
  const year = shanghaiYear(new Date());
  const base = { kind: "INSTITUTION" as const, year, summary: "三年走访重点企业一千余家次，诉求办结率百分之百。", body: STORY };

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua, operator, enterprise] = await Promise.all(
      ["district", "shiling", "xinhua", "operator", "enterprise"].map((u) => p.as(u)),
    );
    anonymous = p.anonymous();
    shilingTownId = await p.townId("SHILING");
    xinhuaTownId = await p.townId("XINHUA");
    shilingNodeId = (await p.userOf("operator")).nodeId!;
    xinhuaNodeId = (await p.prisma.node.findFirstOrThrow({ where: { townId: xinhuaTownId, status: "ACTIVE" }, select: { id: true } })).id;
  });
  afterAll(() => p.close());

  it("a town admin proposes only its own town's entries; others are refused and nothing is written", async () => {
    const before = await p.prisma.showcaseEntry.count();
    const own = await shiling.showcase.create({ ...base, title: "狮岭镇企业服务中心", nodeId: shilingNodeId });
    expect(own).toMatchObject({ status: "DRAFT", townId: shilingTownId, nodeName: expect.any(String) });
    // a node of another town, or another town named outright
    const foreignNode = await refusalOf(shiling.showcase.create({ ...base, title: "越权推荐节点", nodeId: xinhuaNodeId }), "nodeId");
    expect(foreignNode.fields[0].message.zh).toContain("只能推荐本镇街");
    expect(await codeOf(shiling.showcase.create({ ...base, kind: "CASE", title: "越权推荐镇街", townId: xinhuaTownId }))).toBe("FORBIDDEN");
    expect(await p.prisma.showcaseEntry.count()).toBe(before + 1);
    // the other town does not see it; roles outside the console's policy are refused
    expect(await codeOf(xinhua.showcase.get({ id: own.id }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.showcase.update({ id: own.id, data: { title: "越权修改标题" } }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.showcase.detail({ id: own.id }))).toBe("NOT_FOUND");
    expect((await xinhua.showcase.list({ pagination: { page: 1, perPage: 200 } })).data.every((e) => e.townId === xinhuaTownId)).toBe(true);
    for (const c of [operator, enterprise])
      expect(await codeOf(c.showcase.list({ pagination: { page: 1, perPage: 5 } }))).toBe("FORBIDDEN");
    expect(await codeOf(anonymous.showcase.create({ ...base, title: "匿名推荐" }))).toBe("UNAUTHENTICATED");
  });

  it("each kind needs its link, and every link must exist, be public and belong to the entry's node", async () => {
    expect((await refusalOf(district.showcase.create({ ...base, kind: "PRODUCT", title: "没有产品的产品" }), "productId")).code).toBe(
      "VALIDATION",
    );
    expect(await codeOf(district.showcase.create({ ...base, kind: "PERSON", title: "没有姓名的人物" }))).toBe("VALIDATION");
    const otherProduct = await p.prisma.serviceProduct.findFirstOrThrow({ where: { status: "PUBLISHED", nodeId: { not: shilingNodeId } } });
    expect(
      await codeOf(
        district.showcase.create({ ...base, kind: "PRODUCT", title: "别人的产品", nodeId: shilingNodeId, productId: otherProduct.id }),
      ),
    ).toBe("VALIDATION");
    const draftProduct = await p.prisma.serviceProduct.findFirst({ where: { status: { not: "PUBLISHED" } } });
    if (draftProduct)
      expect(await codeOf(district.showcase.create({ ...base, kind: "PRODUCT", title: "未发布的产品", productId: draftProduct.id }))).toBe(
        "VALIDATION",
      );
    const foreignRecord = await p.prisma.ledgerRecord.findFirstOrThrow({ where: { nodeId: { not: shilingNodeId } } });
    expect(
      await codeOf(
        district.showcase.create({
          ...base,
          kind: "CASE",
          title: "别人的服务记录",
          nodeId: shilingNodeId,
          ledgerRecordId: foreignRecord.id,
        }),
      ),
    ).toBe("VALIDATION");
    // an evaluation result links only once its round is published
    const subject = await openRound("OPEN");
    const refused = await refusalOf(
      district.showcase.create({ ...base, kind: "CASE", title: "未公布的评价", townId: shilingTownId, evaluationSubjectId: subject }),
      "evaluationSubjectId",
    );
    expect(refused.fields[0].message.zh).toContain("尚未公布");
  });

  it("the review: submit → return with the reason → resubmit → publish; the town cannot edit or review what is under review", async () => {
    const e = await shiling.showcase.create({
      ...base,
      kind: "PERSON",
      title: "皮具企业的贴心人",
      personName: "测试人物",
      personRole: "专员",
    });
    expect(await codeOf(shiling.showcase.review({ id: e.id, decision: "PUBLISH" }))).toBe("FORBIDDEN");
    expect((await shiling.showcase.submit({ id: e.id })).status).toBe("SUBMITTED");
    expect(await codeOf(shiling.showcase.update({ id: e.id, data: { title: "审核中修改标题" } }))).toBe("CONFLICT");
    expect(await codeOf(shiling.showcase.delete({ id: e.id }))).toBe("CONFLICT");
    // a return needs its reason
    expect(await codeOf(district.showcase.review({ id: e.id, decision: "RETURN" }))).toBe("VALIDATION");
    const returned = await district.showcase.review({ id: e.id, decision: "RETURN", note: "请补充人物事迹的具体数据" });
    expect(returned).toMatchObject({ status: "RETURNED", reviewNote: "请补充人物事迹的具体数据" });
    expect((await shiling.showcase.update({ id: e.id, data: { summary: "一年走访企业二百六十家次，受理诉求八十五件。" } })).status).toBe(
      "RETURNED",
    );
    await shiling.showcase.submit({ id: e.id });
    expect(await codeOf(district.showcase.review({ id: e.id, decision: "PUBLISH", note: "同意发布" }))).toBe("OK");
    expect(await codeOf(district.showcase.review({ id: e.id, decision: "PUBLISH" }))).toBe("CONFLICT");
    // the to-do count is the list behind it
    const todo = (await district.todo.counts()).find((t) => t.key === "showcase.toReview");
    const listed = await district.showcase.list({ pagination: { page: 1, perPage: 1 }, filter: { status: "SUBMITTED" } });
    expect(todo?.count ?? 0).toBe(listed.total);
  });

  it("the public sees published entries only, without review notes; a taken-down entry disappears", async () => {
    const e = await district.showcase.create({ ...base, kind: "CASE", title: "公开页面测试案例", nodeId: shilingNodeId });
    expect(await codeOf(anonymous.showcase.publicGet({ id: e.id }))).toBe("NOT_FOUND");
    await district.showcase.submit({ id: e.id });
    await district.showcase.review({ id: e.id, decision: "PUBLISH", note: "内部审核意见" });
    const page = await anonymous.showcase.publicGet({ id: e.id });
    expect(page).toMatchObject({ title: "公开页面测试案例", townName: "狮岭镇", links: { node: { id: shilingNodeId } } });
    expect(Object.keys(page)).not.toContain("reviewNote");
    expect(JSON.stringify(page)).not.toContain("内部审核意见");
    expect((await anonymous.showcase.latest({ limit: 1 }))[0]!.id).toBe(e.id);
    const found = await anonymous.showcase.publicList({ q: "公开页面测试", page: 1, perPage: 12 });
    expect(found.data.map((x) => x.id)).toEqual([e.id]);
    const all = await anonymous.showcase.publicList({ page: 1, perPage: 60 });
    expect(all.total).toBe(await p.prisma.showcaseEntry.count({ where: { status: "PUBLISHED" } }));
    // only the district takes it down, with a reason
    expect(await codeOf(shiling.showcase.withdraw({ id: e.id, note: "镇街撤下" }))).toBe("FORBIDDEN");
    await district.showcase.withdraw({ id: e.id, note: "信息需更新" });
    expect(await codeOf(anonymous.showcase.publicGet({ id: e.id }))).toBe("NOT_FOUND");
    expect((await anonymous.showcase.publicList({ q: "公开页面测试", page: 1, perPage: 12 })).total).toBe(0);
  });

  it("pictures: images only; the public reads them once the entry is published, another town never before", async () => {
    const shilingUser = await p.userOf("shiling");
    const pdf = await saveUpload(p.prisma, shilingUser, "材料.pdf", PDF);
    expect(await codeOf(shiling.showcase.create({ ...base, title: "带文档的风采", fileIds: [pdf.id] }))).toBe("VALIDATION");
    const pic = await saveUpload(p.prisma, shilingUser, "现场.png", PNG);
    const e = await shiling.showcase.create({ ...base, title: "带图片的风采", nodeId: shilingNodeId, fileIds: [pic.id] });
    const reads = async (who: string | null) =>
      (await readFileFor(makeContext(p.prisma, who ? await p.userOf(who) : null), pic.id)) !== null;
    expect(await reads(null)).toBe(false);
    expect(await reads("xinhua")).toBe(false);
    expect(await reads("district")).toBe(true);
    await shiling.showcase.submit({ id: e.id });
    await district.showcase.review({ id: e.id, decision: "PUBLISH" });
    expect(await reads(null)).toBe(true);
    expect(await reads("xinhua")).toBe(true);
    const shown = await anonymous.showcase.publicGet({ id: e.id });
    expect(shown.pictures).toEqual([{ id: pic.id, name: "现场.png", url: `/files/${pic.id}` }]);
    // the district removes it: detached, and no longer public
    await district.showcase.update({ id: e.id, data: { removeFileIds: [pic.id] } });
    expect((await anonymous.showcase.publicGet({ id: e.id })).pictures).toEqual([]);
    expect(await reads(null)).toBe(false);
  });

  it("links a published evaluation result and shows its stars and rank", async () => {
    const subject = await openRound("PUBLISHED");
    const e = await district.showcase.create({
      ...base,
      kind: "CASE",
      title: "评价优秀的镇街",
      townId: shilingTownId,
      evaluationSubjectId: subject,
    });
    const d = await district.showcase.detail({ id: e.id });
    expect(d.links.evaluation).toMatchObject({ subjectId: subject, stars: 4, rank: 2, roundName: "风采测试评价" });
  });

  it("figures: published this year by kind and town, within the caller's scope, equal to the metric", async () => {
    const span = { gte: new Date(Date.UTC(year - 1, 11, 31, 16)), lt: new Date(Date.UTC(year, 11, 31, 16)) };
    const all = await district.showcase.stats({ year });
    expect(all.scope.zh).toBe(`全区，${year}年发布`);
    expect(all.published).toBe(await p.prisma.showcaseEntry.count({ where: { publishedAt: span } }));
    expect(all.byKind.reduce((a, r) => a + r.count, 0)).toBe(all.published);
    expect(all.byTown.reduce((a, r) => a + r.count, 0)).toBe(all.published);
    expect(all.byYear.at(-1)).toEqual({ year, count: all.published });
    expect(all.pending).toBe(await p.prisma.showcaseEntry.count({ where: { status: "SUBMITTED" } }));
    const town = await shiling.showcase.stats({ year });
    expect(town.scope.zh).toBe(`狮岭镇范围，${year}年发布`);
    expect(town.byTown.map((r) => r.label.zh)).toEqual(["狮岭镇"]);
    expect(town.published).toBe(await p.prisma.showcaseEntry.count({ where: { publishedAt: span, townId: shilingTownId } }));
    const metric = getMetric("showcase.published")!;
    expect(await metric.compute(makeContext(p.prisma, null), { year, townId: null })).toBe(all.published);
    expect(await metric.compute(makeContext(p.prisma, null), { year, townId: shilingTownId })).toBe(town.published);
    // any staff role may read the district's figures (the board); the public may not
    expect((await operator.showcase.stats({ year })).published).toBe(all.published);
    expect(await codeOf(enterprise.showcase.stats({ year }))).toBe("FORBIDDEN");
  });

  /** A round of the seeded scheme for 狮岭镇 with one result (4 stars, 2nd), in the given status; its subject id. */
  async function openRound(status: "OPEN" | "PUBLISHED") {
    const scheme = await p.prisma.evaluationScheme.findFirstOrThrow({ select: { id: true, definition: true, starThresholds: true } });
    const id = `showcase-round-${status}`;
    await p.prisma.evaluationRound.create({
      data: {
        id,
        name: "风采测试评价",
        schemeId: scheme.id,
        schemeVersion: 1,
        definition: scheme.definition as object,
        starThresholds: scheme.starThresholds as object,
        periodKind: "YEAR",
        year: year - 1,
        status,
        publishedAt: status === "PUBLISHED" ? new Date() : null,
        subjects: {
          create: {
            id: `${id}-subject`,
            townId: shilingTownId,
            results: { create: { id: `${id}-result`, total: 86.5, rank: 2, stars: 4, contributions: [] } },
          },
        },
      },
    });
    return `${id}-subject`;
  }
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { codeOf, createTestPlatform, type TCaller } from "../../src";

type TCounts = Awaited<ReturnType<TCaller["todo"]["counts"]>>;
const countOf = (counts: TCounts, key: string) => counts.find((c) => c.key === key)?.count;

/**
 * Issue 10 point 14: the console's to-do counts, from the side of those who must not see
 * a row: a town admin's counts leave out another town's appeals and claims, a role sees only
 * the items it handles, and each count is the total of the list it opens for that caller.
 */
describe(`to-do counts are scoped to the caller on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let category: string;

  beforeAll(async () => {
    p = await createTestPlatform();
    const { prisma } = p;
    const xinhua = await p.townId("XINHUA");
    const hash = (await prisma.user.findUniqueOrThrow({ where: { username: "enterprise" } })).passwordHash;
    await prisma.enterprise.create({
      data: { id: "todo-ent-b", creditCode: "91440114TD00000B0", name: "广州新华待办测试有限公司", townId: xinhua },
    });
    await prisma.user.create({
      data: {
        id: "todo-user-b",
        username: "enterprise-b",
        displayName: "新华待办测试",
        role: "ENTERPRISE",
        passwordHash: hash,
        townId: xinhua,
        enterpriseId: "todo-ent-b",
      },
    });
    await prisma.user.create({
      data: {
        id: "todo-claimer",
        username: "claimer-x",
        displayName: "新华认领人",
        role: "ENTERPRISE",
        passwordHash: hash,
        townId: xinhua,
      },
    });
    await prisma.enterpriseClaim.create({
      data: { id: "todo-claim-x", userId: "todo-claimer", creditCode: "91440114TD00000C0", name: "新华待审核认领企业", townId: xinhua },
    });
    category = (await prisma.appealCategory.findFirstOrThrow({ where: { active: true } })).id;
  });
  afterAll(() => p?.close());

  const file = async (username: string, title: string) =>
    (await p.as(username)).appeals.create({ title, description: "待办计数测试：这件诉求应只计入承办镇街的待办。", categoryId: category });

  it("a town admin counts its own town's appeals and claims, never another town's", async () => {
    const shiling = await p.as("shiling");
    const xinhua = await p.as("xinhua");
    const before = { shiling: await shiling.todo.counts(), xinhua: await xinhua.todo.counts() };

    const mine = await file("enterprise", "狮岭企业的待办计数诉求");
    const theirs = await file("enterprise-b", "新华企业的待办计数诉求");
    expect(mine.unit.id).not.toBe(theirs.unit.id);

    const after = { shiling: await shiling.todo.counts(), xinhua: await xinhua.todo.counts() };
    // one new appeal each: each town sees its own, not the other's
    expect(countOf(after.shiling, "appeals.toAccept")).toBe(countOf(before.shiling, "appeals.toAccept")! + 1);
    expect(countOf(after.xinhua, "appeals.toAccept")).toBe(countOf(before.xinhua, "appeals.toAccept")! + 1);
    // the pending claim is in 新华: 狮岭 does not count it
    expect(countOf(after.xinhua, "enterprises.claimsToReview")).toBeGreaterThanOrEqual(1);
    const shilingClaims = await shiling.enterpriseClaims.list({ pagination: { page: 1, perPage: 100 }, filter: { status: "PENDING" } });
    expect(shilingClaims.data.map((c) => c.id)).not.toContain("todo-claim-x");
    expect(countOf(after.shiling, "enterprises.claimsToReview")).toBe(shilingClaims.total);
    // the district sees both
    const district = await (await p.as("district")).todo.counts();
    expect(countOf(district, "appeals.toAccept")).toBeGreaterThanOrEqual(
      countOf(after.shiling, "appeals.toAccept")! + countOf(after.xinhua, "appeals.toAccept")!,
    );
  });

  it("each count is the total of the list it opens, for that caller", async () => {
    for (const username of ["district", "shiling", "operator", "commissioner", "handler", "evaluator"]) {
      const caller = (await p.as(username)) as unknown as Record<string, Record<string, (i: unknown) => Promise<{ total: number }>>> &
        TCaller;
      for (const item of await caller.todo.counts()) {
        const { resource, filter } = item.link;
        const list = resource === "ledgerReturnVisits" ? caller.ledgerRecords!.returnVisits! : caller[resource]!.list!;
        const { total } = await list({ pagination: { page: 1, perPage: 1 }, ...(Object.keys(filter).length ? { filter } : {}) });
        expect(item.count, `${username}: ${item.key}`).toBe(total);
      }
    }
  });

  it("shows each role only what it handles", async () => {
    const keys = async (username: string) => (await (await p.as(username)).todo.counts()).map((c) => c.key);
    expect(await keys("evaluator")).toEqual(["evaluation.pendingScores"]);
    // the demo operator's node (狮岭皮革皮具平台) also offers a digital solution an enterprise has contacted,
    // and handles 狮岭镇皮革皮具产业扶持, to which the demo enterprise has a pending application
    expect(await keys("operator")).toEqual([
      "ledger.requestsToAccept",
      "monitoring.toFile",
      "digital.contactsToAnswer",
      "policies.applicationsToReview",
    ]);
    const commissioner = await keys("commissioner");
    expect(commissioner).toContain("appeals.toVisit");
    expect(commissioner).not.toContain("appeals.toAccept");
    expect(commissioner).not.toContain("catalogue.productsToReview");
    const handler = await keys("handler");
    expect(handler).toContain("appeals.toAccept");
    expect(handler).not.toContain("enterprises.claimsToReview");
    expect(await keys("shiling")).toEqual(
      expect.arrayContaining([
        "appeals.toAccept",
        "appeals.supervised",
        "ledger.requestsToAccept",
        "enterprises.claimsToReview",
        "catalogue.productsToReview",
      ]),
    );
  });

  it("refuses callers who are not staff", async () => {
    expect(await codeOf(p.anonymous().todo.counts())).toBe("UNAUTHENTICATED");
    expect(await codeOf((await p.as("enterprise")).todo.counts())).toBe("FORBIDDEN");
  });
});

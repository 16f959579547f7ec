import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { recordLedgerEntry, removeLedgerEntry, type TLedgerEntry } from "@qifu/trpc-core";
import { createTestPlatform } from "../../src";

/** The programmes' way into the ledger: one record per enterprise and origin, the rollup following. */
describe(`programme ledger entries on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let entry: TLedgerEntry;
  const timesOf = async (year: number) => {
    const rows = await p.prisma.$queryRaw<{ times: number }[]>`
      SELECT times FROM ledger_rollup WHERE year = ${year} AND month = 0 AND "townKey" = '*' AND "nodeId" = '*'`;
    return Number(rows[0]?.times ?? 0);
  };

  beforeAll(async () => {
    p = await createTestPlatform();
    const operator = await p.prisma.user.findUniqueOrThrow({ where: { username: "operator" } });
    entry = {
      source: "ACTIVITY",
      originId: "activity-under-test",
      enterpriseId: "seed-enterprise-1",
      nodeId: operator.nodeId!,
      category: "INFO_CONSULTING",
      channel: "OFFLINE",
      servedOn: "2025-03-12",
      staffName: "活动组织方",
      summary: "政策+ 宣讲会签到",
    };
  });
  afterAll(async () => p?.close());

  it("writes one record per enterprise and origin, however often and however concurrently it is called", async () => {
    const before = await timesOf(2025);
    const results = await Promise.all(Array.from({ length: 5 }, () => p.prisma.$transaction((tx) => recordLedgerEntry(tx, entry))));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const again = await recordLedgerEntry(p.prisma, entry);
    expect(again).toEqual({ id: results[0].id, created: false });
    const rows = await p.prisma.ledgerRecord.findMany({ where: { originId: entry.originId } });
    expect(rows).toHaveLength(1);
    const node = await p.prisma.node.findUniqueOrThrow({ where: { id: entry.nodeId } });
    expect(rows[0]).toMatchObject({ source: "ACTIVITY", townId: node.townId, category: "INFO_CONSULTING" });
    expect(await timesOf(2025)).toBe(before + 1);
    // another enterprise at the same activity is another enterprise-time
    await recordLedgerEntry(p.prisma, { ...entry, enterpriseId: "seed-enterprise-2" });
    expect(await timesOf(2025)).toBe(before + 2);
  });

  it("removes an unrated record and refuses an unknown node", async () => {
    expect(await removeLedgerEntry(p.prisma, { ...entry, enterpriseId: "seed-enterprise-2" })).toBe(true);
    expect(await p.prisma.ledgerRecord.count({ where: { originId: entry.originId } })).toBe(1);
    await expect(recordLedgerEntry(p.prisma, { ...entry, originId: "x", nodeId: "no-such-node" })).rejects.toThrow();
  });
});

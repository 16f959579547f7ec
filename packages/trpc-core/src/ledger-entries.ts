import { AppError, type TRecordSource, type TServiceCategory } from "@qifu/domain";
import { newId, type TDbTx } from "@qifu/db";

/** A service a programme delivered to one enterprise, as the ledger records it. */
export type TLedgerEntry = {
  /** the programme writing it (never REQUEST, DIRECT or IMPORT: those are the ledger's own) */
  source: Exclude<TRecordSource, "REQUEST" | "DIRECT" | "IMPORT">;
  /** what was served: the activity, the financing need, the diagnosis … */
  originId: string;
  enterpriseId: string;
  /** the node that delivered it; the record's town is the node's */
  nodeId: string;
  category: TServiceCategory;
  channel: "ONLINE" | "OFFLINE";
  /** YYYY-MM-DD, Asia/Shanghai */
  servedOn: string;
  staffName: string;
  summary: string;
  productId?: string | null;
  createdById?: string | null;
};

/**
 * Writes the ledger record of a programme's service: one record per (source, origin, enterprise),
 * however often it is called (a second check-in, a retried request), so enterprise-times add up.
 * The ledger's rollup follows by its trigger. Call it inside the transaction that records the
 * service itself, so that neither is written without the other. Returns the record's id and
 * whether this call wrote it.
 */
export async function recordLedgerEntry(db: TDbTx, entry: TLedgerEntry): Promise<{ id: string; created: boolean }> {
  const key = { source: entry.source, originId: entry.originId, enterpriseId: entry.enterpriseId };
  const existing = await db.ledgerRecord.findUnique({ where: { source_originId_enterpriseId: key }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const node = await db.node.findUnique({ where: { id: entry.nodeId }, select: { townId: true } });
  if (!node) throw AppError.validation("nodeId", { zh: "服务节点不存在", en: "The service node does not exist" });
  const id = newId();
  // ON CONFLICT: two concurrent calls for one enterprise and origin write one record between them
  const written = await db.$executeRaw`
    INSERT INTO ledger_record (id, "enterpriseId", "nodeId", "townId", "productId", category, channel, "servedOn", "staffName", summary, source, "originId", "createdById", "ratingReasons", "updatedAt")
    VALUES (${id}, ${entry.enterpriseId}, ${entry.nodeId}, ${node.townId}, ${entry.productId ?? null}, ${entry.category}, ${entry.channel},
            ${entry.servedOn}::date, ${entry.staffName}, ${entry.summary}, ${entry.source}, ${entry.originId}, ${entry.createdById ?? null}, '{}', now())
    ON CONFLICT (source, "originId", "enterpriseId") DO NOTHING`;
  if (written === 1) return { id, created: true };
  const winner = await db.ledgerRecord.findUniqueOrThrow({ where: { source_originId_enterpriseId: key }, select: { id: true } });
  return { id: winner.id, created: false };
}

/** Removes a programme's record (an attendance struck off by mistake); the rollup follows. */
export async function removeLedgerEntry(db: TDbTx, key: Pick<TLedgerEntry, "source" | "originId" | "enterpriseId">): Promise<boolean> {
  const { source, originId, enterpriseId } = key;
  const { count } = await db.ledgerRecord.deleteMany({ where: { source, originId, enterpriseId, ratedAt: null } });
  return count > 0;
}

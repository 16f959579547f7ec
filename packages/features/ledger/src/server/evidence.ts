import { attachFiles, listFiles, type TContext } from "@qifu/trpc-core";
import { ledgerScope } from "./ledger-service";

/** The owner kind of evidence files attached to ledger records (shared Files mechanism). */
export const EVIDENCE_KIND = "ledgerRecord";

// Whoever may read the record may download its evidence: its node, its town, the district, the served enterprise.
export const canReadEvidence = async (ctx: TContext, ownerId: string) =>
  !!(await ctx.prisma.ledgerRecord.findFirst({ where: { AND: [{ id: ownerId }, ledgerScope(ctx.user)] }, select: { id: true } }));

/** Attach the caller's uploaded evidence files to a record (inside the mutation; bad ids are a field error on `fileIds`). */
export async function attachEvidence(ctx: TContext, recordId: string, fileIds: string[] | undefined) {
  if (fileIds?.length) await attachFiles(ctx, { fileIds, ownerKind: EVIDENCE_KIND, ownerId: recordId, max: 5 });
}

/** The files of a ledger row as the DTOs carry them (the caller has already been allowed to read the row). */
export async function filesOut(ctx: TContext, ownerKind: string, ownerId: string) {
  return (await listFiles(ctx, ownerKind, ownerId)).map((f) => ({ ...f, createdAt: f.createdAt.toISOString() }));
}

/** The evidence files of a record. */
export const evidenceOf = (ctx: TContext, recordId: string) => filesOut(ctx, EVIDENCE_KIND, recordId);

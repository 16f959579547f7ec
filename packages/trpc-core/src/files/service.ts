import crypto from "node:crypto";
import { z } from "zod";
import { AppError, hasInvalidText, INVALID_TEXT_MESSAGE } from "@qifu/domain";
import { newId, type TDb } from "@qifu/db";
import type { TContext, TSessionUser } from "../context";
import { fileStorage } from "./storage";
import { checkUpload, cleanFileName, MAX_FILES_PER_RECORD, ORPHAN_HOURS, UPLOAD_QUOTA } from "./rules";

export const ZFileIds = z.array(z.string().min(1).max(64)).max(MAX_FILES_PER_RECORD);

export const ZStoredFile = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.date(),
  /** download address on the platform's own host */
  url: z.string(),
});
export type TStoredFile = z.infer<typeof ZStoredFile>;

/** Who may read the files of one kind of record: the owning feature answers for its rows. */
export type TCanRead = (ctx: TContext, ownerId: string) => Promise<boolean>;
const owners = new Map<string, { canRead: TCanRead; anonymous: boolean }>();

/** `anonymous`: the owner is asked for callers who are not signed in too (published pictures). */
export function registerFileOwner(kind: string, canRead: TCanRead, opts: { anonymous?: boolean } = {}) {
  owners.set(kind, { canRead, anonymous: opts.anonymous ?? false });
}

const toDto = (row: { id: string; name: string; mime: string; size: number; createdAt: Date }): TStoredFile => ({
  id: row.id,
  name: row.name,
  mime: row.mime,
  size: row.size,
  createdAt: row.createdAt,
  url: `/files/${row.id}`,
});

/**
 * Keep an upload: check its type and size, write the bytes, then the row. Bytes without a row
 * (a crash in between) are harmless garbage; a row never points at missing bytes.
 */
export async function saveUpload(prisma: TDb, user: TSessionUser, rawName: string, bytes: Buffer, now = new Date()): Promise<TStoredFile> {
  if (hasInvalidText(rawName)) throw AppError.validation("file", INVALID_TEXT_MESSAGE);
  const name = cleanFileName(rawName);
  const { mime } = checkUpload(name, bytes);
  await checkQuota(prisma, user, bytes.length, now);
  const storageKey = await fileStorage().put(bytes);
  const row = await prisma.storedFile.create({
    data: {
      id: newId(),
      name,
      mime,
      size: bytes.length,
      sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
      storageKey,
      uploadedById: user.id,
    },
  });
  return toDto(row);
}

/** The caller's uploads over the last day must stay within its quota (a 429, zh/en, past it). */
async function checkQuota(prisma: TDb, user: TSessionUser, size: number, now: Date) {
  const quota = user.role === "ENTERPRISE" && !user.enterpriseId ? UPLOAD_QUOTA.unverified : UPLOAD_QUOTA.verified;
  const used = await prisma.storedFile.aggregate({
    where: { uploadedById: user.id, createdAt: { gt: new Date(now.getTime() - 86_400_000) } },
    _sum: { size: true },
    _count: { _all: true },
  });
  if (used._count._all + 1 > quota.files || (used._sum.size ?? 0) + size > quota.bytes) {
    const mb = quota.bytes / 1024 / 1024;
    throw new AppError("TOO_MANY_REQUESTS", {
      zh: `上传已达每日限额（${quota.files} 个文件、${mb} MB）${quota === UPLOAD_QUOTA.unverified ? "；企业认领通过审核后限额提高" : ""}，请明天再试`,
      en: `Daily upload quota reached (${quota.files} files, ${mb} MB)${quota === UPLOAD_QUOTA.unverified ? "; it grows once your claim is verified" : ""}. Try again tomorrow`,
    });
  }
}

/** The orphan job: uploads never attached to a record within ORPHAN_HOURS lose their row and their bytes. */
export async function removeOrphanFiles(prisma: TDb, now = new Date()): Promise<number> {
  const rows = await prisma.storedFile.findMany({
    where: { ownerKind: null, createdAt: { lt: new Date(now.getTime() - ORPHAN_HOURS * 3_600_000) } },
    select: { id: true, storageKey: true },
    take: 1000,
  });
  if (!rows.length) return 0;
  // the row goes first (only if still unattached), then the bytes: a row never points at missing bytes
  const { count } = await prisma.storedFile.deleteMany({ where: { id: { in: rows.map((r) => r.id) }, ownerKind: null } });
  const left = new Set(
    (await prisma.storedFile.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true } })).map((r) => r.id),
  );
  for (const r of rows) if (!left.has(r.id)) await fileStorage().delete(r.storageKey);
  return count;
}

/**
 * Attach uploaded files to a record, inside the caller's mutation: each must have been
 * uploaded by the caller and not be attached to anything yet; at most `max` per record.
 */
export async function attachFiles(ctx: TContext, opts: { fileIds: string[]; ownerKind: string; ownerId: string; max?: number }) {
  const ids = [...new Set(opts.fileIds)];
  if (ids.length === 0) return;
  if (!ctx.user) throw AppError.unauthenticated();
  const max = opts.max ?? MAX_FILES_PER_RECORD;
  const already = await ctx.db.storedFile.count({ where: { ownerKind: opts.ownerKind, ownerId: opts.ownerId } });
  if (already + ids.length > max)
    throw AppError.validation("fileIds", { zh: `最多只能上传 ${max} 个附件`, en: `At most ${max} attachments` });
  const { count } = await ctx.db.storedFile.updateMany({
    where: { id: { in: ids }, uploadedById: ctx.user.id, ownerKind: null },
    data: { ownerKind: opts.ownerKind, ownerId: opts.ownerId, attachedAt: ctx.now() },
  });
  if (count !== ids.length)
    throw AppError.validation("fileIds", {
      zh: "附件不存在或已被使用，请重新上传",
      en: "An attachment is missing or already used; upload it again",
    });
}

/** Upload order; files uploaded in the same instant (one form, one clock tick) by name. */
const FILE_ORDER = [{ createdAt: "asc" as const }, { name: "asc" as const }];

/** The files attached to one record (the caller has already been allowed to read the record). */
export async function listFiles(ctx: TContext, ownerKind: string, ownerId: string): Promise<TStoredFile[]> {
  const rows = await ctx.db.storedFile.findMany({ where: { ownerKind, ownerId }, orderBy: FILE_ORDER });
  return rows.map(toDto);
}

/** The files of many records at once, by owner id (for lists and timelines). */
export async function listFilesOf(ctx: TContext, ownerKind: string, ownerIds: string[]): Promise<Map<string, TStoredFile[]>> {
  const rows = ownerIds.length
    ? await ctx.db.storedFile.findMany({ where: { ownerKind, ownerId: { in: ownerIds } }, orderBy: FILE_ORDER })
    : [];
  const out = new Map<string, TStoredFile[]>();
  for (const r of rows) out.set(r.ownerId!, [...(out.get(r.ownerId!) ?? []), toDto(r)]);
  return out;
}

/**
 * A file's bytes for a download, or null when the caller may not have it: the uploader may,
 * and so may whoever the owning feature says can read the record. Not found and not allowed
 * look the same, so ids cannot be probed.
 */
export async function readFileFor(
  ctx: TContext,
  id: string,
): Promise<{ name: string; mime: string; bytes: Buffer; public: boolean } | null> {
  if (id.length > 64) return null;
  const row = await ctx.prisma.storedFile.findUnique({ where: { id } });
  if (!row) return null;
  const owner = row.ownerKind && row.ownerId ? owners.get(row.ownerKind) : undefined;
  // a caller who is not signed in is asked about only for the kinds the public may read
  if (!ctx.user && !owner?.anonymous) return null;
  let allowed = !!ctx.user && row.uploadedById === ctx.user.id;
  if (!allowed && owner) allowed = await owner.canRead(ctx, row.ownerId!);
  if (!allowed) return null;
  return { name: row.name, mime: row.mime, bytes: await fileStorage().get(row.storageKey), public: !ctx.user };
}

import { AppError, dateOfDay, dayOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { attachFiles, defineExport, defineResource, NO_ROWS, type TContext, type TSessionUser } from "@qifu/trpc-core";
import { countsOn } from "../ladder";
import {
  CultivationLevel,
  RecognisingBody,
  ZRecognition,
  ZRecognitionCreate,
  ZRecognitionFilter,
  ZRecognitionUpdate,
  type TRecognition,
  type TRecognitionCreate,
  type TRecognitionUpdate,
} from "../schemas";
import { CERTIFICATE_FILES, enterpriseInScope, enterpriseRowScope } from "./access";
import { expiryWindow, recomputeTier, spanOf } from "./tier";

export const RECOGNITION_INCLUDE = {
  enterprise: { select: { name: true, town: { select: { name: true } } } },
} satisfies Prisma.CultivationRecognitionInclude;
type TRecognitionRow = Prisma.CultivationRecognitionGetPayload<{ include: typeof RECOGNITION_INCLUDE }>;

export function toRecognitionDto(r: TRecognitionRow, day: string): TRecognition {
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    townName: r.enterprise.town?.name ?? null,
    level: r.level as TRecognition["level"],
    body: r.body as TRecognition["body"],
    batch: r.batch,
    recognisedOn: dayOrNull(r.recognisedOn)!,
    validUntil: dayOrNull(r.validUntil),
    reexamineOn: dayOrNull(r.reexamineOn),
    roundId: r.roundId,
    revoked: r.revokedAt !== null,
    note: r.note,
    certificateFileId: r.certificateFileId,
    current: countsOn(spanOf(r), day),
  };
}

const districtOnly = (u: TSessionUser | null) => (u?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS);
const today = () => shanghaiDate(new Date());

function checkDates(recognisedOn: string, validUntil: string | null | undefined, reexamineOn: string | null | undefined) {
  if (validUntil && validUntil < recognisedOn)
    throw AppError.validation("validUntil", { zh: "有效期不能早于认定日期", en: "The validity cannot end before the recognition date" });
  if (reexamineOn && reexamineOn < recognisedOn)
    throw AppError.validation("reexamineOn", { zh: "复核日期不能早于认定日期", en: "The re-examination cannot precede the recognition" });
}

/** The row data of a recognition (a round's result writes through here too); the tier follows in the same transaction. */
export async function prepareRecognition(ctx: TContext, input: TRecognitionCreate, roundId: string | null = null) {
  await enterpriseInScope(ctx, input.enterpriseId);
  checkDates(input.recognisedOn, input.validUntil, input.reexamineOn);
  const id = newId();
  const data = {
    id,
    enterpriseId: input.enterpriseId,
    level: input.level,
    body: input.body,
    batch: input.batch,
    recognisedOn: dateOfDay(input.recognisedOn)!,
    validUntil: dateOfDay(input.validUntil ?? null) ?? null,
    reexamineOn: dateOfDay(input.reexamineOn ?? null) ?? null,
    note: input.note ?? null,
    roundId,
    revokedAt: null,
    certificateFileId: await attachCertificate(ctx, id, input.certificateFileIds),
  };
  await recomputeTier(ctx.db, input.enterpriseId, today(), { pending: data });
  return data;
}

/**
 * Attaches an uploaded certificate to a recognition (the uploader's own, not yet attached) and
 * returns its id; the previous one, if any, is detached and left to the orphan sweep.
 */
async function attachCertificate(ctx: TContext, recognitionId: string, fileIds: string[] | undefined, previous: string | null = null) {
  const [fileId] = fileIds ?? [];
  if (!fileId) return previous;
  if (previous)
    await ctx.db.storedFile.updateMany({
      where: { id: previous, ownerKind: CERTIFICATE_FILES, ownerId: recognitionId },
      data: { ownerKind: null, ownerId: null, attachedAt: null },
    });
  await attachFiles(ctx, { fileIds: [fileId], ownerKind: CERTIFICATE_FILES, ownerId: recognitionId, max: 1 });
  return fileId;
}

async function prepareRecognitionUpdate(ctx: TContext, existing: TRecognitionRow, input: TRecognitionUpdate) {
  const { revoked, certificateFileIds, ...rest } = input;
  const merged = {
    ...existing,
    validUntil: rest.validUntil !== undefined ? (dateOfDay(rest.validUntil) ?? null) : existing.validUntil,
    reexamineOn: rest.reexamineOn !== undefined ? (dateOfDay(rest.reexamineOn) ?? null) : existing.reexamineOn,
    revokedAt: revoked === undefined ? existing.revokedAt : revoked ? (existing.revokedAt ?? new Date()) : null,
  };
  checkDates(dayOrNull(existing.recognisedOn)!, dayOrNull(merged.validUntil), dayOrNull(merged.reexamineOn));
  await recomputeTier(ctx.db, existing.enterpriseId, today(), { pending: merged });
  return {
    ...rest,
    validUntil: merged.validUntil,
    reexamineOn: merged.reexamineOn,
    revokedAt: merged.revokedAt,
    certificateFileId: await attachCertificate(ctx, existing.id, certificateFileIds, existing.certificateFileId),
    // a changed validity is worth a new expiry notice
    ...(rest.validUntil !== undefined ? { expiryNotifiedAt: null } : {}),
  };
}

/** 认定记录: the history the tier is derived from. The district records and corrects; towns and enterprises read theirs. */
export const recognitionsResource = defineResource({
  name: "cultivationRecognitions",
  label: { zh: "认定记录", en: "Recognition" },
  model: (db) => db.cultivationRecognition,
  include: RECOGNITION_INCLUDE,
  schemas: { create: ZRecognitionCreate, update: ZRecognitionUpdate, filter: ZRecognitionFilter, dto: ZRecognition },
  sortable: ["recognisedOn", "validUntil", "level"],
  defaultSort: { field: "recognisedOn", order: "DESC" },
  policy: {
    read: ["DISTRICT_ADMIN", "TOWN_ADMIN", "ENTERPRISE"],
    create: ["DISTRICT_ADMIN"],
    update: ["DISTRICT_ADMIN"],
    delete: ["DISTRICT_ADMIN"],
  },
  scope: { read: enterpriseRowScope, write: districtOnly },
  filterToWhere: (f) => {
    const { from, to } = expiryWindow(today());
    return {
      ...(f.enterpriseId ? { enterpriseId: f.enterpriseId } : {}),
      ...(f.level ? { level: f.level } : {}),
      ...(f.townId ? { enterprise: { townId: f.townId } } : {}),
      ...(f.expiring ? { revokedAt: null, validUntil: { gte: from, lte: to } } : {}),
    };
  },
  toDto: (r: TRecognitionRow) => toRecognitionDto(r, today()),
  prepareCreate: (ctx, input) => prepareRecognition(ctx, input),
  prepareUpdate: prepareRecognitionUpdate,
  // a recognition entered by mistake is deleted; the tier follows without it
  beforeDelete: async (ctx, existing: TRecognitionRow) => {
    await recomputeTier(ctx.db, existing.enterpriseId, today(), { dropped: existing.id });
  },
});

/** 认定记录 as an Excel file: the list as filtered on screen, in the caller's scope. */
export const recognitionsExport = defineExport<TRecognition>(recognitionsResource, {
  policy: ["DISTRICT_ADMIN", "TOWN_ADMIN"],
  columns: [
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "层级", en: "Level" }, width: 20, value: (r, lang) => CultivationLevel.label(r.level, lang) },
    { header: { zh: "认定机关", en: "Recognised by" }, value: (r, lang) => RecognisingBody.label(r.body, lang) },
    { header: { zh: "批次", en: "Batch" }, width: 20, value: (r) => r.batch },
    { header: { zh: "认定日期", en: "Recognised on" }, value: (r) => r.recognisedOn },
    { header: { zh: "有效期至", en: "Valid until" }, value: (r) => r.validUntil },
    { header: { zh: "复核日期", en: "Re-examination" }, value: (r) => r.reexamineOn },
    {
      header: { zh: "有效", en: "Current" },
      value: (r, lang) => (r.current ? (lang === "zh" ? "是" : "yes") : lang === "zh" ? "否" : "no"),
    },
    { header: { zh: "已撤销", en: "Revoked" }, value: (r, lang) => (r.revoked ? (lang === "zh" ? "是" : "yes") : "") },
  ],
});

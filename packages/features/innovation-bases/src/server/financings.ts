// The financing a resident raised while in a base.
import { isoOrNull, dayOrNull, dateOfDay } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineResource, type TContext } from "@qifu/trpc-core";
import {
  ZFinancing,
  ZFinancingCreate,
  ZFinancingFilter,
  ZFinancingUpdate,
  type TFinancing,
  type TFinancingCreate,
  type TFinancingUpdate,
} from "../schemas";
import { FINANCING_LABEL, throughBase, innovationBaseScope, INNOVATION_BASE_EDITORS } from "./resources";
import { problem, outOfScope } from "./residents";

// ---- financings -------------------------------------------------------------------------------

export const FINANCING_INCLUDE = {
  base: { select: { name: true } },
  resident: { select: { enterpriseId: true, enterprise: { select: { name: true } } } },
} as const;

/** A financing as read by its resource (`FINANCING_INCLUDE`). */
export type TFinancingRow = Prisma.InnovationBaseFinancingGetPayload<{ include: typeof FINANCING_INCLUDE }>;

export function toFinancingDto(row: TFinancingRow): TFinancing {
  return {
    id: row.id,
    baseId: row.baseId,
    baseName: row.base?.name ?? "",
    residentId: row.residentId,
    enterpriseId: row.resident?.enterpriseId ?? "",
    enterpriseName: row.resident?.enterprise?.name ?? "",
    // an enum-like text column, written only through the schema's enum
    kind: row.kind as TFinancing["kind"],
    amountFen: Number(row.amountFen),
    investor: row.investor,
    receivedOn: dayOrNull(row.receivedOn)!,
    note: row.note,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

/** Money raised while resident: on or after move-in, and not after graduating or leaving. */
function checkReceivedOn(resident: { movedInOn: Date; graduatedOn: Date | null; leftOn: Date | null }, receivedOn: string) {
  if (receivedOn < dayOrNull(resident.movedInOn)!)
    throw problem("receivedOn", {
      zh: "到位日期不能早于企业入驻日期（只统计在孵期间获得的融资）",
      en: "The date cannot be before the move-in date (only money raised while resident counts)",
    });
  const out = resident.graduatedOn ?? resident.leftOn;
  if (out && receivedOn > dayOrNull(out)!)
    throw problem("receivedOn", {
      zh: "到位日期不能晚于企业毕业或迁出日期",
      en: "The date cannot be after the enterprise graduated or left",
    });
}

export async function prepareFinancingCreate(ctx: TContext, input: TFinancingCreate) {
  const resident = await ctx.db.innovationBaseResident.findUnique({
    where: { id: input.residentId },
    select: { baseId: true, movedInOn: true, graduatedOn: true, leftOn: true },
  });
  if (!resident) throw problem("residentId", { zh: "入驻企业不存在", en: "The resident does not exist" });
  if (
    !(await ctx.db.innovationBase.findFirst({
      where: { AND: [{ id: resident.baseId }, innovationBaseScope(ctx.user)] },
      select: { id: true },
    }))
  )
    throw outOfScope();
  checkReceivedOn(resident, input.receivedOn);
  return { id: newId(), ...input, baseId: resident.baseId, amountFen: BigInt(input.amountFen), receivedOn: dateOfDay(input.receivedOn)! };
}

export async function prepareFinancingUpdate(ctx: TContext, existing: TFinancingRow, input: TFinancingUpdate) {
  if (input.receivedOn !== undefined) {
    const resident = await ctx.db.innovationBaseResident.findUniqueOrThrow({
      where: { id: existing.residentId },
      select: { movedInOn: true, graduatedOn: true, leftOn: true },
    });
    checkReceivedOn(resident, input.receivedOn);
  }
  return {
    ...input,
    ...(input.amountFen !== undefined ? { amountFen: BigInt(input.amountFen) } : {}),
    ...(input.receivedOn !== undefined ? { receivedOn: dateOfDay(input.receivedOn) } : {}),
  };
}

export const financingsResource = defineResource({
  name: "innovationBaseFinancings",
  label: FINANCING_LABEL,
  model: (db) => db.innovationBaseFinancing,
  include: FINANCING_INCLUDE,
  schemas: { create: ZFinancingCreate, update: ZFinancingUpdate, filter: ZFinancingFilter, dto: ZFinancing },
  sortable: ["receivedOn", "amountFen", "kind", "createdAt", "updatedAt"],
  defaultSort: { field: "receivedOn", order: "DESC" },
  policy: {
    read: INNOVATION_BASE_EDITORS,
    create: INNOVATION_BASE_EDITORS,
    update: INNOVATION_BASE_EDITORS,
    delete: INNOVATION_BASE_EDITORS,
  },
  scope: { read: throughBase, write: throughBase },
  outOfScope: {
    zh: "只能管理本镇街（运营节点：本节点）基地的融资记录",
    en: "You can only manage financings of your own town's bases (operators: of your own base)",
  },
  filterToWhere: (f) => ({
    ...(f.baseId ? { baseId: f.baseId } : {}),
    ...(f.residentId ? { residentId: f.residentId } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
  }),
  toDto: toFinancingDto,
  prepareCreate: prepareFinancingCreate,
  prepareUpdate: prepareFinancingUpdate,
});

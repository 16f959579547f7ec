import { AppError, dateOfDay, dayOrNull, isoOrNull } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, NO_ROWS, router, type TContext } from "@qifu/trpc-core";
import {
  SchemeKind,
  SchemeStatus,
  ZInvestment,
  ZInvestmentCreate,
  ZInvestmentFilter,
  ZInvestmentUpdate,
  ZScheme,
  ZSchemeCreate,
  ZSchemeFilter,
  ZSchemeUpdate,
  type TInvestment,
  type TInvestmentCreate,
  type TInvestmentUpdate,
  type TScheme,
  type TSchemeCreate,
  type TSchemeUpdate,
} from "../schemas";
import { checkInstitution, FINANCING_STAFF, investmentScope, wan } from "./access";

// ── 助保贷 / 批量担保 schemes: the district sets them up; town admins read them ──────────
const SCHEME_INCLUDE = { node: { select: { name: true } } } satisfies Prisma.FinancingSchemeInclude;
type TSchemeRow = Prisma.FinancingSchemeGetPayload<{ include: typeof SCHEME_INCLUDE }>;
const SCHEME_LABEL = { zh: "担保方案", en: "Guarantee scheme" };

function toSchemeDto(r: TSchemeRow): TScheme {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as TScheme["kind"],
    nodeId: r.nodeId,
    nodeName: r.node?.name ?? null,
    rules: r.rules,
    quotaFen: Number(r.quotaFen),
    usedFen: Number(r.usedFen),
    leftFen: Number(r.quotaFen - r.usedFen),
    status: r.status as TScheme["status"],
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

async function prepareSchemeCreate(ctx: TContext, input: TSchemeCreate) {
  if (input.nodeId) await checkInstitution(ctx, input.nodeId);
  return { id: newId(), ...input, nodeId: input.nodeId ?? null, quotaFen: BigInt(input.quotaFen) };
}
async function prepareSchemeUpdate(ctx: TContext, existing: TSchemeRow, input: TSchemeUpdate) {
  if (input.nodeId) await checkInstitution(ctx, input.nodeId);
  if (input.quotaFen !== undefined && BigInt(input.quotaFen) < existing.usedFen)
    throw AppError.validation("quotaFen", {
      zh: `额度不能低于已用额度（${wan(existing.usedFen)}）`,
      en: `The quota cannot be below what is used (${wan(existing.usedFen)})`,
    });
  return { ...input, ...(input.quotaFen !== undefined ? { quotaFen: BigInt(input.quotaFen) } : {}) };
}

const districtOnly = (u: { role: string } | null) => (u?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS);
export const schemesResource = defineResource({
  name: "financingSchemes",
  label: SCHEME_LABEL,
  model: (db) => db.financingScheme,
  include: SCHEME_INCLUDE,
  schemas: { create: ZSchemeCreate, update: ZSchemeUpdate, filter: ZSchemeFilter, dto: ZScheme },
  sortable: ["name", "kind", "status", "quotaFen", "updatedAt"],
  defaultSort: { field: "name", order: "ASC" },
  policy: { read: FINANCING_STAFF, create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  // district-wide schemes: every town reads them, the district edits them
  scope: { read: (u) => (u?.role === "DISTRICT_ADMIN" || u?.role === "TOWN_ADMIN" ? {} : NO_ROWS), write: districtOnly },
  filterToWhere: (f) => ({
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.q?.trim() ? { name: { contains: f.q.trim() } } : {}),
  }),
  toDto: toSchemeDto,
  prepareCreate: prepareSchemeCreate,
  prepareUpdate: prepareSchemeUpdate,
  beforeDelete: async (ctx, existing: TSchemeRow) => {
    if (await ctx.db.financingSending.count({ where: { schemeId: existing.id } }))
      throw new AppError("CONFLICT", {
        zh: "已有放款计入该方案，不能删除；可将其结束",
        en: "Grants draw on this scheme: close it instead",
      });
  },
});

export const schemesExport = defineExport<TScheme>(schemesResource, {
  policy: FINANCING_STAFF,
  columns: [
    { header: { zh: "方案名称", en: "Scheme" }, width: 26, value: (r) => r.name },
    { header: { zh: "类型", en: "Kind" }, value: (r, lang) => SchemeKind.label(r.kind, lang) },
    { header: { zh: "担保机构", en: "Guarantee institution" }, width: 28, value: (r) => r.nodeName },
    { header: { zh: "额度", en: "Quota" }, value: (r) => wan(r.quotaFen) },
    { header: { zh: "已用", en: "Used" }, value: (r) => wan(r.usedFen) },
    { header: { zh: "剩余", en: "Left" }, value: (r) => wan(r.leftFen) },
    { header: { zh: "规则", en: "Rules" }, width: 40, value: (r) => r.rules },
    { header: { zh: "状态", en: "Status" }, value: (r, lang) => SchemeStatus.label(r.status, lang) },
  ],
});

// ── fund investments: the district records them; a town admin reads its enterprises' ──────
const INVESTMENT_INCLUDE = {
  enterprise: { select: { name: true, town: { select: { name: true } } } },
} satisfies Prisma.FundInvestmentInclude;
type TInvestmentRow = Prisma.FundInvestmentGetPayload<{ include: typeof INVESTMENT_INCLUDE }>;

function toInvestmentDto(r: TInvestmentRow): TInvestment {
  return {
    id: r.id,
    fundName: r.fundName,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    townName: r.enterprise.town?.name ?? null,
    amountFen: Number(r.amountFen),
    investedOn: dayOrNull(r.investedOn)!,
    note: r.note,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}
async function checkEnterprise(ctx: TContext, id: string | undefined) {
  if (id && !(await ctx.db.enterprise.findUnique({ where: { id }, select: { id: true } })))
    throw AppError.validation("enterpriseId", { zh: "企业不存在", en: "No such enterprise" });
}

export const investmentsResource = defineResource({
  name: "fundInvestments",
  label: { zh: "基金投资", en: "Fund investment" },
  model: (db) => db.fundInvestment,
  include: INVESTMENT_INCLUDE,
  schemas: { create: ZInvestmentCreate, update: ZInvestmentUpdate, filter: ZInvestmentFilter, dto: ZInvestment },
  sortable: ["investedOn", "fundName", "amountFen", "updatedAt"],
  defaultSort: { field: "investedOn", order: "DESC" },
  policy: { read: FINANCING_STAFF, create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: investmentScope, write: districtOnly },
  filterToWhere: (f) => ({
    ...(f.townId ? { enterprise: { townId: f.townId } } : {}),
    ...(f.q?.trim() ? { OR: [{ fundName: { contains: f.q.trim() } }, { enterprise: { name: { contains: f.q.trim() } } }] } : {}),
  }),
  toDto: toInvestmentDto,
  prepareCreate: async (ctx, input: TInvestmentCreate) => {
    await checkEnterprise(ctx, input.enterpriseId);
    return { id: newId(), ...input, amountFen: BigInt(input.amountFen), investedOn: dateOfDay(input.investedOn)! };
  },
  prepareUpdate: async (ctx, _existing: TInvestmentRow, input: TInvestmentUpdate) => {
    await checkEnterprise(ctx, input.enterpriseId);
    return {
      ...input,
      ...(input.amountFen !== undefined ? { amountFen: BigInt(input.amountFen) } : {}),
      ...(input.investedOn !== undefined ? { investedOn: dateOfDay(input.investedOn) } : {}),
    };
  },
});

export const investmentsExport = defineExport<TInvestment>(investmentsResource, {
  policy: FINANCING_STAFF,
  columns: [
    { header: { zh: "投资日期", en: "Invested on" }, value: (r) => r.investedOn },
    { header: { zh: "基金", en: "Fund" }, width: 26, value: (r) => r.fundName },
    { header: { zh: "被投企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "金额", en: "Amount" }, value: (r) => wan(r.amountFen) },
    { header: { zh: "备注", en: "Note" }, width: 30, value: (r) => r.note },
  ],
});

export const schemesRouter = router({ export: schemesExport });
export const investmentsRouter = router({ export: investmentsExport });

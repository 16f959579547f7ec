import { AppError, dateOfDay, dayOrNull, isoOrNull } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineExport, defineResource, NO_ROWS, procedure, router, type TContext, type TSessionUser } from "@qifu/trpc-core";
import {
  TechField,
  ZLab,
  ZLabCreate,
  ZLabFilter,
  ZLabUpdate,
  ZPlatform,
  ZPlatformCreate,
  ZPlatformFilter,
  ZPlatformUpdate,
  ZPublicLabs,
  ZPublicPlatforms,
  ZPublicSearch,
  type TLab,
  type TLabCreate,
  type TLabUpdate,
  type TPlatform,
  type TPlatformCreate,
  type TPlatformUpdate,
} from "../schemas";
import { TT_STAFF } from "./access";

// ── joint laboratories ───────────────────────────────────────────────────────
const LAB_INCLUDE = { enterprise: { select: { name: true, town: { select: { name: true } } } } } satisfies Prisma.JointLabInclude;
type TLabRow = Prisma.JointLabGetPayload<{ include: typeof LAB_INCLUDE }>;
const toLabDto = (r: TLabRow): TLab => ({
  id: r.id,
  name: r.name,
  enterpriseId: r.enterpriseId,
  enterpriseName: r.enterprise.name,
  townName: r.enterprise.town?.name ?? null,
  institution: r.institution,
  field: r.field as TLab["field"],
  establishedOn: dayOrNull(r.establishedOn)!,
  description: r.description,
  updatedAt: isoOrNull(r.updatedAt)!,
});
/** The district all; a town admin its town's enterprises' labs. */
const labScope = (u: TSessionUser | null) =>
  u?.role === "DISTRICT_ADMIN" ? {} : u?.role === "TOWN_ADMIN" && u.townId ? { enterprise: { townId: u.townId } } : NO_ROWS;

async function checkEnterprise(ctx: TContext, enterpriseId: string) {
  if (!(await ctx.db.enterprise.findUnique({ where: { id: enterpriseId }, select: { id: true } })))
    throw AppError.validation("enterpriseId", { zh: "企业不存在", en: "The enterprise does not exist" });
}

export const labsResource = defineResource({
  name: "jointLabs",
  label: { zh: "联合实验室", en: "Joint laboratory" },
  model: (db) => db.jointLab,
  include: LAB_INCLUDE,
  schemas: { create: ZLabCreate, update: ZLabUpdate, filter: ZLabFilter, dto: ZLab },
  sortable: ["name", "field", "establishedOn", "updatedAt"],
  defaultSort: { field: "establishedOn", order: "DESC" },
  policy: { read: [...TT_STAFF], create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: labScope, write: labScope },
  filterToWhere: (f) => ({
    ...(f.field ? { field: f.field } : {}),
    ...(f.q?.trim() ? { OR: [{ name: { contains: f.q.trim() } }, { institution: { contains: f.q.trim() } }] } : {}),
  }),
  toDto: toLabDto,
  prepareCreate: async (ctx, input: TLabCreate) => {
    await checkEnterprise(ctx, input.enterpriseId);
    return { id: newId(), ...input, establishedOn: dateOfDay(input.establishedOn)! };
  },
  prepareUpdate: async (ctx, _existing, input: TLabUpdate) => {
    if (input.enterpriseId) await checkEnterprise(ctx, input.enterpriseId);
    return { ...input, ...(input.establishedOn ? { establishedOn: dateOfDay(input.establishedOn)! } : {}) };
  },
});

export const labsExport = defineExport<TLab>(labsResource, {
  policy: [...TT_STAFF],
  columns: [
    { header: { zh: "实验室名称", en: "Laboratory" }, width: 30, value: (r) => r.name },
    { header: { zh: "共建企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "合作院校/院所", en: "Institution" }, width: 28, value: (r) => r.institution },
    { header: { zh: "技术领域", en: "Field" }, value: (r, lang) => TechField.label(r.field, lang) },
    { header: { zh: "成立日期", en: "Established on" }, value: (r) => r.establishedOn },
  ],
});

// ── public technical service platforms ───────────────────────────────────────
const PLATFORM_INCLUDE = {
  town: { select: { name: true } },
  services: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }] },
} satisfies Prisma.TechPlatformInclude;
type TPlatformRow = Prisma.TechPlatformGetPayload<{ include: typeof PLATFORM_INCLUDE }>;
const toPlatformDto = (r: TPlatformRow): TPlatform => ({
  id: r.id,
  name: r.name,
  operator: r.operator,
  townId: r.townId,
  townName: r.town?.name ?? null,
  field: r.field as TPlatform["field"],
  contact: r.contact,
  description: r.description,
  services: r.services.map((s) => ({ name: s.name, fee: s.fee, description: s.description })),
  updatedAt: isoOrNull(r.updatedAt)!,
});
/** A platform's services are written with it, in the order given. */
const servicesCreate = (services: TPlatformCreate["services"]) =>
  services.map((s, i) => ({ id: newId(), name: s.name, fee: s.fee ?? null, description: s.description ?? null, sortOrder: i }));

async function checkTown(ctx: TContext, townId: string | null | undefined) {
  if (townId && !(await ctx.db.town.findUnique({ where: { id: townId }, select: { id: true } })))
    throw AppError.validation("townId", { zh: "镇街不存在", en: "The town does not exist" });
}

export const platformsResource = defineResource({
  name: "techPlatforms",
  label: { zh: "公共技术服务平台", en: "Technical service platform" },
  model: (db) => db.techPlatform,
  include: PLATFORM_INCLUDE,
  schemas: { create: ZPlatformCreate, update: ZPlatformUpdate, filter: ZPlatformFilter, dto: ZPlatform },
  sortable: ["name", "field", "updatedAt"],
  defaultSort: { field: "name", order: "ASC" },
  policy: { read: [...TT_STAFF], create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: () => ({}), write: (u) => (u?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS) },
  filterToWhere: (f) => ({
    ...(f.field ? { field: f.field } : {}),
    ...(f.q?.trim() ? { OR: [{ name: { contains: f.q.trim() } }, { operator: { contains: f.q.trim() } }] } : {}),
  }),
  toDto: toPlatformDto,
  prepareCreate: async (ctx, { services, ...input }: TPlatformCreate) => {
    await checkTown(ctx, input.townId);
    return { id: newId(), ...input, townId: input.townId ?? null, services: { create: servicesCreate(services) } };
  },
  prepareUpdate: async (ctx, _existing, { services, ...input }: TPlatformUpdate) => {
    await checkTown(ctx, input.townId);
    return { ...input, ...(services ? { services: { deleteMany: {}, create: servicesCreate(services) } } : {}) };
  },
});

export const platformsExport = defineExport<TPlatform>(platformsResource, {
  policy: [...TT_STAFF],
  columns: [
    { header: { zh: "平台名称", en: "Platform" }, width: 30, value: (r) => r.name },
    { header: { zh: "运营单位", en: "Operator" }, width: 28, value: (r) => r.operator },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "技术领域", en: "Field" }, value: (r, lang) => TechField.label(r.field, lang) },
    { header: { zh: "服务项目", en: "Services" }, width: 40, value: (r) => r.services.map((s) => s.name).join("、") },
    { header: { zh: "联系方式", en: "Contact" }, width: 20, value: (r) => r.contact },
  ],
});

const page = (input: { page: number; perPage: number }) => ({ skip: (input.page - 1) * input.perPage, take: input.perPage });
const contains = (q: string | undefined, fields: string[]) =>
  q?.trim() ? { OR: fields.map((f) => ({ [f]: { contains: q.trim() } })) } : {};

export const labsRouter = router({
  export: labsExport,
  /** The public list of joint laboratories (name, enterprise, institution, field). */
  publicList: procedure("public", { description: "Joint laboratories, for the public site" })
    .input(ZPublicSearch)
    .output(ZPublicLabs)
    .query(async ({ ctx, input }) => {
      const where = contains(input.q, ["name", "institution"]);
      const [rows, total] = await Promise.all([
        ctx.db.jointLab.findMany({ where, include: LAB_INCLUDE, orderBy: [{ establishedOn: "desc" }, { id: "asc" }], ...page(input) }),
        ctx.db.jointLab.count({ where }),
      ]);
      return { data: rows.map(toLabDto), total };
    }),
});

export const platformsRouter = router({
  export: platformsExport,
  /** The public list of technical service platforms with their services. */
  publicList: procedure("public", { description: "Public technical service platforms and their services" })
    .input(ZPublicSearch)
    .output(ZPublicPlatforms)
    .query(async ({ ctx, input }) => {
      const where = contains(input.q, ["name", "operator"]);
      const [rows, total] = await Promise.all([
        ctx.db.techPlatform.findMany({ where, include: PLATFORM_INCLUDE, orderBy: [{ name: "asc" }, { id: "asc" }], ...page(input) }),
        ctx.db.techPlatform.count({ where }),
      ]);
      return { data: rows.map(toPlatformDto), total };
    }),
});

import { randomBytes } from "node:crypto";
import { AppError, searchTextFor, shanghaiYearSpan, type TRole } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { byTown, defineResource, NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import {
  ZActivity,
  ZActivityCreate,
  ZActivityFilter,
  ZActivityUpdate,
  ZSeries,
  ZSeriesCreate,
  ZSeriesFilter,
  ZSeriesUpdate,
  ZTraining,
  ZTrainingCreate,
  ZTrainingFilter,
  ZTrainingUpdate,
  type TActivity,
  type TActivityCreate,
  type TActivityPublic,
  type TActivityUpdate,
  type TTraining,
  type TTrainingCreate,
  type TTrainingUpdate,
} from "../schemas";

const STAFF: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];

/**
 * Who reaches which activities and trainings: the district all, a town admin its town's nodes',
 * a node operator its own node's (the organiser); nobody else.
 */
export function activityScope(user: TSessionUser | null): TWhere {
  const ownNode = user?.role === "NODE_OPERATOR" ? (user.nodeId ? { nodeId: user.nodeId } : NO_ROWS) : NO_ROWS;
  return byTown(user, ownNode);
}

/** The organiser node (an operator's own when none is given) must exist and be active; its town becomes the row's town. */
async function organiserOf(ctx: TContext, given: string | undefined, field = "nodeId") {
  const nodeId = given ?? (ctx.user?.role === "NODE_OPERATOR" ? ctx.user.nodeId : null);
  if (!nodeId) throw AppError.validation(field, { zh: "请选择节点", en: "Choose a node" });
  const node = await ctx.db.node.findUnique({ where: { id: nodeId }, select: { id: true, townId: true, status: true, name: true } });
  if (!node) throw AppError.validation(field, { zh: "节点不存在", en: "The node does not exist" });
  if (node.status !== "ACTIVE") throw AppError.validation(field, { zh: "节点未在运营", en: "The node is not active" });
  return node;
}

// ---------------------------------------------------------------- series

export const SERIES_INCLUDE = { _count: { select: { activities: true } } } as const;
type TSeriesRow = Prisma.ActivitySeriesGetPayload<{ include: typeof SERIES_INCLUDE }>;

export const seriesResource = defineResource({
  name: "activitySeries",
  label: { zh: "活动系列", en: "Activity series" },
  model: (db) => db.activitySeries,
  include: SERIES_INCLUDE,
  schemas: { create: ZSeriesCreate, update: ZSeriesUpdate, filter: ZSeriesFilter, dto: ZSeries },
  sortable: ["sortOrder", "name", "code"],
  defaultSort: { field: "sortOrder", order: "ASC" },
  // the district edits the series; staff pick from them
  policy: { read: STAFF, create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: () => ({}), write: () => ({}) },
  filterToWhere: (f) => (f.active !== undefined ? { active: f.active } : {}),
  toDto: (row: TSeriesRow) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    description: row.description,
    sortOrder: row.sortOrder,
    active: row.active,
    activityCount: row._count.activities,
  }),
  prepareCreate: async (_ctx, input) => ({ id: newId(), ...input }),
  prepareUpdate: async (_ctx, _existing, input) => input,
  beforeDelete: async (_ctx, existing: TSeriesRow) => {
    if (existing._count.activities > 0)
      throw new AppError("CONFLICT", {
        zh: "该系列下已有活动，不能删除；可停用",
        en: "The series has activities and cannot be deleted; deactivate it instead",
      });
  },
});

// ---------------------------------------------------------------- activities

export const ACTIVITY_INCLUDE = {
  series: { select: { name: true, nameEn: true } },
  training: { select: { title: true } },
  node: { select: { name: true } },
  town: { select: { name: true } },
  registrations: { select: { status: true, attendedAt: true, rating: true } },
} as const;
export type TActivityRow = Prisma.ActivityGetPayload<{ include: typeof ACTIVITY_INCLUDE }>;

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);

export function toActivityPublicDto(row: TActivityRow): TActivityPublic {
  return {
    id: row.id,
    title: row.title,
    seriesId: row.seriesId,
    seriesName: row.series.name,
    seriesNameEn: row.series.nameEn,
    trainingId: row.trainingId,
    trainingTitle: row.training?.title ?? null,
    nodeId: row.nodeId,
    nodeName: row.node.name,
    townId: row.townId,
    townName: row.town?.name ?? null,
    coOrganisers: row.coOrganisers,
    status: row.status as TActivity["status"],
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.place,
    onlineUrl: row.onlineUrl,
    capacity: row.capacity,
    seatsTaken: row.seatsTaken,
    waiting: row.registrations.filter((r) => r.status === "WAITING").length,
    audienceTiers: row.audienceTiers as TActivity["audienceTiers"],
    audienceIndustries: row.audienceIndustries,
    audienceTownIds: row.audienceTownIds,
    registrationOpensAt: row.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: row.registrationClosesAt.toISOString(),
    agenda: row.agenda,
    speakers: row.speakers,
    category: row.category as TActivity["category"],
    description: row.description,
  };
}

export function toActivityDto(row: TActivityRow, now = new Date()): TActivity {
  const seated = row.registrations.filter((r) => r.status === "REGISTERED");
  const ended = row.endsAt <= now;
  const ratings = seated.flatMap((r) => (r.rating ? [r.rating] : []));
  return {
    ...toActivityPublicDto(row),
    attended: seated.filter((r) => r.attendedAt).length,
    noShows: ended ? seated.filter((r) => !r.attendedAt).length : 0,
    ratings: ratings.length,
    avgRating: mean(ratings),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type TActivityFields = Omit<
  TActivityCreate,
  "status" | "coOrganisers" | "audienceTiers" | "audienceIndustries" | "audienceTownIds" | "nodeId"
> & {
  status?: string;
  nodeId?: string;
};

/** The checks that need the database or several fields at once; returns the row's town and words. */
async function checkActivity(ctx: TContext, a: TActivityFields & { audienceTownIds: string[] }) {
  const startsAt = new Date(a.startsAt);
  const endsAt = new Date(a.endsAt);
  if (endsAt <= startsAt) throw AppError.validation("endsAt", { zh: "结束时间须晚于开始时间", en: "The end must be after the start" });
  const closes = new Date(a.registrationClosesAt);
  if (closes > endsAt)
    throw AppError.validation("registrationClosesAt", {
      zh: "报名截止不能晚于活动结束",
      en: "Registration must close before the activity ends",
    });
  if (a.registrationOpensAt && new Date(a.registrationOpensAt) >= closes)
    throw AppError.validation("registrationOpensAt", { zh: "报名开始须早于报名截止", en: "Registration must open before it closes" });
  if (!a.place && !a.onlineUrl) throw AppError.validation("place", { zh: "请填写地点或线上链接", en: "Give a place or an online link" });
  const series = await ctx.db.activitySeries.findUnique({ where: { id: a.seriesId }, select: { name: true, active: true } });
  if (!series) throw AppError.validation("seriesId", { zh: "活动系列不存在", en: "The series does not exist" });
  const node = await organiserOf(ctx, a.nodeId);
  if (a.trainingId) {
    const training = await ctx.db.training.findFirst({
      where: { AND: [{ id: a.trainingId }, activityScope(ctx.user)] },
      select: { nodeId: true },
    });
    if (!training)
      throw AppError.validation("trainingId", {
        zh: "培训不存在或不在您的范围内",
        en: "The training does not exist or is outside your scope",
      });
  }
  if (a.audienceTownIds.length) {
    const found = await ctx.db.town.count({ where: { id: { in: a.audienceTownIds } } });
    if (found !== new Set(a.audienceTownIds).size)
      throw AppError.validation("audienceTownIds", { zh: "面向镇街中有不存在的镇街", en: "An audience town does not exist" });
  }
  return { node, words: searchTextFor(a.title, series.name, node.name, a.place, a.speakers, a.description) };
}

const instants = (input: TActivityUpdate) => ({
  ...(input.startsAt !== undefined ? { startsAt: new Date(input.startsAt) } : {}),
  ...(input.endsAt !== undefined ? { endsAt: new Date(input.endsAt) } : {}),
  ...(input.registrationClosesAt !== undefined ? { registrationClosesAt: new Date(input.registrationClosesAt) } : {}),
  ...(input.registrationOpensAt !== undefined
    ? { registrationOpensAt: input.registrationOpensAt ? new Date(input.registrationOpensAt) : null }
    : {}),
});

export async function prepareActivityCreate(ctx: TContext, input: TActivityCreate) {
  const { node, words } = await checkActivity(ctx, input);
  return {
    id: newId(),
    ...input,
    ...instants(input),
    trainingId: input.trainingId ?? null,
    nodeId: node.id,
    townId: node.townId,
    checkInToken: randomBytes(18).toString("base64url"),
    searchText: words,
  };
}

export async function prepareActivityUpdate(ctx: TContext, existing: TActivityRow, input: TActivityUpdate) {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const merged = {
    ...existing,
    startsAt: existing.startsAt.toISOString(),
    endsAt: existing.endsAt.toISOString(),
    registrationClosesAt: existing.registrationClosesAt.toISOString(),
    registrationOpensAt: existing.registrationOpensAt?.toISOString() ?? null,
    category: existing.category as TActivity["category"],
    ...defined,
  } as TActivityFields & { audienceTownIds: string[] };
  const { node, words } = await checkActivity(ctx, merged);
  if (input.capacity !== undefined && input.capacity < existing.seatsTaken)
    throw AppError.validation("capacity", {
      zh: `已有 ${existing.seatsTaken} 家报名，名额不能少于此数`,
      en: `${existing.seatsTaken} enterprises hold a seat: the capacity cannot be lower`,
    });
  return { ...input, ...instants(input), townId: node.townId, searchText: words };
}

export const activitiesResource = defineResource({
  name: "activities",
  label: { zh: "活动培训", en: "Activities and training" },
  model: (db) => db.activity,
  searchTable: "activity",
  include: ACTIVITY_INCLUDE,
  schemas: { create: ZActivityCreate, update: ZActivityUpdate, filter: ZActivityFilter, dto: ZActivity },
  sortable: ["startsAt", "title", "status", "capacity", "createdAt", "updatedAt"],
  defaultSort: { field: "startsAt", order: "DESC" },
  // node staff organise their node's activities, a town admin its town's nodes', the district all (scope decides the rows)
  policy: { read: STAFF, create: STAFF, update: STAFF, delete: STAFF },
  scope: { read: activityScope, write: activityScope },
  outOfScope: {
    zh: "只能管理本镇街（节点：本节点）主办的活动",
    en: "You can only manage activities organised in your own town (operators: by your own node)",
  },
  filterToWhere: (f) => ({
    ...(f.seriesId ? { seriesId: f.seriesId } : {}),
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.nodeId ? { nodeId: f.nodeId } : {}),
    ...(f.trainingId ? { trainingId: f.trainingId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.year ? { startsAt: shanghaiYearSpan(f.year) } : {}),
  }),
  toDto: (row: TActivityRow) => toActivityDto(row),
  prepareCreate: prepareActivityCreate,
  prepareUpdate: prepareActivityUpdate,
  beforeDelete: async (_ctx, existing: TActivityRow) => {
    if (existing.registrations.length > 0)
      throw new AppError("CONFLICT", {
        zh: "已有企业报名，不能删除；请改为取消活动",
        en: "Enterprises have registered: cancel the activity instead of deleting it",
      });
  },
});

// ---------------------------------------------------------------- trainings

export const TRAINING_INCLUDE = {
  node: { select: { name: true } },
  sessions: { select: { registrations: { select: { enterpriseId: true, status: true, attendedAt: true } } } },
} as const;
type TTrainingRow = Prisma.TrainingGetPayload<{ include: typeof TRAINING_INCLUDE }>;

function toTrainingDto(row: TTrainingRow): TTraining {
  const regs = row.sessions.flatMap((s) => s.registrations).filter((r) => r.status === "REGISTERED");
  return {
    id: row.id,
    title: row.title,
    providerKind: row.providerKind as TTraining["providerKind"],
    provider: row.provider,
    contractNo: row.contractNo,
    budgetFen: row.budgetFen,
    spentFen: row.spentFen,
    nodeId: row.nodeId,
    nodeName: row.node.name,
    townId: row.townId,
    description: row.description,
    sessions: row.sessions.length,
    trainees: new Set(regs.map((r) => r.enterpriseId)).size,
    attendances: regs.filter((r) => r.attendedAt).length,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function checkSpend(budgetFen: number, spentFen: number) {
  if (spentFen > budgetFen) throw AppError.validation("spentFen", { zh: "已支出不能超过预算", en: "The spend cannot exceed the budget" });
}

export const trainingsResource = defineResource({
  name: "trainings",
  label: { zh: "采购培训", en: "Bought trainings" },
  model: (db) => db.training,
  include: TRAINING_INCLUDE,
  schemas: { create: ZTrainingCreate, update: ZTrainingUpdate, filter: ZTrainingFilter, dto: ZTraining },
  sortable: ["title", "provider", "budgetFen", "createdAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  policy: { read: STAFF, create: STAFF, update: STAFF, delete: STAFF },
  scope: { read: activityScope, write: activityScope },
  outOfScope: {
    zh: "只能管理本镇街（节点：本节点）负责的培训",
    en: "You can only manage trainings of your own town (operators: of your own node)",
  },
  filterToWhere: (f) => ({ ...(f.providerKind ? { providerKind: f.providerKind } : {}), ...(f.nodeId ? { nodeId: f.nodeId } : {}) }),
  toDto: toTrainingDto,
  prepareCreate: async (ctx, input: TTrainingCreate) => {
    checkSpend(input.budgetFen, input.spentFen);
    const node = await organiserOf(ctx, input.nodeId);
    return { id: newId(), ...input, nodeId: node.id, townId: node.townId };
  },
  prepareUpdate: async (ctx, existing: TTrainingRow, input: TTrainingUpdate) => {
    checkSpend(input.budgetFen ?? existing.budgetFen, input.spentFen ?? existing.spentFen);
    const node = input.nodeId ? await organiserOf(ctx, input.nodeId) : null;
    return { ...input, ...(node ? { townId: node.townId } : {}) };
  },
  beforeDelete: async (_ctx, existing: TTrainingRow) => {
    if (existing.sessions.length > 0)
      throw new AppError("CONFLICT", { zh: "培训已有课次，不能删除", en: "The training has sessions and cannot be deleted" });
  },
});

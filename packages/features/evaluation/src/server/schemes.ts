import { AppError, isoOrNull, NodeKind, searchTextFor } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineResource, getMetric, NO_ROWS, type TContext, type TSessionUser } from "@qifu/trpc-core";
import {
  definitionProblem,
  indicatorsOf,
  ZScheme,
  ZSchemeCreate,
  ZSchemeFilter,
  ZSchemeUpdate,
  type TScheme,
  type TSchemeCreate,
  type TSchemeDefinition,
  type TSchemeUpdate,
} from "../schemas";

const SCHEME_INCLUDE = { _count: { select: { rounds: true } } } satisfies Prisma.EvaluationSchemeInclude;
type TSchemeRow = Prisma.EvaluationSchemeGetPayload<{ include: typeof SCHEME_INCLUDE }>;

/** Staff who follow evaluations read schemes (they are the published rules); only the district writes them. */
export const SCHEME_READERS = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR", "EVALUATOR"] as const;
const districtOnly = (u: TSessionUser | null) => (u?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS);

export function toSchemeDto(row: TSchemeRow): TScheme {
  return {
    id: row.id,
    name: row.name,
    subjectKind: row.subjectKind as TScheme["subjectKind"],
    nodeKind: row.nodeKind,
    version: row.version,
    definition: row.definition as TSchemeDefinition,
    starThresholds: row.starThresholds as TScheme["starThresholds"],
    status: row.status as TScheme["status"],
    description: row.description,
    rounds: row._count.rounds,
    createdAt: isoOrNull(row.createdAt)!,
    updatedAt: isoOrNull(row.updatedAt)!,
  };
}

/**
 * A definition the platform can score: weights sum to 100, keys unique, every computed
 * indicator names a registered metric, and one that can be computed for its subjects (every
 * metric for a town; for nodes, those that declare `nodes`).
 */
export function checkDefinition(def: TSchemeDefinition, subjectKind: string, nodeKind: string | null | undefined) {
  const problem = definitionProblem(def);
  if (problem) throw AppError.validation("definition", problem);
  for (const i of indicatorsOf(def)) {
    if (i.kind !== "COMPUTED") continue;
    const metric = getMetric(i.metricKey);
    if (!metric)
      throw AppError.validation("definition", {
        zh: `指标「${i.name}」的数据指标不存在：${i.metricKey}`,
        en: `Indicator "${i.name}": unknown metric ${i.metricKey}`,
      });
    if (subjectKind !== "TOWN" && !metric.nodes)
      throw AppError.validation("definition", {
        zh: `指标「${i.name}」所用的“${metric.label.zh}”只按镇街统计，不能用于评价服务节点`,
        en: `Indicator "${i.name}": "${metric.label.en}" is a figure per town, not per service node`,
      });
  }
  if (subjectKind === "TOWN" && nodeKind)
    throw AppError.validation("nodeKind", { zh: "评价镇街时不选载体类型", en: "A carrier kind applies to node subjects only" });
  if (nodeKind && !(NodeKind.values as readonly string[]).includes(nodeKind))
    throw AppError.validation("nodeKind", { zh: "载体类型不存在", en: "Unknown carrier kind" });
}

export async function prepareSchemeCreate(_ctx: TContext, input: TSchemeCreate) {
  checkDefinition(input.definition, input.subjectKind, input.nodeKind);
  return { id: newId(), ...input, nodeKind: input.nodeKind ?? null, version: 1, searchText: searchTextFor(input.name, input.description) };
}

/** Any change of what is scored makes a new version; rounds already open keep the definition they froze. */
export async function prepareSchemeUpdate(_ctx: TContext, existing: TSchemeRow, input: TSchemeUpdate) {
  const definition = input.definition ?? (existing.definition as TSchemeDefinition);
  const subjectKind = input.subjectKind ?? existing.subjectKind;
  const nodeKind = input.nodeKind !== undefined ? input.nodeKind : existing.nodeKind;
  checkDefinition(definition, subjectKind, nodeKind);
  const scored =
    input.definition !== undefined || input.starThresholds !== undefined || input.subjectKind !== undefined || input.nodeKind !== undefined;
  return {
    ...input,
    ...(scored ? { version: existing.version + 1 } : {}),
    searchText: searchTextFor(input.name ?? existing.name, input.description !== undefined ? input.description : existing.description),
  };
}

export const schemesResource = defineResource({
  name: "evaluationSchemes",
  label: { zh: "评价方案", en: "Evaluation scheme" },
  model: (db) => db.evaluationScheme,
  searchTable: "evaluation_scheme",
  include: SCHEME_INCLUDE,
  schemas: { create: ZSchemeCreate, update: ZSchemeUpdate, filter: ZSchemeFilter, dto: ZScheme },
  sortable: ["name", "status", "version", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  policy: { read: SCHEME_READERS, create: ["DISTRICT_ADMIN"], update: ["DISTRICT_ADMIN"], delete: ["DISTRICT_ADMIN"] },
  scope: { read: () => ({}), write: districtOnly },
  filterToWhere: (f) => (f.status ? { status: f.status } : {}),
  toDto: toSchemeDto,
  prepareCreate: prepareSchemeCreate,
  prepareUpdate: prepareSchemeUpdate,
  beforeDelete: async (ctx, existing: TSchemeRow) => {
    if (await ctx.db.evaluationRound.count({ where: { schemeId: existing.id } }))
      throw new AppError("CONFLICT", {
        zh: "该方案已用于评价轮次，不能删除；可将其停用",
        en: "This scheme has rounds and cannot be deleted; archive it instead",
      });
  },
});

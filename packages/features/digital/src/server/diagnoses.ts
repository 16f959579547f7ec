import { z } from "zod";
import { AppError, isoOrNull, shanghaiDate } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { attachFiles, defineExport, defineResource, listFiles, procedure, recordLedgerEntry, router, type TContext } from "@qifu/trpc-core";
import {
  DigitalIndustry,
  ZDiagnosis,
  ZDiagnosisCommit,
  ZDiagnosisFilter,
  ZDiagnosisSave,
  ZDiagnosisStart,
  ZQuestionnaire,
  type TDiagnosis,
  type TQuestionnaire,
} from "../schemas";
import { LEVEL_LABELS, industryKindOf, maxPoints, scoreAnswers, type TScoredIndicator } from "../scoring";
import { DIAGNOSIS_LABEL, diagnosisScope, myEnterpriseId, NODE_STAFF, STAFF } from "./access";
import { optionsOf, toIndicatorDto, toSetDto } from "./indicators";

/** Stored files of a diagnosis (evidence) are owned by this kind. */
export const EVIDENCE_FILES = "digitalDiagnosis";

const DIAGNOSIS_INCLUDE = {
  enterprise: { select: { name: true } },
  town: { select: { name: true } },
  byNode: { select: { name: true } },
  set: {
    include: {
      indicators: { orderBy: [{ sortOrder: "asc" as const }, { code: "asc" as const }] },
      _count: { select: { indicators: true } },
    },
  },
} satisfies Prisma.DigitalDiagnosisInclude;
type TDiagnosisRow = Prisma.DigitalDiagnosisGetPayload<{ include: typeof DIAGNOSIS_INCLUDE }>;

const answersOf = (r: { answers: Prisma.JsonValue }): Record<string, number> =>
  r.answers && typeof r.answers === "object" && !Array.isArray(r.answers) ? (r.answers as Record<string, number>) : {};
const scoredOf = (r: TDiagnosisRow): TScoredIndicator[] => r.set.indicators.map((i) => ({ ...i, options: optionsOf(i) }));

export function toDiagnosisDto(r: TDiagnosisRow): TDiagnosis {
  const answers = answersOf(r);
  const byId = new Map(scoredOf(r).map((i) => [i.id, i]));
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    townId: r.townId,
    townName: r.town?.name ?? null,
    setId: r.setId,
    setName: r.set.name,
    industry: r.set.industry as TDiagnosis["industry"],
    byNodeName: r.byNode?.name ?? null,
    status: r.status as TDiagnosis["status"],
    answers,
    score: r.score,
    level: r.level,
    levelLabel: r.level === null ? null : LEVEL_LABELS[r.level],
    dimensionScores: (r.dimensionScores as Record<string, number> | null) ?? null,
    weak: r.weakIndicatorIds.flatMap((id) => {
      const i = byId.get(id);
      if (!i) return [];
      const chosen = answers[id];
      return [
        {
          id,
          name: i.name,
          dimension: i.dimension as TDiagnosis["weak"][number]["dimension"],
          scenario: i.scenario as TDiagnosis["weak"][number]["scenario"],
          points: chosen === undefined ? 0 : (i.options[chosen]?.points ?? 0),
          maxPoints: maxPoints(i),
        },
      ];
    }),
    files: [],
    committedAt: isoOrNull(r.committedAt),
    previous: null,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

/** The diagnosis with its evidence and the enterprise's committed diagnosis before it (the change a year later). */
async function fullDto(ctx: TContext, r: TDiagnosisRow): Promise<TDiagnosis> {
  const [files, previous] = await Promise.all([
    listFiles(ctx, EVIDENCE_FILES, r.id),
    ctx.db.digitalDiagnosis.findFirst({
      where: {
        enterpriseId: r.enterpriseId,
        status: "COMMITTED",
        id: { not: r.id },
        ...(r.committedAt ? { committedAt: { lt: r.committedAt } } : {}),
      },
      orderBy: { committedAt: "desc" },
    }),
  ]);
  return {
    ...toDiagnosisDto(r),
    files: files.map((f) => ({ id: f.id, name: f.name, url: f.url, size: f.size })),
    previous:
      previous && previous.score !== null && previous.level !== null && previous.committedAt
        ? {
            id: previous.id,
            score: previous.score,
            level: previous.level,
            committedAt: previous.committedAt.toISOString(),
            dimensionScores: (previous.dimensionScores as Record<string, number> | null) ?? {},
          }
        : null,
  };
}
const questionnaireOf = async (ctx: TContext, r: TDiagnosisRow): Promise<TQuestionnaire> => ({
  diagnosis: await fullDto(ctx, r),
  set: toSetDto(r.set),
  indicators: r.set.indicators.map(toIndicatorDto),
});

export const diagnosesResource = defineResource({
  name: "digitalDiagnoses",
  label: DIAGNOSIS_LABEL,
  model: (db) => db.digitalDiagnosis,
  include: DIAGNOSIS_INCLUDE,
  schemas: { create: ZDiagnosisStart, update: ZDiagnosisSave.omit({ id: true }).partial(), filter: ZDiagnosisFilter, dto: ZDiagnosis },
  sortable: ["committedAt", "score", "level", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  policy: {
    read: [...STAFF, ...NODE_STAFF, "ENTERPRISE"],
    create: ["DISTRICT_ADMIN"],
    update: ["DISTRICT_ADMIN"],
    delete: ["DISTRICT_ADMIN"],
  },
  scope: { read: diagnosisScope, write: diagnosisScope },
  filterToWhere: (f) => ({
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.level !== undefined ? { level: f.level } : {}),
    ...(f.industry ? { set: { industry: f.industry } } : {}),
    ...(f.enterpriseId ? { enterpriseId: f.enterpriseId } : {}),
    ...(f.q?.trim() ? { enterprise: { name: { contains: f.q.trim() } } } : {}),
  }),
  toDto: toDiagnosisDto,
  // diagnoses are started, saved and committed through their own procedures
  prepareCreate: async () => {
    throw new AppError("FORBIDDEN", { zh: "请通过诊断问卷开始诊断", en: "Start a diagnosis from the questionnaire" });
  },
  prepareUpdate: async () => {
    throw new AppError("FORBIDDEN", { zh: "请通过诊断问卷保存", en: "Save through the questionnaire" });
  },
});

export const diagnosesExport = defineExport<TDiagnosis>(diagnosesResource, {
  policy: [...STAFF, ...NODE_STAFF, "ENTERPRISE"],
  columns: [
    { header: { zh: "企业", en: "Enterprise" }, width: 28, value: (r) => r.enterpriseName },
    { header: { zh: "镇街", en: "Town" }, value: (r) => r.townName },
    { header: { zh: "行业", en: "Industry" }, value: (r, lang) => DigitalIndustry.label(r.industry, lang) },
    { header: { zh: "状态", en: "Status" }, value: (r) => (r.status === "COMMITTED" ? "已提交" : "草稿") },
    { header: { zh: "得分", en: "Score" }, value: (r) => r.score },
    { header: { zh: "等级", en: "Level" }, value: (r, lang) => r.levelLabel?.[lang] ?? "" },
    { header: { zh: "薄弱指标", en: "Weak indicators" }, width: 36, value: (r) => r.weak.map((w) => w.name).join("、") },
    { header: { zh: "代为诊断", en: "Diagnosed by" }, width: 24, value: (r) => r.byNodeName },
    { header: { zh: "提交时间", en: "Committed at" }, value: (r) => r.committedAt },
  ],
});

/** The enterprise whose diagnosis the caller may start: its own; node staff an enterprise of the node's town (a district-level node: any). */
async function enterpriseFor(ctx: TContext, enterpriseId: string | undefined) {
  const u = ctx.user!;
  if (u.role === "ENTERPRISE") return { id: myEnterpriseId(ctx), byNodeId: null };
  if (!enterpriseId) throw AppError.validation("enterpriseId", { zh: "请选择企业", en: "Choose the enterprise" });
  const [enterprise, node] = await Promise.all([
    ctx.db.enterprise.findUnique({ where: { id: enterpriseId }, select: { townId: true } }),
    u.nodeId ? ctx.db.node.findUnique({ where: { id: u.nodeId }, select: { townId: true } }) : null,
  ]);
  if (!enterprise || !node || (node.townId && enterprise.townId !== node.townId))
    throw new AppError("FORBIDDEN", { zh: "只能为本镇街的企业代为诊断", en: "You can only diagnose enterprises of your own town" });
  return { id: enterpriseId, byNodeId: u.nodeId! };
}

/** The caller's draft, locked for this transaction: its own enterprise's, or one its node started. */
async function lockDraft(ctx: TContext, id: string): Promise<TDiagnosisRow> {
  const row = await ctx.db.digitalDiagnosis.findFirst({ where: { AND: [{ id }, diagnosisScope(ctx.user)] }, select: { id: true } });
  if (!row) throw AppError.notFound(DIAGNOSIS_LABEL);
  await ctx.db.$queryRaw`SELECT id FROM digital_diagnosis WHERE id = ${id} FOR UPDATE`;
  const r = await ctx.db.digitalDiagnosis.findUniqueOrThrow({ where: { id }, include: DIAGNOSIS_INCLUDE });
  if (r.status !== "DRAFT")
    throw new AppError("CONFLICT", { zh: "该诊断已提交，不能修改：可重新诊断", en: "This diagnosis is committed: start a new one" });
  return r;
}

/** Answers must name this set's indicators and one of their options. */
function checkAnswers(r: TDiagnosisRow, answers: Record<string, number>) {
  const byId = new Map(r.set.indicators.map((i) => [i.id, optionsOf(i).length]));
  for (const [id, option] of Object.entries(answers)) {
    const count = byId.get(id);
    if (count === undefined || option >= count)
      throw AppError.validation("answers", {
        zh: "答案与问卷不符，请刷新后重试",
        en: "An answer does not fit the questionnaire: reload and retry",
      });
  }
}

const WRITERS = ["ENTERPRISE", ...NODE_STAFF] as const;
const ZId = z.object({ id: z.string().min(1).max(64) });
const ZMine = z.object({
  latest: ZDiagnosis.nullable(),
  draftId: z.string().nullable(),
  history: z.array(z.object({ id: z.string(), score: z.number(), level: z.number().int(), committedAt: z.string() })),
});

export const diagnosesRouter = router({
  list: diagnosesResource.router.list,
  get: diagnosesResource.router.get,
  getMany: diagnosesResource.router.getMany,
  export: diagnosesExport,

  /** 开始诊断: the caller's open draft for the enterprise, or a new one on the active set of its industry. */
  start: procedure(WRITERS, { description: "Start (or continue) a digital diagnosis: the enterprise's own, or by a node on its behalf" })
    .input(ZDiagnosisStart)
    .output(ZQuestionnaire)
    .mutation(async ({ ctx, input }) => {
      const who = await enterpriseFor(ctx, input.enterpriseId);
      const draft = await ctx.db.digitalDiagnosis.findFirst({
        where: { enterpriseId: who.id, status: "DRAFT", byNodeId: who.byNodeId },
        include: DIAGNOSIS_INCLUDE,
        orderBy: { createdAt: "desc" },
      });
      if (draft) return questionnaireOf(ctx, draft);
      const enterprise = await ctx.db.enterprise.findUniqueOrThrow({ where: { id: who.id }, select: { townId: true, industryCode: true } });
      const industry = industryKindOf(enterprise.industryCode);
      const set = await ctx.db.digitalIndicatorSet.findFirst({ where: { industry, active: true }, orderBy: { edition: "desc" } });
      if (!set)
        throw new AppError("CONFLICT", {
          zh: `还没有启用的${DigitalIndustry.label(industry, "zh")}评测指标表，请联系区中小企业服务中心`,
          en: `No active indicator set for ${DigitalIndustry.label(industry, "en")} yet: contact the district SME centre`,
        });
      const row = await ctx.db.digitalDiagnosis.create({
        data: {
          id: newId(),
          enterpriseId: who.id,
          townId: enterprise.townId,
          setId: set.id,
          byNodeId: who.byNodeId,
          createdById: ctx.user!.id,
        },
        include: DIAGNOSIS_INCLUDE,
      });
      return questionnaireOf(ctx, row);
    }),

  /** One diagnosis with its questionnaire, evidence and the previous result (within the caller's scope). */
  questionnaire: procedure([...STAFF, ...NODE_STAFF, "ENTERPRISE"], {
    description: "A diagnosis with its questionnaire, evidence and previous result",
  })
    .input(ZId)
    .output(ZQuestionnaire)
    .query(async ({ ctx, input }) => {
      const r = await ctx.db.digitalDiagnosis.findFirst({
        where: { AND: [{ id: input.id }, diagnosisScope(ctx.user)] },
        include: DIAGNOSIS_INCLUDE,
      });
      if (!r) throw AppError.notFound(DIAGNOSIS_LABEL);
      return questionnaireOf(ctx, r);
    }),

  /** 保存草稿: answers so far and evidence; a draft never counts anywhere. */
  save: procedure(WRITERS, { description: "Save a diagnosis draft (answers so far, evidence)" })
    .input(ZDiagnosisSave)
    .output(ZQuestionnaire)
    .mutation(async ({ ctx, input }) => {
      const r = await lockDraft(ctx, input.id);
      checkAnswers(r, input.answers);
      await attachFiles(ctx, { fileIds: input.fileIds, ownerKind: EVIDENCE_FILES, ownerId: r.id });
      const row = await ctx.db.digitalDiagnosis.update({
        where: { id: r.id },
        data: { answers: input.answers },
        include: DIAGNOSIS_INCLUDE,
      });
      return questionnaireOf(ctx, row);
    }),

  /**
   * 提交: every indicator answered and the truthfulness pledge; the score, level, dimension scores and
   * weakest indicators are fixed. A diagnosis by a node's staff is that node's ledger service.
   */
  commit: procedure(WRITERS, {
    description: "Commit a diagnosis with the truthfulness pledge: its level, dimension scores and weak points",
  })
    .input(ZDiagnosisCommit)
    .output(ZQuestionnaire)
    .mutation(async ({ ctx, input }) => {
      const r = await lockDraft(ctx, input.id);
      checkAnswers(r, input.answers);
      const indicators = scoredOf(r);
      const missing = indicators.filter((i) => input.answers[i.id] === undefined);
      if (missing.length)
        throw AppError.validation("answers", {
          zh: `还有${missing.length}项未作答：${missing.map((i) => i.name).join("、")}`,
          en: `${missing.length} question(s) unanswered`,
        });
      await attachFiles(ctx, { fileIds: input.fileIds, ownerKind: EVIDENCE_FILES, ownerId: r.id });
      const s = scoreAnswers(indicators, input.answers, r.set);
      const now = ctx.now();
      const row = await ctx.db.digitalDiagnosis.update({
        where: { id: r.id },
        data: {
          answers: input.answers,
          status: "COMMITTED",
          score: s.score,
          level: s.level,
          dimensionScores: s.dimensionScores,
          weakIndicatorIds: s.weakIndicatorIds,
          pledgedBy: ctx.user!.displayName,
          committedAt: now,
        },
        include: DIAGNOSIS_INCLUDE,
      });
      if (r.byNodeId)
        await recordLedgerEntry(ctx.db, {
          source: "DIAGNOSIS",
          originId: r.id,
          enterpriseId: r.enterpriseId,
          nodeId: r.byNodeId,
          category: "MANAGEMENT_CONSULTING",
          channel: "OFFLINE",
          servedOn: shanghaiDate(now),
          staffName: ctx.user!.displayName,
          summary: `数字化诊断：${r.enterprise.name}，得分${s.score}，${LEVEL_LABELS[s.level].zh}`,
          createdById: ctx.user!.id,
        });
      return questionnaireOf(ctx, row);
    }),

  /** The enterprise's own: its latest committed diagnosis (with the change from the one before), its open draft, its history. */
  mine: procedure(["ENTERPRISE"], { description: "The enterprise's latest diagnosis, open draft and history" })
    .input(z.object({}).optional())
    .output(ZMine)
    .query(async ({ ctx }) => {
      const enterpriseId = myEnterpriseId(ctx);
      const [committed, draft] = await Promise.all([
        ctx.db.digitalDiagnosis.findMany({
          where: { enterpriseId, status: "COMMITTED" },
          orderBy: { committedAt: "desc" },
          include: DIAGNOSIS_INCLUDE,
          take: 20,
        }),
        ctx.db.digitalDiagnosis.findFirst({ where: { enterpriseId, status: "DRAFT", byNodeId: null }, select: { id: true } }),
      ]);
      return {
        latest: committed[0] ? await fullDto(ctx, committed[0]) : null,
        draftId: draft?.id ?? null,
        history: committed.map((d) => ({ id: d.id, score: d.score ?? 0, level: d.level ?? 0, committedAt: d.committedAt!.toISOString() })),
      };
    }),
});

/** Evidence files: whoever may read the diagnosis. */
export const canReadEvidence = async (ctx: TContext, ownerId: string) =>
  (await ctx.db.digitalDiagnosis.count({ where: { AND: [{ id: ownerId }, diagnosisScope(ctx.user)] } })) > 0;

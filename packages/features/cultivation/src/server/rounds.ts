import { z } from "zod";
import { AppError, dateOfDay, dayOrNull, isoOrNull, shanghaiDate, shanghaiYear } from "@qifu/domain";
import { newId, type Prisma, type TDbTx } from "@qifu/db";
import { NO_ROWS, procedure, router, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import { evaluateLevel } from "../ladder";
import {
  ZApplication,
  ZDecide,
  ZRecommend,
  ZRound,
  ZRoundDetail,
  ZRoundOpen,
  ZSubmit,
  type TApplication,
  type TCultivationLevel,
  type TRecognisingBody,
  type TRound,
} from "../schemas";
import { enterpriseInScope, LADDER_STAFF, ownEnterpriseId } from "./access";
import { confirmedFigures, loadRules, REGISTRY_SELECT } from "./criteria";
import { addMonths } from "./tier";
import { prepareRecognition } from "./recognitions";

const ROUND_LABEL = { zh: "申报批次", en: "Application round" };
const APPLICATION_LABEL = { zh: "申报", en: "Application" };

/** Applications the caller reaches: the district all, a town admin its town's, an enterprise its own. */
export function applicationScope(user: TSessionUser | null): TWhere {
  if (user?.role === "DISTRICT_ADMIN") return {};
  if (user?.role === "TOWN_ADMIN") return user.townId ? { townId: user.townId } : NO_ROWS;
  if (user?.role === "ENTERPRISE") return user.enterpriseId ? { enterpriseId: user.enterpriseId } : NO_ROWS;
  return NO_ROWS;
}

const APP_INCLUDE = {
  enterprise: { select: { name: true, town: { select: { name: true } } } },
} satisfies Prisma.CultivationApplicationInclude;
type TAppRow = Prisma.CultivationApplicationGetPayload<{ include: typeof APP_INCLUDE }>;
type TRoundRow = Prisma.CultivationRoundGetPayload<object>;

export const toApplicationDto = (a: TAppRow, evaluation: TApplication["evaluation"] = null): TApplication => ({
  id: a.id,
  roundId: a.roundId,
  enterpriseId: a.enterpriseId,
  enterpriseName: a.enterprise.name,
  townName: a.enterprise.town?.name ?? null,
  recommendedAt: isoOrNull(a.recommendedAt),
  material: a.material,
  submittedAt: isoOrNull(a.submittedAt),
  decision: a.decision as TApplication["decision"],
  decisionNote: a.decisionNote,
  decidedAt: isoOrNull(a.decidedAt),
  evaluation,
});

export function toRoundDto(
  r: TRoundRow,
  apps: readonly { recommendedAt: Date | null; submittedAt: Date | null; decision: string }[],
): TRound {
  return {
    id: r.id,
    name: r.name,
    level: r.level as TRound["level"],
    year: r.year,
    body: r.body as TRound["body"],
    batch: r.batch,
    opensOn: dayOrNull(r.opensOn)!,
    closesOn: dayOrNull(r.closesOn)!,
    validYears: r.validYears,
    status: r.status as TRound["status"],
    note: r.note,
    applications: apps.length,
    recommended: apps.filter((a) => a.recommendedAt).length,
    submitted: apps.filter((a) => a.submittedAt).length,
    approved: apps.filter((a) => a.decision === "APPROVED").length,
  };
}

/** Rounds with the caller's applications counted (a town admin sees its town's figures). */
export async function roundsWithCounts(ctx: TContext, where: Prisma.CultivationRoundWhereInput) {
  const rounds = await ctx.db.cultivationRound.findMany({ where, orderBy: [{ opensOn: "desc" }, { name: "asc" }] });
  const apps = await ctx.db.cultivationApplication.findMany({
    where: { AND: [{ roundId: { in: rounds.map((r) => r.id) } }, applicationScope(ctx.user)] },
    select: { roundId: true, recommendedAt: true, submittedAt: true, decision: true },
  });
  return rounds.map((r) =>
    toRoundDto(
      r,
      apps.filter((a) => a.roundId === r.id),
    ),
  );
}

/** A round the caller can still take part in: open, and today within its dates. */
async function openRound(db: TDbTx, roundId: string) {
  const round = await db.cultivationRound.findUnique({ where: { id: roundId } });
  if (!round) throw AppError.notFound(ROUND_LABEL);
  const day = shanghaiDate(new Date());
  if (round.status !== "OPEN" || dayOrNull(round.opensOn)! > day || dayOrNull(round.closesOn)! < day)
    throw new AppError("CONFLICT", {
      zh: `「${round.name}」不在申报期内（${dayOrNull(round.opensOn)} 至 ${dayOrNull(round.closesOn)}）`,
      en: `"${round.name}" is not open for applications (${dayOrNull(round.opensOn)} to ${dayOrNull(round.closesOn)})`,
    });
  return round;
}

const list = procedure([...LADDER_STAFF, "ENTERPRISE"], { description: "Application rounds" })
  .input(z.object({ status: z.enum(["OPEN", "CLOSED"]).optional() }).optional())
  .output(z.array(ZRound))
  .query(({ ctx, input }) => roundsWithCounts(ctx, input?.status ? { status: input.status } : {}));

const get = procedure(LADDER_STAFF, { description: "A round with the applications in the caller's scope" })
  .input(z.object({ id: z.string().min(1).max(64) }))
  .output(ZRoundDetail)
  .query(async ({ ctx, input }) => {
    const [round] = await roundsWithCounts(ctx, { id: input.id });
    if (!round) throw AppError.notFound(ROUND_LABEL);
    const apps = await ctx.db.cultivationApplication.findMany({
      where: { AND: [{ roundId: input.id }, applicationScope(ctx.user)] },
      include: { ...APP_INCLUDE, enterprise: { select: { ...REGISTRY_SELECT, name: true, town: { select: { name: true } } } } },
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    });
    const rules = (await loadRules(ctx.db)).get(round.level) ?? [];
    const figures = await confirmedFigures(
      ctx.db,
      apps.map((a) => a.enterprise),
    );
    return {
      ...round,
      list: apps.map((a) => toApplicationDto(a, evaluateLevel(round.level as TCultivationLevel, rules, figures.get(a.enterpriseId)!))),
    };
  });

const open = procedure(["DISTRICT_ADMIN"], { description: "Open an application round" })
  .input(ZRoundOpen)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const id = newId();
    await ctx.db.cultivationRound.create({
      data: {
        id,
        ...input,
        note: input.note ?? null,
        opensOn: dateOfDay(input.opensOn)!,
        closesOn: dateOfDay(input.closesOn)!,
        status: "OPEN",
      },
    });
    return { id };
  });

const close = procedure(["DISTRICT_ADMIN"], { description: "Close an application round" })
  .input(z.object({ id: z.string().min(1).max(64) }))
  .output(z.object({ closed: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    if (!(await ctx.db.cultivationRound.findUnique({ where: { id: input.id }, select: { id: true } })))
      throw AppError.notFound(ROUND_LABEL);
    const r = await ctx.db.cultivationRound.updateMany({ where: { id: input.id, status: "OPEN" }, data: { status: "CLOSED" } });
    return { closed: r.count === 1 };
  });

/** A town recommends one of its own enterprises (the district any); another town's is "not found". */
const recommend = procedure(LADDER_STAFF, { description: "Recommend an enterprise for a round" })
  .input(ZRecommend)
  .output(ZApplication)
  .mutation(async ({ ctx, input }) => {
    await openRound(ctx.db, input.roundId);
    const e = await enterpriseInScope(ctx, input.enterpriseId);
    const row = await ctx.db.cultivationApplication.upsert({
      where: { roundId_enterpriseId: { roundId: input.roundId, enterpriseId: e.id } },
      create: {
        id: newId(),
        roundId: input.roundId,
        enterpriseId: e.id,
        townId: e.townId,
        recommendedAt: new Date(),
        recommendedById: ctx.user!.id,
      },
      update: { recommendedAt: new Date(), recommendedById: ctx.user!.id },
      include: APP_INCLUDE,
    });
    return toApplicationDto(row);
  });

/** The enterprise completes and submits its material (its own application only). */
const submit = procedure(["ENTERPRISE"], { description: "Submit my application material" })
  .input(ZSubmit)
  .output(ZApplication)
  .mutation(async ({ ctx, input }) => {
    const enterpriseId = ownEnterpriseId(ctx);
    await openRound(ctx.db, input.roundId);
    const e = await ctx.db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { townId: true } });
    const existing = await ctx.db.cultivationApplication.findUnique({
      where: { roundId_enterpriseId: { roundId: input.roundId, enterpriseId } },
    });
    if (existing && existing.decision !== "PENDING")
      throw new AppError("CONFLICT", { zh: "该申报已审核，不能再修改", en: "This application has been decided and can no longer change" });
    const row = await ctx.db.cultivationApplication.upsert({
      where: { roundId_enterpriseId: { roundId: input.roundId, enterpriseId } },
      create: { id: newId(), roundId: input.roundId, enterpriseId, townId: e.townId, material: input.material, submittedAt: new Date() },
      update: { material: input.material, submittedAt: new Date() },
      include: APP_INCLUDE,
    });
    return toApplicationDto(row);
  });

/**
 * The district decides an application that is both recommended and submitted. An approval is
 * recorded as a recognition (batch, body and validity of the round) and the tier follows, in one transaction.
 */
const decide = procedure(["DISTRICT_ADMIN"], { description: "Decide an application" })
  .input(ZDecide)
  .output(ZApplication)
  .mutation(async ({ ctx, input }) => {
    const app = await ctx.db.cultivationApplication.findUnique({ where: { id: input.applicationId }, include: { round: true } });
    if (!app) throw AppError.notFound(APPLICATION_LABEL);
    if (!app.recommendedAt || !app.submittedAt)
      throw new AppError("CONFLICT", {
        zh: "需镇街推荐且企业提交材料后才能审核",
        en: "An application is decided once its town has recommended it and the enterprise has submitted its material",
      });
    // conditional: two reviewers deciding at once record one result
    const claimed = await ctx.db.cultivationApplication.updateMany({
      where: { id: app.id, decision: "PENDING" },
      data: { decision: input.decision, decisionNote: input.note ?? null, decidedAt: new Date() },
    });
    if (!claimed.count) throw new AppError("CONFLICT", { zh: "该申报已审核", en: "This application has already been decided" });
    if (input.decision === "APPROVED") {
      const day = shanghaiDate(new Date());
      const data = await prepareRecognition(
        ctx,
        {
          enterpriseId: app.enterpriseId,
          level: app.round.level as TCultivationLevel,
          body: app.round.body as TRecognisingBody,
          batch: app.round.batch,
          recognisedOn: day,
          validUntil: app.round.level === "ABOVE_SIZE" ? null : addMonths(day, app.round.validYears * 12),
          reexamineOn: app.round.level === "ABOVE_SIZE" ? null : addMonths(day, app.round.validYears * 12 - 6),
          note: `${app.round.name}（${shanghaiYear(new Date())}）`,
        },
        app.roundId,
      );
      await ctx.db.cultivationRecognition.create({ data });
      await ctx.db.cultivationApplication.update({ where: { id: app.id }, data: { recognitionId: data.id } });
    }
    const row = await ctx.db.cultivationApplication.findUniqueOrThrow({ where: { id: app.id }, include: APP_INCLUDE });
    return toApplicationDto(row);
  });

export const roundsRouter = router({ list, get, open, close, recommend, submit, decide });

import { z } from "zod";
import { shanghaiDate } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";
import { procedure, router, type TWhere } from "@qifu/trpc-core";
import { countsOn, evaluateLevel, nextLevel, servicesFor } from "../ladder";
import { loadStageServices } from "./stage-services";
import {
  LADDER,
  ZCandidate,
  ZCandidateFilter,
  ZMyLadder,
  type TCandidate,
  type TCultivationLevel,
  type TEvaluation,
  type TMyLadder,
} from "../schemas";
import { enterpriseScope, LADDER_STAFF, ownEnterpriseId } from "./access";
import { confirmedFigures, loadRules, REGISTRY_SELECT } from "./criteria";
import { toFigureDto } from "./figures";
import { RECOGNITION_INCLUDE, toRecognitionDto } from "./recognitions";
import { applicationScope, roundsWithCounts, toApplicationDto } from "./rounds";
import { spanOf } from "./tier";

/** How many enterprises a pool reads at most (the matching kit's bound for enterprises). */
const POOL_LIMIT = 5000;

/** Who is in a level's pool: those whose next rung it is (tier just below), or for 小升规 those not yet above size. */
export function poolWhere(level: TCultivationLevel, day: Date): TWhere {
  if (level === "ABOVE_SIZE")
    return {
      cultivationRecognitions: {
        none: {
          level: "ABOVE_SIZE",
          revokedAt: null,
          recognisedOn: { lte: day },
          OR: [{ validUntil: null }, { validUntil: { gte: day } }],
        },
      },
    };
  const i = LADDER.indexOf(level);
  return { tier: i === 0 ? "NONE" : LADDER[i - 1] };
}

const VERDICT_ORDER = { READY: 0, MISSING: 1, UNKNOWN: 2 } as const;
const missedCount = (e: TEvaluation) => e.criteria.filter((c) => c.state === "MISSED").length;

/** Every enterprise of a pool in `scope`, evaluated against the level with its confirmed figures; ready first, then nearest. */
export async function evaluatePool(db: TDbTx, scope: TWhere, level: TCultivationLevel): Promise<TCandidate[]> {
  const day = shanghaiDate(new Date());
  const enterprises = await db.enterprise.findMany({
    where: { AND: [scope, poolWhere(level, new Date(`${day}T00:00:00Z`))] },
    select: { ...REGISTRY_SELECT, name: true, tier: true, town: { select: { name: true } } },
    orderBy: { name: "asc" },
    take: POOL_LIMIT,
  });
  const rules = (await loadRules(db)).get(level) ?? [];
  const figures = await confirmedFigures(db, enterprises, day);
  return enterprises
    .map((e) => ({
      enterpriseId: e.id,
      name: e.name,
      townName: e.town?.name ?? null,
      tier: e.tier as TCandidate["tier"],
      evaluation: evaluateLevel(level, rules, figures.get(e.id)!),
    }))
    .sort(
      (a, b) =>
        VERDICT_ORDER[a.evaluation.verdict] - VERDICT_ORDER[b.evaluation.verdict] || missedCount(a.evaluation) - missedCount(b.evaluation),
    );
}

/** 后备库: the candidate pool of a level in the caller's scope (a town admin: its town's enterprises). */
const candidates = procedure(LADDER_STAFF, { description: "Candidate pool of a level" })
  .input(ZCandidateFilter)
  .output(z.array(ZCandidate))
  .query(async ({ ctx, input }) => {
    const scope = { AND: [enterpriseScope(ctx.user), input.townId ? { townId: input.townId } : {}] };
    const pool = await evaluatePool(ctx.db, scope, input.level);
    return input.verdict ? pool.filter((c) => c.evaluation.verdict === input.verdict) : pool;
  });

/** The enterprise's own ladder: history, what it misses for the next rung, its figures, the open rounds it can enter, its stage's services. */
const my = procedure(["ENTERPRISE"], { description: "My enterprise's cultivation ladder" })
  .output(ZMyLadder)
  .query(async ({ ctx }): Promise<TMyLadder> => {
    const enterpriseId = ownEnterpriseId(ctx);
    const day = shanghaiDate(new Date());
    const e = await ctx.db.enterprise.findUniqueOrThrow({
      where: { id: enterpriseId },
      select: { ...REGISTRY_SELECT, name: true, tier: true },
    });
    const history = await ctx.db.cultivationRecognition.findMany({
      where: { enterpriseId },
      include: RECOGNITION_INCLUDE,
      orderBy: { recognisedOn: "desc" },
    });
    const tier = e.tier as TMyLadder["tier"];
    const aboveSize = history.some((r) => r.level === "ABOVE_SIZE" && countsOn(spanOf(r), day));
    const next = nextLevel(tier);
    const rules = await loadRules(ctx.db);
    const figs = (await confirmedFigures(ctx.db, [e], day)).get(e.id)!;
    const figures = await ctx.db.cultivationFigure.findMany({
      where: { enterpriseId },
      include: { enterprise: { select: { name: true, town: { select: { name: true } } } } },
      orderBy: { figureKey: "asc" },
    });
    // the open rounds of the levels it can reach: the next rung, and 小升规 while not above size
    const levels = [next, aboveSize ? null : "ABOVE_SIZE"].filter((l): l is TCultivationLevel => l !== null);
    const rounds = await roundsWithCounts(ctx, { status: "OPEN", level: { in: levels } });
    const mine = await ctx.db.cultivationApplication.findMany({
      where: { AND: [{ roundId: { in: rounds.map((r) => r.id) } }, applicationScope(ctx.user)] },
      include: { enterprise: { select: { name: true, town: { select: { name: true } } } } },
    });
    return {
      enterpriseId,
      name: e.name,
      tier,
      aboveSize,
      history: history.map((r) => toRecognitionDto(r, day)),
      next: next ? evaluateLevel(next, rules.get(next) ?? [], figs) : null,
      figures: figures.map(toFigureDto),
      rounds: rounds.map((r) => {
        const a = mine.find((m) => m.roundId === r.id);
        return { ...r, mine: a ? toApplicationDto(a, evaluateLevel(r.level, rules.get(r.level) ?? [], figs)) : null };
      }),
      services: servicesFor(tier, aboveSize, await loadStageServices(ctx.db)),
    };
  });

export const poolsRouter = router({ candidates, my });

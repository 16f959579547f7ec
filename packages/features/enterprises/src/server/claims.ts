import { z } from "zod";
import { AppError, text } from "@qifu/domain";
import { newId, type Prisma, type TDb } from "@qifu/db";
import {
  assertAcceptablePassword,
  createSession,
  hashPassword,
  inAuditTransaction,
  NO_ROWS,
  procedure,
  router,
  ZPagination,
  type TContext,
  type TSessionUser,
  type TWhere,
} from "@qifu/trpc-core";
import { ZClaim, ZClaimFilter, ZMyEnterprise, ZRegisterInput, type TClaim } from "../schemas";
import { checkCreditCode, creditCodeError, ENTERPRISE_INCLUDE, prepareEnterpriseCreate, toEnterpriseDto } from "./enterprise-service";
import { ENTERPRISE_STAFF } from "./resources";

const CLAIM = { zh: "认领申请", en: "Claim" };

/** District admins review every claim; a town admin those filed for their town. */
export function claimScope(user: TSessionUser | null): TWhere {
  if (user?.role === "DISTRICT_ADMIN") return {};
  if (user?.role === "TOWN_ADMIN" && user.townId) return { townId: user.townId };
  return NO_ROWS;
}

/** The claim DTO, with the user name, the town and the registry record its code matches. */
async function toClaimDtos(ctx: TContext, rows: Prisma.EnterpriseClaimGetPayload<object>[]): Promise<TClaim[]> {
  if (!rows.length) return [];
  const [users, towns, matches] = await Promise.all([
    ctx.db.user.findMany({ where: { id: { in: rows.map((r) => r.userId) } }, select: { id: true, username: true } }),
    ctx.db.town.findMany({ where: { id: { in: rows.map((r) => r.townId) } }, select: { id: true, name: true } }),
    ctx.db.enterprise.findMany({
      where: { creditCode: { in: rows.map((r) => r.creditCode) } },
      select: { id: true, name: true, creditCode: true },
    }),
  ]);
  return rows.map((r) => {
    const match = matches.find((m) => m.creditCode === r.creditCode);
    return {
      id: r.id,
      username: users.find((u) => u.id === r.userId)?.username ?? "",
      creditCode: r.creditCode,
      name: r.name,
      townId: r.townId,
      townName: towns.find((t) => t.id === r.townId)?.name ?? null,
      contactName: r.contactName,
      contactPhone: r.contactPhone,
      status: r.status as TClaim["status"], // written only through the claim's steps
      enterpriseId: r.enterpriseId,
      matchedEnterpriseId: match?.id ?? null,
      matchedEnterpriseName: match?.name ?? null,
      reviewNote: r.reviewNote,
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

const ZClaimListInput = z.object({
  pagination: ZPagination.default({ page: 1, perPage: 25 }),
  sort: z.object({ field: z.enum(["createdAt", "status", "name", "reviewedAt"]), order: z.enum(["ASC", "DESC"]) }).optional(),
  filter: ZClaimFilter.optional(),
  q: z.string().max(100).optional(),
});

/** Pending claims expire after this many days without a review (the expiry job closes them). */
export const CLAIM_EXPIRY_DAYS = 30;
const ALREADY_REVIEWED = () => new AppError("CONFLICT", { zh: "该申请已审核，不能重复处理", en: "This claim has already been reviewed" });

/**
 * Take a pending claim for a decision: one conditional update (status = PENDING), so of an
 * approval and a rejection at once, or two approvals, exactly one wins on PostgreSQL too.
 * The claims of one enterprise are decided one at a time (a transaction advisory lock on
 * its credit code), so approving one closes the others without a race.
 */
async function decidePendingClaim(ctx: TContext, id: string, data: Record<string, unknown>) {
  const claim = await ctx.db.enterpriseClaim.findFirst({ where: { AND: [{ id }, claimScope(ctx.user)] } });
  if (!claim) throw AppError.notFound(CLAIM);
  await ctx.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`enterprise_claim:${claim.creditCode}`}))`;
  const { count } = await ctx.db.enterpriseClaim.updateMany({
    where: { id, status: "PENDING", createdAt: { gt: new Date(ctx.now().getTime() - CLAIM_EXPIRY_DAYS * 86_400_000) } },
    data: { ...data, reviewedById: ctx.user!.id, reviewedAt: ctx.now() },
  });
  if (count !== 1) throw ALREADY_REVIEWED();
  return claim;
}

/** The expiry job: pending claims older than CLAIM_EXPIRY_DAYS are closed as expired. */
export async function expirePendingClaims(prisma: TDb, now = new Date()) {
  const { count } = await prisma.enterpriseClaim.updateMany({
    where: { status: "PENDING", createdAt: { lte: new Date(now.getTime() - CLAIM_EXPIRY_DAYS * 86_400_000) } },
    data: {
      status: "EXPIRED",
      reviewNote: `超过 ${CLAIM_EXPIRY_DAYS} 天未审核，申请已过期 / Not reviewed within ${CLAIM_EXPIRY_DAYS} days`,
      reviewedAt: now,
    },
  });
  return count;
}

export const claimsRouter = router({
  list: procedure(ENTERPRISE_STAFF, { description: "List enterprise claims within scope" })
    .input(ZClaimListInput)
    .output(z.object({ data: z.array(ZClaim), total: z.number().int() }))
    .query(async ({ ctx, input: i }) => {
      const f = i.filter ?? {};
      const where = { AND: [claimScope(ctx.user), f.status ? { status: f.status } : {}, f.townId ? { townId: f.townId } : {}] };
      const sort = i.sort ?? { field: "createdAt", order: "DESC" as const };
      const [rows, total] = await Promise.all([
        ctx.db.enterpriseClaim.findMany({
          where,
          orderBy: [{ [sort.field]: sort.order === "ASC" ? "asc" : "desc" }, { id: "asc" }],
          skip: (i.pagination.page - 1) * i.pagination.perPage,
          take: i.pagination.perPage,
        }),
        ctx.db.enterpriseClaim.count({ where }),
      ]);
      return { data: await toClaimDtos(ctx, rows), total };
    }),

  get: procedure(ENTERPRISE_STAFF, { description: "One enterprise claim" })
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(ZClaim)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.enterpriseClaim.findFirst({ where: { AND: [{ id: input.id }, claimScope(ctx.user)] } });
      if (!row) throw AppError.notFound(CLAIM);
      return (await toClaimDtos(ctx, [row]))[0];
    }),

  getMany: procedure(ENTERPRISE_STAFF, { description: "Several enterprise claims by id" })
    .input(z.object({ ids: z.array(z.string().min(1).max(64)).max(200) }))
    .output(z.array(ZClaim))
    .query(async ({ ctx, input }) =>
      toClaimDtos(ctx, await ctx.db.enterpriseClaim.findMany({ where: { AND: [{ id: { in: input.ids } }, claimScope(ctx.user)] } })),
    ),

  /**
   * Verify a claim: link the account to the registry record with the same credit code, or
   * register the enterprise from the claim when there is none. A record outside the
   * reviewer's town, or one that already has an account, is refused.
   */
  approve: procedure(ENTERPRISE_STAFF, { description: "Verify an enterprise claim" })
    .input(z.object({ id: z.string().min(1).max(64), note: text("审核意见", "Review note", { max: 500 }).optional() }))
    .output(ZClaim)
    .mutation(async ({ ctx, input }) => {
      const claim = await decidePendingClaim(ctx, input.id, { status: "APPROVED", reviewNote: input.note ?? null });
      let enterprise = await ctx.db.enterprise.findUnique({
        where: { creditCode: claim.creditCode },
        include: { _count: { select: { users: true } }, town: true },
      });
      if (enterprise) {
        if (ctx.user!.role === "TOWN_ADMIN" && enterprise.townId !== ctx.user!.townId)
          throw new AppError("FORBIDDEN", {
            zh: `该企业登记在${enterprise.town?.name ?? "其他镇街"}，请由该镇街或区级管理员审核`,
            en: `This enterprise is registered in ${enterprise.town?.nameEn || enterprise.town?.name || "another town"}; its town or the district must review the claim`,
          });
        if (enterprise._count.users > 0)
          throw new AppError("CONFLICT", {
            zh: "该企业已由其他账号认领",
            en: "This enterprise has already been claimed by another account",
          });
      } else {
        const data = await prepareEnterpriseCreate(ctx, {
          creditCode: claim.creditCode,
          name: claim.name,
          townId: claim.townId,
          contactName: claim.contactName,
          contactPhone: claim.contactPhone,
          tags: [],
        });
        enterprise = await ctx.db.enterprise.create({ data, include: { _count: { select: { users: true } }, town: true } });
      }
      await ctx.db.user.update({ where: { id: claim.userId }, data: { enterpriseId: enterprise.id, displayName: enterprise.name } });
      const updated = await ctx.db.enterpriseClaim.update({ where: { id: claim.id }, data: { enterpriseId: enterprise.id } });
      // several claims may wait for one enterprise: the town decided, the others are closed
      await ctx.db.enterpriseClaim.updateMany({
        where: { creditCode: claim.creditCode, status: "PENDING", id: { not: claim.id } },
        data: {
          status: "CLOSED",
          reviewNote: "同一企业的另一份认领申请已通过 / Another claim for this enterprise was approved",
          reviewedById: ctx.user!.id,
          reviewedAt: ctx.now(),
        },
      });
      return (await toClaimDtos(ctx, [updated]))[0];
    }),

  reject: procedure(ENTERPRISE_STAFF, { description: "Turn down an enterprise claim, with the reason" })
    .input(z.object({ id: z.string().min(1).max(64), note: text("驳回理由", "Reason", { min: 2, max: 500 }) }))
    .output(ZClaim)
    .mutation(async ({ ctx, input }) => {
      const claim = await decidePendingClaim(ctx, input.id, { status: "REJECTED", reviewNote: input.note });
      const updated = await ctx.db.enterpriseClaim.findUniqueOrThrow({ where: { id: claim.id } });
      return (await toClaimDtos(ctx, [updated]))[0];
    }),
});

/** Self-registration of enterprise accounts and what such an account sees of itself. */
export const enterpriseAccountRouter = router({
  /**
   * Register an enterprise account and file its claim; the account is signed in and sees only
   * the claim's state until a district or town admin verifies it.
   */
  register: procedure("public", { transaction: false, description: "Register an enterprise account and claim its record" })
    .input(ZRegisterInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      assertAcceptablePassword(input.password, "password");
      // hashed before the transaction opens (issue 11, point 2): scrypt never holds a connection
      const passwordHash = await hashPassword(input.password);
      const session = await inAuditTransaction(ctx, async (db) => {
        const code = await checkCreditCode(db, input.creditCode);
        if (code && !code.conflict) throw creditCodeError(code);
        if (await db.user.findUnique({ where: { username: input.username }, select: { id: true } }))
          throw new AppError("CONFLICT", { zh: "用户名已被使用，请换一个", en: "This username is taken; please choose another" }, [
            { path: "username", message: { zh: "用户名已被使用", en: "Username is taken" } },
          ]);
        if (!(await db.town.findUnique({ where: { id: input.townId }, select: { id: true } })))
          throw AppError.validation("townId", { zh: "所属镇街不存在", en: "The town does not exist" });
        const existing = await db.enterprise.findUnique({
          where: { creditCode: input.creditCode },
          include: { _count: { select: { users: true } } },
        });
        if (existing && existing._count.users > 0)
          throw new AppError(
            "CONFLICT",
            {
              zh: "该企业已有认证账号；如需新增账号，请联系所在镇街企业服务部门",
              en: "This enterprise already has a verified account; contact your town's enterprise service office for another",
            },
            [{ path: "creditCode", message: { zh: "该企业已有认证账号", en: "Already has a verified account" } }],
          );
        // Several claims may wait for one enterprise (credit codes are public: a stranger's claim
        // must not block the real enterprise's); the town admin decides between them.
        const id = newId();
        await db.user.create({ data: { id, username: input.username, displayName: input.name, role: "ENTERPRISE", passwordHash } });
        await db.enterpriseClaim.create({
          data: {
            id: newId(),
            userId: id,
            creditCode: input.creditCode,
            name: input.name,
            townId: input.townId,
            contactName: input.contactName,
            contactPhone: input.contactPhone,
          },
        });
        return createSession(db as TDb, id, { ip: ctx.ip, userAgent: ctx.userAgent }, ctx.now());
      });
      ctx.res.setSessionCookie(session.token, session.maxAgeSeconds);
      return { ok: true as const };
    }),

  /** The signed-in enterprise account: its claim and, once verified, its record. */
  mine: procedure(["ENTERPRISE"], { description: "The enterprise account's claim and record" })
    .output(ZMyEnterprise)
    .query(async ({ ctx }) => {
      const claim = await ctx.db.enterpriseClaim.findUnique({ where: { userId: ctx.user!.id } });
      const enterprise = ctx.user!.enterpriseId
        ? await ctx.db.enterprise.findUnique({ where: { id: ctx.user!.enterpriseId }, include: ENTERPRISE_INCLUDE })
        : null;
      return { claim: claim ? (await toClaimDtos(ctx, [claim]))[0] : null, enterprise: enterprise ? toEnterpriseDto(enterprise) : null };
    }),
});

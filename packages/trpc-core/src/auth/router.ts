import { z } from "zod";
import { AppError, labelled, Role, ZLoginInput } from "@qifu/domain";
import { inAuditTransaction, procedure, router } from "../trpc";
import { assertAcceptablePassword } from "./password-policy";
import { login } from "./login";
import { revokeSession } from "./sessions";
import { hashPassword, verifyPassword } from "./password-hash";

/** The sign-in input lives in domain, so the public sign-in form validates with it too. */
export { ZLoginInput };

export const ZMe = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(Role.values),
  roleLabel: z.object({ zh: z.string(), en: z.string() }),
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  nodeId: z.string().nullable(),
  nodeName: z.string().nullable(),
  enterpriseId: z.string().nullable(),
  departmentId: z.string().nullable(),
});
export type TMe = z.infer<typeof ZMe>;

export const authRouter = router({
  login: procedure("public", { transaction: false, description: "Sign in with username and password" })
    .input(ZLoginInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const result = await login(ctx.prisma, input, { ip: ctx.ip, userAgent: ctx.userAgent }, ctx.now());
      ctx.res.setSessionCookie(result.token, result.maxAgeSeconds);
      return { ok: true as const };
    }),

  logout: procedure("public", { transaction: false, description: "End the current session" })
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      if (ctx.sessionId) await revokeSession(ctx.prisma, ctx.sessionId, ctx.now());
      ctx.res.clearSessionCookie();
      return { ok: true as const };
    }),

  me: procedure("public", { description: "The signed-in account, or null" })
    .output(ZMe.nullable())
    .query(async ({ ctx }) => {
      if (!ctx.user) return null;
      const u = await ctx.prisma.user.findUnique({ where: { id: ctx.user.id }, include: { town: true, node: true } });
      if (!u) return null;
      return {
        id: u.id,
        username: u.username,
        displayName: u.displayName,
        role: ctx.user.role,
        roleLabel: Role.labels[ctx.user.role],
        townId: u.townId,
        townName: u.town?.name ?? null,
        nodeId: u.nodeId,
        nodeName: u.node?.name ?? null,
        enterpriseId: u.enterpriseId,
        departmentId: u.departmentId,
      };
    }),

  /**
   * Throttled per account at the HTTP layer (apps/api operations.ts, like sign-in per address).
   * Both hashes are computed before the transaction opens: a transaction never waits on scrypt.
   */
  changePassword: procedure("authenticated", { transaction: false, description: "Change one's own password" })
    .input(
      z.object({
        currentPassword: labelled(z.string().min(1).max(128), "当前密码", "Current password"),
        newPassword: labelled(z.string().min(1).max(128), "新密码", "New password"),
      }),
    )
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      assertAcceptablePassword(input.newPassword, "newPassword");
      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: ctx.user!.id } });
      if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
        throw AppError.validation("currentPassword", { zh: "当前密码不正确", en: "Current password is wrong" });
      const passwordHash = await hashPassword(input.newPassword);
      await inAuditTransaction(ctx, async (tx) => {
        // only if nobody changed it meanwhile (two changes at once: the second is refused)
        const { count } = await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
        if (!count)
          throw new AppError("CONFLICT", {
            zh: "密码刚被修改过，请重新输入当前密码",
            en: "The password was just changed; enter the current one again",
          });
        // other sessions of this account end: a changed password should lock out whoever had the old one
        await tx.session.updateMany({
          where: { userId: user.id, revokedAt: null, NOT: { id: ctx.sessionId ?? "" } },
          data: { revokedAt: ctx.now() },
        });
      });
      return { ok: true as const };
    }),
});

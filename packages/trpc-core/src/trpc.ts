import { initTRPC, TRPCError } from "@trpc/server";
import { AppError, assertValidText } from "@qifu/domain";
import type { TContext } from "./context";
import type { TDbTx } from "@qifu/db";
import { allows, type TPolicy, type TProcedureMeta } from "./policy";
import { appErrorBody, appErrorFromUnknown, toTRPCError } from "./errors";

const t = initTRPC
  .context<TContext>()
  .meta<TProcedureMeta>()
  .create({
    errorFormatter({ shape, error, path }) {
      const app = appErrorBody(error, path);
      // Only our bilingual body goes out: no stack, no SQL, no Prisma message.
      return {
        message: app.message.zh,
        code: shape.code,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, app },
      };
    },
  });

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;
export type { TRPCError };

/** Internal errors are logged here with the request id; the response only says "internal". */
export let logInternalError: (err: unknown, ctx: TContext, path: string) => void = (err, ctx, path) => {
  console.error(JSON.stringify({ level: "error", requestId: ctx.requestId, path, err: String((err as Error)?.stack ?? err) }));
};
export function setInternalErrorLogger(fn: typeof logInternalError) {
  logInternalError = fn;
}

/**
 * Errors leave a procedure as TRPCErrors whose cause is an AppError (or, for input
 * validation, the ZodError of the input schema). Anything unexpected is logged and
 * becomes a generic INTERNAL error.
 */
function normalizeError(err: unknown, ctx: TContext, path: string): TRPCError {
  let cause: unknown = err;
  if (err instanceof TRPCError) {
    if (err.code !== "INTERNAL_SERVER_ERROR") return err; // input validation, our own codes
    cause = err.cause ?? err;
  }
  const app = appErrorFromUnknown(cause);
  if (app.code === "INTERNAL") logInternalError(cause, ctx, path);
  return toTRPCError(app);
}

/**
 * One transaction with the actor, our request id and the client's claimed request id set for
 * the audit trigger. Mutations run in one by default; a procedure with `transaction: false`
 * that must do slow work first (hashing a password) opens its own with this afterwards.
 */
export function inAuditTransaction<T>(ctx: TContext, fn: (tx: TDbTx) => Promise<T>): Promise<T> {
  return ctx.prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('qifu.actor_id', ${ctx.user?.id ?? ""}, true),
      set_config('qifu.actor_role', ${ctx.user?.role ?? ""}, true),
      set_config('qifu.request_id', ${ctx.requestId}, true),
      set_config('qifu.client_request_id', ${ctx.clientRequestId ?? ""}, true)`;
    return fn(tx);
  });
}

/** Every procedure goes through here: it maps thrown errors to AppErrors and enforces the policy. */
const guarded = t.procedure.use(async ({ ctx, meta, next, path, type, getRawInput }) => {
  const policy = meta?.policy;
  if (!policy) throw toTRPCError(new AppError("FORBIDDEN", { zh: "接口未声明访问策略", en: "Procedure declares no access policy" }));
  if (!allows(policy, ctx.user)) throw toTRPCError(ctx.user ? AppError.forbidden() : AppError.unauthenticated());
  // Invalid text (lone surrogates, NUL, noncharacters) is refused here, once for every input,
  // before any schema or database sees it (issue 11 point 7).
  try {
    assertValidText(await getRawInput());
  } catch (err) {
    throw normalizeError(err, ctx, path);
  }

  const run = async () => {
    if (type !== "mutation" || meta?.transaction === false) return next();
    // A mutation runs in one transaction: all of it is written or none of it, and the
    // audit trigger sees who did it.
    return inAuditTransaction(ctx, async (tx) => {
      const result = await next({ ctx: { ...ctx, db: tx } });
      // next() reports errors as a result, not a throw: roll back by throwing it
      if (!result.ok) throw result.error;
      return result;
    });
  };
  let result;
  try {
    result = await run();
  } catch (err) {
    throw normalizeError(err, ctx, path);
  }
  if (!result.ok) throw normalizeError(result.error, ctx, path);
  return result;
});

/**
 * The one way to make a procedure: say who may call it. `procedure(["DISTRICT_ADMIN"])`,
 * `procedure("public")`. The policy is kept as meta so tests can read it off the router.
 */
export function procedure(policy: TPolicy, options: Omit<TProcedureMeta, "policy"> = {}) {
  return guarded.meta({ policy, ...options });
}

export const publicProcedure = procedure("public");
export const authedProcedure = procedure("authenticated");

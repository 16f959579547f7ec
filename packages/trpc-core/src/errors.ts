import { TRPCError } from "@trpc/server";
import { AppError, fieldErrorsFromZod, type TAppErrorBody } from "@qifu/domain";
import { z } from "zod";

const TRPC_CODE: Record<AppError["code"], TRPCError["code"]> = {
  VALIDATION: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  LOCKED: "TOO_MANY_REQUESTS",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  INTERNAL: "INTERNAL_SERVER_ERROR",
};

export function toTRPCError(err: AppError): TRPCError {
  return new TRPCError({ code: TRPC_CODE[err.code], message: err.messages.zh, cause: err });
}

/** Prisma errors that are the caller's doing become clear AppErrors; the rest stay internal. */
/** Postgres SQLSTATE → the Prisma code we handle, for errors that come straight from a driver adapter. */
const SQLSTATE_TO_PRISMA: Record<string, string> = { "23505": "P2002", "23503": "P2003" };

function prismaCodeOf(err: unknown): string | undefined {
  const e = err as { code?: string; name?: string; cause?: { kind?: string; code?: string; originalCode?: string } };
  if (e?.code?.startsWith("P")) return e.code;
  // Inside interactive transactions the adapter's error can surface unmapped.
  if (e?.name === "DriverAdapterError" && e.cause) {
    if (e.cause.kind === "UniqueConstraintViolation") return "P2002";
    if (e.cause.kind === "ForeignKeyConstraintViolation") return "P2003";
    return SQLSTATE_TO_PRISMA[e.cause.code ?? e.cause.originalCode ?? ""];
  }
  return undefined;
}

/** 22021 invalid byte sequence (NUL in text), 22P05 untranslatable character. */
const INVALID_TEXT = new Set(["22021", "22P05"]);
function sqlStateOf(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string; originalCode?: string } };
  return e?.cause?.code ?? e?.cause?.originalCode ?? e?.code;
}

export function appErrorFromUnknown(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = prismaCodeOf(err);
  if (code === "P2002") {
    const target = (err as any)?.meta?.target;
    const field = Array.isArray(target) ? target.join(".") : typeof target === "string" ? target : "";
    return new AppError(
      "CONFLICT",
      { zh: "记录已存在（重复）", en: "A record with the same value already exists" },
      field ? [{ path: field, message: { zh: "该值已被使用", en: "This value is already taken" } }] : [],
    );
  }
  if (code === "P2025") return AppError.notFound();
  // P2028: no database connection came free in time (transactionOptions.maxWait) or the
  // transaction outlived its timeout: a burst larger than the pool, not a fault. Say so, so the
  // client retries, instead of an internal error.
  if (code === "P2028")
    return new AppError("TOO_MANY_REQUESTS", { zh: "系统繁忙，请稍后重试", en: "The system is busy, please try again shortly" });
  if (code === "P2003") return new AppError("VALIDATION", { zh: "关联的记录不存在", en: "A referenced record does not exist" });
  // Text PostgreSQL cannot store (a NUL character): found by the fuzz test, the caller's doing
  if (INVALID_TEXT.has(sqlStateOf(err) ?? ""))
    return new AppError("VALIDATION", { zh: "输入包含无效字符", en: "The input contains an invalid character" });
  // ON DELETE RESTRICT: the row is still used elsewhere (found by the fuzz test)
  if (sqlStateOf(err) === "23001")
    return new AppError("CONFLICT", {
      zh: "该记录仍被其他数据引用，不能删除",
      en: "The record is still in use elsewhere and cannot be deleted",
    });
  return new AppError("INTERNAL", { zh: "服务器内部错误，请稍后重试", en: "Internal server error, please try again later" });
}

/** Procedure path → input schema, so zod failures can name fields by their labels. */
const inputSchemas = new Map<string, z.ZodType>();
export function indexInputSchemas(router: { _def: { procedures: Record<string, any> } }) {
  for (const [path, proc] of Object.entries(router._def.procedures)) {
    const input = proc?._def?.inputs?.[0];
    if (input instanceof z.ZodType) inputSchemas.set(path, input);
  }
}

/** The body of every error response: code, bilingual message, field errors. Never a stack. */
export function appErrorBody(error: TRPCError, path: string | undefined): TAppErrorBody {
  const cause = error.cause;
  if (cause instanceof AppError) return { code: cause.code, message: cause.messages, fields: cause.fields };
  if (cause instanceof z.ZodError && error.code === "BAD_REQUEST") {
    const schema = (path && inputSchemas.get(path)) || z.any();
    const fields = fieldErrorsFromZod(schema, cause.issues);
    return { code: "VALIDATION", message: fields[0]?.message ?? { zh: "输入不正确", en: "Invalid input" }, fields };
  }
  switch (error.code) {
    case "NOT_FOUND":
      return { code: "NOT_FOUND", message: { zh: "请求的接口不存在", en: "No such procedure" }, fields: [] };
    case "PARSE_ERROR":
    case "BAD_REQUEST":
      return { code: "VALIDATION", message: { zh: "请求格式不正确", en: "Malformed request" }, fields: [] };
    case "METHOD_NOT_SUPPORTED":
      return { code: "VALIDATION", message: { zh: "请求方法不正确", en: "Wrong request method" }, fields: [] };
    case "UNAUTHORIZED":
      return { code: "UNAUTHENTICATED", message: { zh: "请先登录", en: "Please sign in first" }, fields: [] };
    case "FORBIDDEN":
      return { code: "FORBIDDEN", message: { zh: "您无权执行此操作", en: "You are not allowed to do this" }, fields: [] };
    case "TOO_MANY_REQUESTS":
      return { code: "TOO_MANY_REQUESTS", message: { zh: "请求过于频繁", en: "Too many requests" }, fields: [] };
    default:
      return {
        code: "INTERNAL",
        message: { zh: "服务器内部错误，请稍后重试", en: "Internal server error, please try again later" },
        fields: [],
      };
  }
}

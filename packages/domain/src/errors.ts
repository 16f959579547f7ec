import type { TLabel } from "./labels";

export type TAppErrorCode =
  "VALIDATION" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "LOCKED" | "TOO_MANY_REQUESTS" | "INTERNAL";

/** One problem with one input field; `path` is the field's dotted path ("contact.phone"). */
export type TFieldError = { path: string; message: TLabel };

/**
 * The one error type of Qifu. It carries a code, the field(s) at fault and a message in
 * both languages; the server turns it into the response body, the client shows it on the field.
 */
export class AppError extends Error {
  readonly code: TAppErrorCode;
  readonly messages: TLabel;
  readonly fields: TFieldError[];
  constructor(code: TAppErrorCode, message: TLabel, fields: TFieldError[] = []) {
    super(message.en);
    this.name = "AppError";
    this.code = code;
    this.messages = message;
    this.fields = fields;
  }
  static validation(path: string, message: TLabel) {
    return new AppError("VALIDATION", { zh: `${message.zh}`, en: `${message.en}` }, [{ path, message }]);
  }
  static notFound(what: TLabel = { zh: "记录", en: "Record" }) {
    return new AppError("NOT_FOUND", { zh: `${what.zh}不存在或无权访问`, en: `${what.en} not found or not accessible` });
  }
  static forbidden() {
    return new AppError("FORBIDDEN", { zh: "您无权执行此操作", en: "You are not allowed to do this" });
  }
  static unauthenticated() {
    return new AppError("UNAUTHENTICATED", { zh: "请先登录", en: "Please sign in first" });
  }
}

/** The JSON shape an AppError takes in a response (`error.data.app` in tRPC). */
export type TAppErrorBody = { code: TAppErrorCode; message: TLabel; fields: TFieldError[] };

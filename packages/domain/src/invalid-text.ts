import { AppError } from "./errors";

/**
 * Text the platform never stores (issue 11 point 7): a lone UTF-16 surrogate (not encodable
 * as UTF-8), NUL (PostgreSQL refuses it in text), and Unicode noncharacters (U+FFFE, U+FFFF,
 * U+FDD0–U+FDEF and the last two code points of every plane).
 */
const INVALID_TEXT =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000|[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;

export const hasInvalidText = (s: string) => INVALID_TEXT.test(s);

/**
 * The path ("a.b.0") of the first string in a parsed input that holds invalid text, object
 * keys included; null when there is none. Walks at most `limit` values (inputs are small).
 */
export function invalidTextPath(value: unknown, path: string[] = [], budget = { left: 100_000 }): string | null {
  if (--budget.left < 0) return null;
  if (typeof value === "string") return hasInvalidText(value) ? path.join(".") || "input" : null;
  if (value === null || typeof value !== "object") return null;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [k, v] of entries) {
    if (hasInvalidText(k)) return [...path, "key"].join(".");
    const found = invalidTextPath(v, [...path, k], budget);
    if (found !== null) return found;
  }
  return null;
}

export const INVALID_TEXT_MESSAGE = {
  zh: "输入包含无效字符（如不成对的代理项、NUL 或非字符码位），请删除后重试",
  en: "The input contains invalid characters (a lone surrogate, NUL or a noncharacter); remove them and try again",
};

/** Refuse an input holding invalid text: a 400 with the field's path, the same for every input. */
export function assertValidText(value: unknown) {
  const path = invalidTextPath(value);
  if (path !== null) throw new AppError("VALIDATION", INVALID_TEXT_MESSAGE, [{ path, message: INVALID_TEXT_MESSAGE }]);
}

import { z } from "zod";
import { AppError, type TFieldError } from "./errors";
import type { TLabel } from "./labels";

/**
 * Attach a bilingual field label to a schema, so validation messages can name the field
 * ("名称 不能为空 / Name is required") wherever the schema is used.
 */
export function labelled<T extends z.ZodType>(schema: T, zh: string, en: string): T {
  return schema.meta({ label: { zh, en } }) as T;
}

function labelOf(schema: z.ZodType | undefined): TLabel | undefined {
  let s: any = schema;
  // unwrap optional/nullable/default wrappers to find the label where it was set
  for (let i = 0; s && i < 6; i++) {
    const meta = s.meta?.();
    if (meta?.label) return meta.label as TLabel;
    s = s.def?.innerType ?? s.def?.in ?? undefined;
  }
  return undefined;
}

/** The schema found at a path inside an object schema, if any. */
function schemaAt(root: z.ZodType, path: PropertyKey[]): z.ZodType | undefined {
  let s: any = root;
  for (const key of path) {
    while (s && !s.shape && (s.def?.innerType || s.def?.in)) s = s.def.innerType ?? s.def.in;
    if (s?.shape) s = s.shape[key as string];
    else if (s?.def?.element) s = s.def.element;
    else return undefined;
  }
  return s;
}

function describeIssue(issue: z.core.$ZodIssue): TLabel {
  const i = issue as any;
  switch (issue.code) {
    case "invalid_type":
      // zod 4 leaves the input out of issues; its default message still says what it received
      if (i.input === undefined ? /received (undefined|null)\b/.test(issue.message ?? "") : i.input === null)
        return { zh: "不能为空", en: "is required" };
      return { zh: `类型不正确（应为${typeZh(i.expected)}）`, en: `must be a ${i.expected}` };
    case "too_small":
      if (i.origin === "string")
        return Number(i.minimum) <= 1
          ? { zh: "不能为空", en: "is required" }
          : { zh: `至少 ${i.minimum} 个字符`, en: `must have at least ${i.minimum} characters` };
      if (i.origin === "array") return { zh: `至少选择 ${i.minimum} 项`, en: `needs at least ${i.minimum} item(s)` };
      return { zh: `不能小于 ${i.minimum}`, en: `must be at least ${i.minimum}` };
    case "too_big":
      if (i.origin === "string") return { zh: `不能超过 ${i.maximum} 个字符`, en: `must have at most ${i.maximum} characters` };
      if (i.origin === "array") return { zh: `最多 ${i.maximum} 项`, en: `allows at most ${i.maximum} item(s)` };
      return { zh: `不能大于 ${i.maximum}`, en: `must be at most ${i.maximum}` };
    case "invalid_value":
      return { zh: "不是允许的取值", en: `must be one of: ${(i.values ?? []).join(", ")}` };
    case "invalid_format":
      return { zh: "格式不正确", en: `has an invalid format (${i.format})` };
    case "unrecognized_keys":
      return { zh: `包含未知字段：${i.keys.join("、")}`, en: `has unknown field(s): ${i.keys.join(", ")}` };
    case "not_multiple_of":
      return { zh: "必须为整数", en: "must be a whole number" };
    default:
      return { zh: issue.message || "输入不正确", en: issue.message || "is invalid" };
  }
}

function typeZh(t: string) {
  return (
    (
      { string: "文本", number: "数字", int: "整数", boolean: "是/否", array: "列表", object: "对象", date: "日期" } as Record<
        string,
        string
      >
    )[t] ?? t
  );
}

/** Turn zod issues into Qifu field errors with the field's label in both languages. */
export function fieldErrorsFromZod(schema: z.ZodType, issues: z.core.$ZodIssue[]): TFieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    const label = labelOf(schemaAt(schema, issue.path)) ?? (path ? { zh: path, en: path } : { zh: "输入", en: "Input" });
    const what = describeIssue(issue);
    return { path, message: { zh: `${label.zh}${what.zh}`, en: `${label.en} ${what.en}` } };
  });
}

/** The AppError for a failed parse: the first field names the problem, all are listed. */
export function validationError(schema: z.ZodType, error: z.ZodError): AppError {
  const fields = fieldErrorsFromZod(schema, error.issues);
  const first = fields[0]?.message ?? { zh: "输入不正确", en: "Invalid input" };
  return new AppError("VALIDATION", first, fields);
}

/** Parse or throw the bilingual validation AppError. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(schema, result.error);
  return result.data;
}

/** Text field: trimmed, no control characters, bounded length. Control chars are refused, not stripped. */
export function text(zh: string, en: string, opts: { min?: number; max: number }) {
  const base = z
    .string()
    .trim()
    .min(opts.min ?? 1)
    .max(opts.max)
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), {
      message: "包含不可见控制字符 / contains control characters",
    });
  return labelled(base, zh, en);
}

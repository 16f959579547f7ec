import fc from "fast-check";

/**
 * fast-check arbitraries read off a zod 4 input schema, for fuzzing every mutation.
 * An input is either "valid-looking" (right shapes, but text full of SQL and HTML
 * injection, CJK, emoji) or "hostile" (each field may be over-long, hold control
 * characters, be a huge number, the wrong type, missing, or joined by unknown keys).
 */

export const INJECTIONS = [
  "'; DROP TABLE node; --",
  '" OR 1=1 --',
  "1' OR '1'='1",
  "$1; SELECT pg_sleep(5)",
  "\\'; TRUNCATE audit_log; --",
  "<script>alert(1)</script>",
  "<img src=x onerror=window.__xss=1>",
  "javascript:alert(1)",
  "{{7*7}}${7*7}",
  "%_\\%",
  "狮岭镇'--",
  "\u202Eevil\u202C",
  "😀🏭👩‍💼",
  "../../etc/passwd",
];

/**
 * Invalid Unicode (issue 11 point 7): lone UTF-16 surrogates (high, low, reversed, a high one
 * cut off after an emoji's half), NUL and noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, the
 * last two code points of a plane). Every input holding one is refused with a 400, never a 5xx.
 */
export const INVALID_UNICODE = [
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
  "a\uD800b",
  "\uDC00\uD800",
  "名\uD83D",
  "\uD83D\uD83D",
  "\uDE00😀",
  "\u0000",
  "\uFFFE",
  "\uFFFF",
  "\uFDD0",
  "\uFDEF",
  "\uD83F\uDFFE",
  "\uDBFF\uDFFF",
];
/** A judge of its own (not the server's): text that is not well-formed UTF-16, or holds NUL or a noncharacter. */
export const holdsInvalidUnicode = (s: string) =>
  !(s as string & { isWellFormed(): boolean }).isWellFormed() ||
  /\u0000|[\uFDD0-\uFDEF]|\uFFFE|\uFFFF/.test(s) ||
  [...s].some((c) => (c.codePointAt(0)! & 0xfffe) === 0xfffe);
/** Whether any string of a JSON-able value (object keys included) holds invalid Unicode. */
export function inputHoldsInvalidUnicode(v: unknown): boolean {
  if (typeof v === "string") return holdsInvalidUnicode(v);
  if (v === null || typeof v !== "object") return false;
  return Object.entries(v).some(([k, x]) => holdsInvalidUnicode(k) || inputHoldsInvalidUnicode(x));
}
const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 3,
});
const invalidUnicode = fc.oneof(fc.constantFrom(...INVALID_UNICODE), loneSurrogates);

const CONTROL = ["\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u001B", "\u007F"];

const HUGE_NUMBERS = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -(2 ** 63), 2 ** 31, -1, -0, 0.5, 1e-300, 123456789012345];

/** Values of the wrong type for any field. */
const wrongType = fc.constantFrom<unknown>(
  null,
  true,
  false,
  0,
  -1,
  "",
  "0",
  "null",
  [],
  {},
  [1, 2],
  { $gt: "" },
  { __proto__: { admin: true } },
);

const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 12 });

export type TArbContext = {
  /** Ids of existing rows, so updates and deletes sometimes hit a real row. */
  ids: readonly string[];
};

/** A zod 4 schema, read through its definition (`_zod.def`); apps/api does not depend on zod. */
export type TSchema = object;
type TDef = { type: string; [k: string]: any };
const defOf = (s: TSchema): TDef => (s as any)._zod.def;

function validString(schema: any, key: string, ctx: TArbContext): fc.Arbitrary<string> {
  const min: number = schema.minLength ?? 0;
  const max: number = Math.min(schema.maxLength ?? 200, 400);
  const fit = (a: fc.Arbitrary<string>) => a.map((s) => s.slice(0, max)).map((s) => (s.length >= min ? s : s.padEnd(min, "企")));
  const k = key.toLowerCase();
  if (schema.format === "email")
    return fc.oneof(
      fc.emailAddress().filter((e) => e.length <= max),
      fc.constant("a@b.cn"),
    );
  if (k === "id" || k.endsWith("id") || k === "ids")
    return ctx.ids.length
      ? fc.oneof(fc.constantFrom(...ctx.ids), fit(fc.string({ minLength: 1, maxLength: 30 })))
      : fit(fc.string({ minLength: 1 }));
  if (k.endsWith("at") || k.includes("date"))
    return fc.oneof(
      fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom("2024-02-30", "2024-13-01", "0000-00-00"),
    );
  if (k.includes("phone")) return fc.oneof(fc.stringMatching(/^[0-9+\-() ]{5,30}$/), fc.constant("020-86881234"));
  if (k === "code") return fc.stringMatching(/^[A-Za-z0-9_-]{2,32}$/);
  if (k.includes("metric")) return fc.constantFrom("network.linkedPlatforms", "nope.metric", "");
  return fc.oneof(
    { weight: 3, arbitrary: fit(cjk) },
    { weight: 2, arbitrary: fit(fc.constantFrom(...INJECTIONS)) },
    { weight: 2, arbitrary: fit(fc.string({ minLength: min, maxLength: max })) },
    { weight: 1, arbitrary: fit(fc.string({ unit: "grapheme", maxLength: 20 })) },
  );
}

function hostileString(schema: any): fc.Arbitrary<string> {
  const max: number = schema.maxLength ?? 200;
  return fc.oneof(
    fc.integer({ min: 1, max: 50 }).map((n) => "字".repeat(max + n)), // over-long
    fc.constant("x".repeat(100_000)),
    fc.tuple(fc.constantFrom(...CONTROL), cjk).map(([c, s]) => `${s}${c}${s}`), // control characters
    fc.constantFrom("", " ", "\t\n", "\uFEFF"),
    fc.tuple(cjk, invalidUnicode, fc.boolean()).map(([s, bad, end]) => (end ? `${s}${bad}` : `${bad}${s}`).slice(0, max)), // invalid Unicode, within the length
  );
}

function validNumber(schema: any): fc.Arbitrary<number> {
  const min = Number.isFinite(schema.minValue) ? schema.minValue : -1e6;
  const max = Number.isFinite(schema.maxValue) ? schema.maxValue : 1e6;
  return schema.isInt ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** The arbitrary for one schema node. `hostile` makes every leaf a candidate for abuse. */
export function arbitraryFor(schema: TSchema, ctx: TArbContext, hostile: boolean, key = ""): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const leaf = (valid: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) =>
    hostile ? fc.oneof({ weight: 2, arbitrary: valid }, { weight: 1, arbitrary: bad }, { weight: 1, arbitrary: wrongType }) : valid;
  switch (def.type) {
    case "string":
      return leaf(validString(schema, key, ctx), hostileString(schema));
    case "number":
      return leaf(validNumber(schema), fc.constantFrom(...HUGE_NUMBERS));
    case "int":
      return leaf(validNumber(schema), fc.constantFrom(...HUGE_NUMBERS));
    case "boolean":
      return leaf(fc.boolean(), fc.constantFrom("true", 1, "是"));
    case "enum": {
      const values = Object.values(def.entries as Record<string, string>);
      return leaf(fc.constantFrom(...values), fc.constantFrom(...values.map((v) => v.toLowerCase()), "UNKNOWN", ...INJECTIONS.slice(0, 3)));
    }
    case "literal":
      return leaf(fc.constantFrom(...(def.values as unknown[])), fc.constant("not-the-literal"));
    case "optional":
    case "default":
    case "prefault":
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 3, arbitrary: arbitraryFor(def.innerType, ctx, hostile, key) },
      );
    case "nullable":
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 3, arbitrary: arbitraryFor(def.innerType, ctx, hostile, key) },
      );
    case "readonly":
    case "catch":
    case "nonoptional":
      return arbitraryFor(def.innerType, ctx, hostile, key);
    case "pipe":
      // z.preprocess(fn, schema) is a pipe from a transform: generate for the target
      return arbitraryFor(defOf(def.in).type === "transform" ? def.out : def.in, ctx, hostile, key);
    case "lazy":
      return arbitraryFor(def.getter(), ctx, hostile, key);
    case "union":
      return fc.oneof(...(def.options as TSchema[]).map((o) => arbitraryFor(o, ctx, hostile, key)));
    case "array": {
      const max = Math.min((schema as any).maxLength ?? 5, 5);
      const el = arbitraryFor(def.element, ctx, hostile, key.replace(/s$/, ""));
      const valid = fc.array(el, { maxLength: max });
      const tooMany = fc.array(el, {
        minLength: ((schema as any).maxLength ?? 200) + 1,
        maxLength: ((schema as any).maxLength ?? 200) + 3,
      });
      return hostile ? fc.oneof(valid, tooMany, wrongType) : valid;
    }
    case "record":
      return fc.dictionary(
        hostile ? fc.oneof(fc.string({ maxLength: 10 }), invalidUnicode) : fc.string({ maxLength: 10 }),
        arbitraryFor(def.valueType, ctx, hostile),
        { maxKeys: 4 },
      );
    case "object": {
      const shape = def.shape as Record<string, TSchema>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryFor(v, ctx, hostile, k)]));
      const obj = fc.record(fields, hostile ? { requiredKeys: [] } : undefined);
      if (!hostile) return obj;
      // unknown keys (a strict object must refuse them), prototype pollution attempts
      const extra = fc.oneof(
        fc.constant({}),
        fc.constant({}),
        fc.record({ isAdmin: fc.constant(true) }),
        fc.constant(JSON.parse('{"__proto__":{"role":"DISTRICT_ADMIN"}}')),
        fc.record({ createdAt: fc.constant("1970-01-01") }),
        invalidUnicode.map((k) => ({ [k]: "x" })),
      );
      return fc.oneof(
        { weight: 4, arbitrary: fc.tuple(obj, extra).map(([o, e]) => ({ ...e, ...o })) },
        { weight: 1, arbitrary: wrongType },
      );
    }
    default:
      return fc.oneof(fc.jsonValue({ maxDepth: 2 }), wrongType);
  }
}

/** The input arbitrary of a procedure: mostly valid-looking, partly hostile, sometimes not even an object. */
export function inputArbitrary(schema: TSchema, ctx: TArbContext): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: arbitraryFor(schema, ctx, false) },
    { weight: 5, arbitrary: arbitraryFor(schema, ctx, true) },
    { weight: 1, arbitrary: fc.oneof(wrongType, fc.constantFrom(...INJECTIONS), fc.jsonValue({ maxDepth: 3 }), invalidUnicode) },
  );
}

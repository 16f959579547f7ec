import type { TLabel } from "./labels";

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015. 18 characters:
 * pos 1 registration authority, pos 2 organisation category, pos 3–8 division code,
 * pos 9–17 organisation code (GB 11714, its own check at pos 17), pos 18 check character.
 */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"; // no I, O, S, V, Z
/** W_i = 3^(i-1) mod 31, i = 1..17. */
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character (pos 18) for the first 17 characters: C18 = 31 − (Σ Ci·Wi mod 31), 31 → 0. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error("creditCodeCheckChar needs exactly 17 characters");
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARSET.indexOf(first17[i]);
    if (v < 0) throw new Error(`"${first17[i]}" is not a credit-code character`);
    sum += v * CREDIT_CODE_WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET[c === 31 ? 0 : c];
}

/** Upper-case, full-width to half-width, spaces removed: what users paste from licences. */
export function normalizeCreditCode(raw: string): string {
  return raw.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/** Why a (normalized) code is not valid, or null when it is. */
export function creditCodeProblem(code: string): TLabel | null {
  if (code.length !== 18)
    return {
      zh: `统一社会信用代码应为 18 位（现为 ${code.length} 位）`,
      en: `A unified social credit code has 18 characters (this one has ${code.length})`,
    };
  if (!CREDIT_CODE_SHAPE.test(code))
    return {
      zh: "统一社会信用代码格式不正确（第 3–8 位为数字，不含字母 I、O、S、V、Z）",
      en: "Invalid credit code format (positions 3–8 are digits; letters I, O, S, V, Z are not used)",
    };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected)
    return {
      zh: "统一社会信用代码校验位不正确，请核对营业执照",
      en: "The credit code's check character is wrong; please check the business licence",
    };
  return null;
}

export const isValidCreditCode = (code: string) => creditCodeProblem(code) === null;

/** GB 11714 organisation-code check (pos 17 inside a credit code): weights 3,7,9,10,5,8,4,2, mod 11. */
export function orgCodeCheckChar(body8: string): string {
  const W = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8[i], 36) * W[i];
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/**
 * A well-formed code for demo and test data: enterprise (91), the given division code, an
 * organisation code body from `serial` with its GB 11714 check, and the GB 32100 check.
 */
export function makeCreditCode(serial: number, division = "440114"): string {
  let rest = Math.abs(Math.trunc(serial));
  let digits = "";
  for (let i = 0; i < 6; i++, rest = Math.floor(rest / 31)) digits = CREDIT_CODE_CHARSET[rest % 31] + digits;
  const body = `MA${digits}`;
  const first17 = `91${division}${body}${orgCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}

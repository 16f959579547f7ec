import { AppError, checkPasswordRules, type TLabel } from "@qifu/domain";
import common from "./data/common-passwords.json";

const COMMON = new Set(common.passwords);

/**
 * The server's password check (sign-up, password change): the shape rules of
 * `checkPasswordRules` (≥ 10 characters, letters and digits) and not one of the common
 * passwords shipped in ./data/common-passwords.json (compared in lower case).
 */
export function passwordProblem(password: string): TLabel | null {
  const shape = checkPasswordRules(password);
  if (shape) return shape;
  if (COMMON.has(password.normalize("NFKC").toLowerCase()))
    return { zh: "该密码过于常见，容易被猜中，请换一个", en: "This password is too common and easy to guess; choose another" };
  return null;
}

/** Throws a field error on `field` when the password is not acceptable. */
export function assertAcceptablePassword(password: string, field: string) {
  const problem = passwordProblem(password);
  if (problem) throw AppError.validation(field, problem);
}

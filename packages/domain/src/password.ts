import type { TLabel } from "./labels";

/** Password rules (issue 2): at least 10 characters with both letters and digits. */
export function checkPasswordRules(password: string): TLabel | null {
  if (password.length < 10) return { zh: "密码至少 10 位", en: "Password must have at least 10 characters" };
  if (password.length > 128) return { zh: "密码不能超过 128 位", en: "Password must have at most 128 characters" };
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password))
    return { zh: "密码须同时包含字母和数字", en: "Password must contain both letters and digits" };
  return null;
}

export const SESSION_IDLE_MINUTES = 30;
export const LOCKOUT_AFTER_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

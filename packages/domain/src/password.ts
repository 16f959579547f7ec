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
/** Failed sign-ins in a row, per username and source address, before that pair is made to wait. */
export const LOCKOUT_AFTER_FAILURES = 5;
/** The first wait; each further lockout of the same pair doubles it, up to LOCKOUT_MAX_MINUTES. */
export const LOCKOUT_MINUTES = 1;
export const LOCKOUT_MAX_MINUTES = 60;
/** Lockouts of one account (all sources) within a day that alert the district admins. */
export const LOCKOUT_ALERT_AFTER = 3;

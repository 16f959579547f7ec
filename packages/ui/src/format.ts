/** Times are stored in UTC and shown in Asia/Shanghai (DESIGN.md §6). */
const TZ = "Asia/Shanghai";

export function formatDate(value: string | Date | null | undefined, lang: "zh" | "en" = "zh"): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(d.getTime())) return "—";
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", { timeZone: value && typeof value === "string" && value.length === 10 ? "UTC" : TZ, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}

export function formatDateTime(value: string | Date | null | undefined, lang: "zh" | "en" = "zh"): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(d);
}

export function formatNumber(n: number, lang: "zh" | "en" = "zh"): string {
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US").format(n);
}

export function formatPercent(ratio: number, digits = 0): string {
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** Money is integer fen (分); shown in yuan. */
export function formatFen(fen: number, lang: "zh" | "en" = "zh"): string {
  const yuan = fen / 100;
  return lang === "zh" ? `¥${yuan.toLocaleString("zh-CN", { minimumFractionDigits: 2 })}` : `CNY ${yuan.toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
}

/** Times are stored in UTC and shown in Asia/Shanghai (DESIGN.md §6). */
const TZ = "Asia/Shanghai";

export function formatDate(value: string | Date | null | undefined, lang: "zh" | "en" = "zh"): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(d.getTime())) return "—";
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", {
    timeZone: value && typeof value === "string" && value.length === 10 ? "UTC" : TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d);
}

export function formatDateTime(value: string | Date | null | undefined, lang: "zh" | "en" = "zh"): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
}

export function formatNumber(n: number, lang: "zh" | "en" = "zh"): string {
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US").format(n);
}

export function formatPercent(ratio: number, digits = 0): string {
  return `${(ratio * 100).toFixed(digits)}%`;
}

/**
 * Money in Chinese units (元 / 万元 / 亿元), the one way every screen shows an amount:
 * 800 元, 1,320 万元, 350 亿元 — never ¥13,200,000.00 or 3,500,000 万元. At most two decimals,
 * trailing zeros dropped. English: CNY 800, CNY 13.2 million, CNY 35 billion.
 */
export function formatYuan(yuan: number, lang: "zh" | "en" = "zh"): string {
  if (!Number.isFinite(yuan)) return "—";
  const abs = Math.abs(yuan);
  const num = (n: number, locale: string) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
  if (lang === "en") {
    if (abs >= 1e9) return `CNY ${num(yuan / 1e9, "en-US")} billion`;
    if (abs >= 1e6) return `CNY ${num(yuan / 1e6, "en-US")} million`;
    return `CNY ${num(yuan, "en-US")}`;
  }
  if (abs >= 1e8) return `${num(yuan / 1e8, "zh-CN")} 亿元`;
  if (abs >= 1e4) return `${num(yuan / 1e4, "zh-CN")} 万元`;
  return `${num(yuan, "zh-CN")} 元`;
}

/** Money stored as integer fen (分), in Chinese units. */
export function formatFen(fen: number | bigint, lang: "zh" | "en" = "zh"): string {
  return formatYuan(Number(fen) / 100, lang);
}

/** A figure kept in 万元 (revenue, assets, output), in Chinese units: 3,500,000 万元 is 350 亿元. */
export function formatWan(wan: number, lang: "zh" | "en" = "zh"): string {
  return formatYuan(wan * 1e4, lang);
}

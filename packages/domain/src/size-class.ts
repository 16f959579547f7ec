import { defineEnum } from "./labels";
import { industryDivision } from "./industry";

/**
 * Enterprise size classes of 《中小企业划型标准规定》(工信部联企业〔2011〕300号), derived from
 * employees (X, 从业人员), operating revenue (Y, 营业收入, 万元) and total assets (Z, 资产总额, 万元)
 * by the industry's thresholds. Large, medium and small need EVERY listed indicator at or above
 * the class's lower bound, otherwise the firm falls one class; micro is what is left.
 */
export const SizeClass = defineEnum({
  LARGE: { zh: "大型", en: "Large" },
  MEDIUM: { zh: "中型", en: "Medium" },
  SMALL: { zh: "小型", en: "Small" },
  MICRO: { zh: "微型", en: "Micro" },
});
export type TSizeClass = (typeof SizeClass.values)[number];

type TIndicator = "X" | "Y" | "Z";
/** Lower bounds [large, medium, small] per indicator. */
type TRule = { name: { zh: string; en: string } } & Partial<Record<TIndicator, [number, number, number]>>;

/** The industries of the rule, with the table of standards.md §2. */
export const SIZE_RULES = {
  AGRICULTURE: { name: { zh: "农、林、牧、渔业", en: "Agriculture" }, Y: [20000, 500, 50] },
  INDUSTRY: { name: { zh: "工业", en: "Industry" }, X: [1000, 300, 20], Y: [40000, 2000, 300] },
  CONSTRUCTION: { name: { zh: "建筑业", en: "Construction" }, Y: [80000, 6000, 300], Z: [80000, 5000, 300] },
  WHOLESALE: { name: { zh: "批发业", en: "Wholesale" }, X: [200, 20, 5], Y: [40000, 5000, 1000] },
  RETAIL: { name: { zh: "零售业", en: "Retail" }, X: [300, 50, 10], Y: [20000, 500, 100] },
  TRANSPORT: { name: { zh: "交通运输业", en: "Transport" }, X: [1000, 300, 20], Y: [30000, 3000, 200] },
  WAREHOUSING: { name: { zh: "仓储业", en: "Warehousing" }, X: [200, 100, 20], Y: [30000, 1000, 100] },
  POSTAL: { name: { zh: "邮政业", en: "Postal" }, X: [1000, 300, 20], Y: [30000, 2000, 100] },
  ACCOMMODATION: { name: { zh: "住宿业", en: "Accommodation" }, X: [300, 100, 10], Y: [10000, 2000, 100] },
  CATERING: { name: { zh: "餐饮业", en: "Catering" }, X: [300, 100, 10], Y: [10000, 2000, 100] },
  INFO_TRANSMISSION: { name: { zh: "信息传输业", en: "Information transmission" }, X: [2000, 100, 10], Y: [100000, 1000, 100] },
  SOFTWARE: { name: { zh: "软件和信息技术服务业", en: "Software and IT services" }, X: [300, 100, 10], Y: [10000, 1000, 50] },
  REAL_ESTATE: { name: { zh: "房地产开发经营", en: "Real estate development" }, Y: [200000, 1000, 100], Z: [10000, 5000, 2000] },
  PROPERTY_MANAGEMENT: { name: { zh: "物业管理", en: "Property management" }, X: [1000, 300, 100], Y: [5000, 1000, 500] },
  LEASING_BUSINESS: { name: { zh: "租赁和商务服务业", en: "Leasing and business services" }, X: [300, 100, 10], Z: [120000, 8000, 100] },
  OTHER: { name: { zh: "其他未列明行业", en: "Other industries" }, X: [300, 100, 10] },
} satisfies Record<string, TRule>;
export type TSizeIndustry = keyof typeof SIZE_RULES;

/**
 * Which rule applies to a GB/T 4754 industry code, or null when the 300号 rule does not cover
 * it: finance (J, its own 2015 standard), public administration (S), international organisations
 * (T) and railway transport (excluded from 交通运输业).
 */
export function sizeIndustryOf(industryCode: string | null | undefined): TSizeIndustry | null {
  const d = industryDivision(industryCode);
  if (!d) return null;
  const n = Number(d.code);
  switch (d.section) {
    case "A":
      return "AGRICULTURE";
    case "B":
    case "C":
    case "D":
      return "INDUSTRY";
    case "E":
      return "CONSTRUCTION";
    case "F":
      return n === 51 ? "WHOLESALE" : "RETAIL";
    case "G":
      return n === 53 ? null : n === 59 ? "WAREHOUSING" : n === 60 ? "POSTAL" : "TRANSPORT";
    case "H":
      return n === 61 ? "ACCOMMODATION" : "CATERING";
    case "I":
      return n === 65 ? "SOFTWARE" : "INFO_TRANSMISSION";
    case "K":
      return industryCode!.startsWith("702") ? "PROPERTY_MANAGEMENT" : "REAL_ESTATE";
    case "L":
      return "LEASING_BUSINESS";
    case "J":
    case "S":
    case "T":
      return null;
    default:
      return "OTHER";
  }
}

export type TSizeInputs = {
  industryCode: string | null | undefined;
  employees?: number | null;
  revenueWan?: number | null;
  assetsWan?: number | null;
};

/** The indicators a rule needs (for forms: "this industry needs total assets"). */
export function sizeIndicatorsOf(industry: TSizeIndustry): TIndicator[] {
  return (["X", "Y", "Z"] as const).filter((k) => k in SIZE_RULES[industry]);
}

/** The size class, or null when the industry is not covered or an indicator it needs is missing. */
export function sizeClassOf({ industryCode, employees, revenueWan, assetsWan }: TSizeInputs): TSizeClass | null {
  const industry = sizeIndustryOf(industryCode);
  if (!industry) return null;
  const rule: TRule = SIZE_RULES[industry];
  const values: Record<TIndicator, number | null | undefined> = { X: employees, Y: revenueWan, Z: assetsWan };
  const needed = sizeIndicatorsOf(industry);
  if (needed.some((k) => values[k] == null || !Number.isFinite(values[k]))) return null;
  const classes: TSizeClass[] = ["LARGE", "MEDIUM", "SMALL"];
  for (let i = 0; i < classes.length; i++) if (needed.every((k) => (values[k] as number) >= rule[k]![i])) return classes[i];
  return "MICRO";
}

import { INDUSTRY_SECTIONS, SizeClass, type TLabel, type TSizeClass } from "@qifu/domain";

/**
 * What a product's 服务对象 (free text: "制造业中小企业", "成立3年以内的初创企业和创业团队",
 * "小型、微型企业和个体工商户", "中小企业，优先服务专精特新企业") says about who it serves,
 * read by rules that are data: add a word here, not a special case in a criterion.
 */
export type TAudience = {
  /** GB/T 4754 sections the text names (empty: any industry) */
  sections: string[];
  /** size classes the text admits (null: any size) */
  sizes: TSizeClass[] | null;
  /** "成立N年以内" / "初创" (null: any age) */
  maxAgeYears: number | null;
  /** the text gives priority to 专精特新 enterprises */
  specialized: boolean;
};

/** Words naming an industry section in a 服务对象 text. */
const SECTION_WORDS: Record<string, readonly string[]> = {
  A: ["农业", "农产品", "种养"],
  C: ["制造"],
  E: ["建筑"],
  F: ["批发", "零售", "商贸", "外贸"],
  G: ["物流", "运输"],
  H: ["餐饮", "住宿"],
  I: ["软件", "信息技术", "互联网"],
};

/** Size words, most specific first: "中小微" must be read before "小微". */
const SIZE_WORDS: { words: readonly string[]; sizes: TSizeClass[] }[] = [
  { words: ["中小微", "中小企业", "中小"], sizes: ["MEDIUM", "SMALL", "MICRO"] },
  { words: ["小微", "小型、微型", "小型和微型"], sizes: ["SMALL", "MICRO"] },
  { words: ["微型"], sizes: ["MICRO"] },
];

/** Years since founding that "初创" means when no number is given. */
const STARTUP_YEARS = 3;

export function readAudience(text: string | null | undefined): TAudience {
  const t = (text ?? "").normalize("NFKC");
  const sections = Object.entries(SECTION_WORDS)
    .filter(([, words]) => words.some((w) => t.includes(w)))
    .map(([code]) => code);
  const sizes = SIZE_WORDS.find((s) => s.words.some((w) => t.includes(w)))?.sizes ?? null;
  const years = /成立\s*(\d{1,2})\s*年(以内|内)/.exec(t);
  const maxAgeYears = years ? Number(years[1]) : t.includes("初创") ? STARTUP_YEARS : null;
  return { sections, sizes, maxAgeYears, specialized: t.includes("专精特新") };
}

export const sectionName = (code: string): TLabel => INDUSTRY_SECTIONS.find((s) => s.code === code)?.name ?? { zh: code, en: code };

/** "小型、微型企业" / "small or micro enterprises". */
export function sizesLabel(sizes: readonly TSizeClass[]): TLabel {
  return {
    zh: `${sizes.map((s) => SizeClass.label(s, "zh")).join("、")}企业`,
    en: `${sizes.map((s) => SizeClass.label(s, "en").toLowerCase()).join(" or ")} enterprises`,
  };
}

import { CultivationTier, industrySection, SizeClass, type TLabel } from "@qifu/domain";
import { defineMatcher, type TCriterion, type TEvaluation } from "@qifu/matching";
import type { TEligibility } from "../schemas";

/**
 * The enterprise side: the registry's facts (the enterprises feature's fields on the shared
 * Enterprise row; tier = the cultivation ladder's cached rung, as cultivation's criteria read it)
 * and the days of its last grant per policy (this feature's own approved applications).
 */
export type TEnterpriseProfile = {
  id: string;
  name: string;
  townId: string | null;
  townName?: string | null;
  industryCode: string | null;
  sizeClass: string | null;
  tier: string;
  /** YYYY-MM-DD */
  foundedOn: string | null;
  revenueWan: number | null;
  employees: number | null;
  tags: readonly string[];
  /** policy id → the latest grant day (YYYY-MM-DD) */
  grants: ReadonlyMap<string, string>;
};

/** The policy side: its criteria (empty list / null bound: the criterion says nothing). */
export type TPolicyCriteria = {
  id: string;
  townIds: readonly string[];
  /** town id → name, for the reasons */
  townNames?: ReadonlyMap<string, string>;
  industryCodes: readonly string[];
  sizeClasses: readonly string[];
  tiers: readonly string[];
  minYears: number | null;
  revenueMinWan: number | null;
  revenueMaxWan: number | null;
  employeesMin: number | null;
  employeesMax: number | null;
  tags: readonly string[];
  notReceivedPolicyId: string | null;
  notReceivedTitle?: string | null;
  notReceivedYears: number | null;
};

const l = (zh: string, en: string): TLabel => ({ zh, en });
const list = (xs: readonly string[], sep = "、") => xs.join(sep);

/** Whole years between a YYYY-MM-DD day and `today` (YYYY-MM-DD). */
export function yearsBetween(from: string, today: string): number {
  const [y1, m1, d1] = from.split("-").map(Number);
  const [y2, m2, d2] = today.split("-").map(Number);
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}

/** An industry code falls under a prefix: a section letter, or the first digits of the code. */
export function industryFits(code: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) {
    if (/^[A-T]$/.test(p) ? industrySection(code)?.code === p : code.startsWith(p)) return true;
  }
  return false;
}

/** A numeric range as words: "100万元至5000万元", "不低于100万元". */
function rangeWords(min: number | null, max: number | null, unitZh: string, unitEn: string): TLabel {
  if (min !== null && max !== null) return l(`${min}${unitZh}至${max}${unitZh}`, `${min}–${max} ${unitEn}`);
  if (min !== null) return l(`不低于${min}${unitZh}`, `at least ${min} ${unitEn}`);
  return l(`不高于${max}${unitZh}`, `at most ${max} ${unitEn}`);
}

/** A figure of the enterprise within a band of the policy ("营业收入须不低于100万元，本企业为80万元"); a missing figure fails. */
function band(
  key: string,
  label: TLabel,
  unitZh: string,
  unitEn: string,
  figure: (e: TEnterpriseProfile) => number | null,
  bounds: (p: TPolicyCriteria) => [number | null, number | null],
): TCriterion<TEnterpriseProfile, TPolicyCriteria> {
  return {
    key,
    label,
    weight: 1,
    kind: "required",
    score: (e, p) => {
      const [min, max] = bounds(p);
      if (min === null && max === null) return null;
      const range = rangeWords(min, max, unitZh, unitEn);
      const v = figure(e);
      if (v === null)
        return { points: 0, reason: l(`${label.zh}须${range.zh}，本企业未填报`, `${label.en} must be ${range.en}; none reported`) };
      return (min === null || v >= min) && (max === null || v <= max)
        ? { points: 1, reason: l(`${label.zh}${range.zh}`, `${label.en} ${range.en}`) }
        : { points: 0, reason: l(`${label.zh}须${range.zh}，本企业为${v}${unitZh}`, `${label.en} must be ${range.en}; yours is ${v}`) };
    },
  };
}

/** Every criterion is required: a policy's conditions are all or nothing. "Near" = exactly one missed. */
export function policyMatcherFor(today: string) {
  return defineMatcher<TEnterpriseProfile, TPolicyCriteria>({
    criteria: [
      {
        key: "town",
        label: l("所在镇街", "Town"),
        weight: 1,
        kind: "required",
        score: (e, p) => {
          if (!p.townIds.length) return null;
          const names = p.townIds.map((id) => p.townNames?.get(id) ?? id);
          return e.townId && p.townIds.includes(e.townId)
            ? { points: 1, reason: l(`位于${e.townName ?? p.townNames?.get(e.townId) ?? "适用镇街"}`, "In a town the policy covers") }
            : { points: 0, reason: l(`限${list(names)}的企业`, `Only for enterprises in ${list(names, ", ")}`) };
        },
      },
      {
        key: "industry",
        label: l("所属行业", "Industry"),
        weight: 1,
        kind: "required",
        score: (e, p) => {
          if (!p.industryCodes.length) return null;
          if (e.industryCode && industryFits(e.industryCode, p.industryCodes))
            return { points: 1, reason: l(`行业相符（${e.industryCode}）`, `Industry fits (${e.industryCode})`) };
          return {
            points: 0,
            reason: e.industryCode
              ? l(
                  `限${list(p.industryCodes)}行业，本企业为${e.industryCode}`,
                  `Only industries ${list(p.industryCodes, ", ")}; yours is ${e.industryCode}`,
                )
              : l(
                  `限${list(p.industryCodes)}行业，本企业未登记行业代码`,
                  `Only industries ${list(p.industryCodes, ", ")}; no industry code on record`,
                ),
          };
        },
      },
      {
        key: "size",
        label: l("企业规模", "Size class"),
        weight: 1,
        kind: "required",
        score: (e, p) => {
          if (!p.sizeClasses.length) return null;
          const wanted = p.sizeClasses.map((s) => SizeClass.label(s as never, "zh"));
          if (e.sizeClass && p.sizeClasses.includes(e.sizeClass))
            return {
              points: 1,
              reason: l(
                `规模相符：${SizeClass.label(e.sizeClass as never, "zh")}企业`,
                `Size fits: ${SizeClass.label(e.sizeClass as never, "en")}`,
              ),
            };
          return {
            points: 0,
            reason: l(
              `限${list(wanted)}企业${e.sizeClass ? `，本企业为${SizeClass.label(e.sizeClass as never, "zh")}` : "，本企业规模未经核定"}`,
              `Only ${p.sizeClasses.map((s) => SizeClass.label(s as never, "en")).join(", ")} enterprises`,
            ),
          };
        },
      },
      {
        key: "tier",
        label: l("培育层级", "Cultivation tier"),
        weight: 1,
        kind: "required",
        score: (e, p) => {
          if (!p.tiers.length) return null;
          if (p.tiers.includes(e.tier))
            return {
              points: 1,
              reason: l(
                `已认定为${CultivationTier.label(e.tier as never, "zh")}`,
                `Recognised as ${CultivationTier.label(e.tier as never, "en")}`,
              ),
            };
          return {
            points: 0,
            reason: l(
              `须认定为${list(p.tiers.map((t) => CultivationTier.label(t as never, "zh")))}`,
              `Must be recognised as ${p.tiers.map((t) => CultivationTier.label(t as never, "en")).join(" or ")}`,
            ),
          };
        },
      },
      {
        key: "years",
        label: l("成立年限", "Years in business"),
        weight: 1,
        kind: "required",
        score: (e, p) => {
          if (p.minYears === null) return null;
          if (!e.foundedOn)
            return {
              points: 0,
              reason: l(`须成立满${p.minYears}年，本企业未登记成立日期`, `Must be ${p.minYears}+ years old; no founding date on record`),
            };
          const years = yearsBetween(e.foundedOn, today);
          return years >= p.minYears
            ? { points: 1, reason: l(`成立已满${p.minYears}年`, `In business ${p.minYears}+ years`) }
            : {
                points: 0,
                reason: l(`须成立满${p.minYears}年，本企业成立${years}年`, `Must be ${p.minYears}+ years old; yours is ${years}`),
              };
        },
      },
      band(
        "revenue",
        l("营业收入", "Revenue"),
        "万元",
        "CNY 10k",
        (e) => e.revenueWan,
        (p) => [p.revenueMinWan, p.revenueMaxWan],
      ),
      band(
        "employees",
        l("从业人员", "Employees"),
        "人",
        "people",
        (e) => e.employees,
        (p) => [p.employeesMin, p.employeesMax],
      ),
      {
        key: "tags",
        label: l("资质标签", "Tags"),
        weight: 1,
        kind: "required",
        score: (e, p) => {
          if (!p.tags.length) return null;
          const missing = p.tags.filter((t) => !e.tags.includes(t));
          return missing.length === 0
            ? { points: 1, reason: l(`具备${list(p.tags)}`, `Has ${list(p.tags, ", ")}`) }
            : { points: 0, reason: l(`须具备${list(missing)}`, `Needs ${list(missing, ", ")}`) };
        },
      },
      {
        key: "notReceived",
        label: l("近年未享受同类政策", "Not received recently"),
        weight: 1,
        kind: "required",
        score: (e, p) => {
          if (!p.notReceivedPolicyId || p.notReceivedYears === null) return null;
          const name = p.notReceivedTitle ?? "该政策";
          const last = e.grants.get(p.notReceivedPolicyId);
          if (!last || yearsBetween(last, today) >= p.notReceivedYears)
            return {
              points: 1,
              reason: l(`近${p.notReceivedYears}年未享受「${name}」`, `Has not received "${name}" in ${p.notReceivedYears} years`),
            };
          return {
            points: 0,
            reason: l(
              `${last}已享受「${name}」，${p.notReceivedYears}年内不能重复享受`,
              `Received "${name}" on ${last}: not again within ${p.notReceivedYears} years`,
            ),
          };
        },
      },
    ],
  });
}

/** What an evaluation means: qualifies, nearly (exactly one criterion missed), or cannot. */
export function eligibilityOf(ev: Pick<TEvaluation, "failed">): TEligibility {
  return ev.failed.length === 0 ? "QUALIFIES" : ev.failed.length === 1 ? "NEARLY" : "CANNOT";
}

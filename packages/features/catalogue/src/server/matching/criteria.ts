import {
  CultivationTier,
  industrySection,
  ServiceCategory,
  SizeClass,
  type TCultivationTier,
  type TLabel,
  type TServiceCategory,
  type TSizeClass,
} from "@qifu/domain";
import { defineMatcher } from "@qifu/matching";
import type { TServiceChannel } from "../../schemas";
import { sectionName, sizesLabel, type TAudience } from "./audience";

/** What an enterprise has asked for in one service category. */
export type TAsked = { requests: number; records: number; appeals: number };

/** The need side: an enterprise's profile and what it has asked for (read-only, server side). */
export type TEnterpriseNeed = {
  id: string;
  name: string;
  townId: string | null;
  townName: string | null;
  industryCode: string | null;
  sizeClass: TSizeClass | null;
  tier: TCultivationTier;
  /** years since founding on the day of matching, fractional (null: founding date unknown) */
  ageYears: number | null;
  /** per category: its service requests, ledger records, and appeals whose category names it */
  asked: Partial<Record<TServiceCategory, TAsked>>;
  /** products it has an open request for (pending or accepted) */
  openProductIds: ReadonlySet<string>;
};

/** The offer side: a published service product with its audience read from 服务对象. */
export type TProductOffer = {
  id: string;
  category: TServiceCategory;
  townId: string | null;
  townName: string | null;
  feeFree: boolean;
  feeAmountFen: number | null;
  feeUnit: string | null;
  channel: TServiceChannel;
  audience: TAudience;
};

const TOP_TIERS: readonly TCultivationTier[] = ["SPECIALIZED", "LITTLE_GIANT", "SINGLE_CHAMPION"];
const askedTotal = (a: TAsked | undefined) => (a ? a.requests + a.records + a.appeals : 0);
const reason = (zh: string, en: string): TLabel => ({ zh, en });

/** "申请过2次、接受过1次服务、诉求涉及" of one category, both languages. */
function askedReason(category: TServiceCategory, a: TAsked): TLabel {
  const zh: string[] = [];
  const en: string[] = [];
  if (a.requests) {
    zh.push(`申请过${a.requests}次`);
    en.push(`requested ${a.requests}×`);
  }
  if (a.records) {
    zh.push(`接受过${a.records}次服务`);
    en.push(`served ${a.records}×`);
  }
  if (a.appeals) {
    zh.push(`诉求涉及${a.appeals}件`);
    en.push(`${a.appeals} appeal(s) about it`);
  }
  return reason(
    `有${ServiceCategory.label(category, "zh")}需求：${zh.join("，")}`,
    `Asked for ${ServiceCategory.label(category, "en")}: ${en.join(", ")}`,
  );
}

/**
 * Enterprises ↔ catalogue products, the first use of the matching kit. Both
 * `catalogue.recommendForMe` (an enterprise's products) and `catalogue.matchingEnterprises`
 * (a product's enterprises) rank with these criteria, so the two screens never disagree.
 */
export const productMatcher = defineMatcher<TEnterpriseNeed, TProductOffer>({
  criteria: [
    {
      key: "open",
      label: { zh: "办理中", en: "In progress" },
      weight: 1,
      kind: "required",
      score: (e, p) =>
        e.openProductIds.has(p.id) ? { points: 0, reason: reason("已申请该服务，正在办理中", "Already requested, in progress") } : null,
    },
    {
      key: "industry",
      label: { zh: "行业", en: "Industry" },
      weight: 2,
      kind: "required",
      score: (e, p) => {
        const section = industrySection(e.industryCode);
        if (!p.audience.sections.length || !section) return null;
        if (p.audience.sections.includes(section.code))
          return { points: 1, reason: reason(`行业相符：${section.name.zh}`, `Industry fits: ${section.name.en}`) };
        const wanted = p.audience.sections.map(sectionName);
        return {
          points: 0,
          reason: reason(
            `行业不符：服务对象为${wanted.map((w) => w.zh).join("、")}企业`,
            `Industry does not fit: for ${wanted.map((w) => w.en).join(", ")}`,
          ),
        };
      },
    },
    {
      key: "size",
      label: { zh: "企业规模", en: "Size" },
      weight: 1,
      kind: "required",
      score: (e, p) => {
        if (!p.audience.sizes || !e.sizeClass) return null;
        const wanted = sizesLabel(p.audience.sizes);
        return p.audience.sizes.includes(e.sizeClass)
          ? {
              points: 1,
              reason: reason(
                `规模相符：${SizeClass.label(e.sizeClass, "zh")}企业`,
                `Size fits: ${SizeClass.label(e.sizeClass, "en").toLowerCase()}`,
              ),
            }
          : { points: 0, reason: reason(`规模不符：服务对象为${wanted.zh}`, `Size does not fit: for ${wanted.en}`) };
      },
    },
    {
      key: "age",
      label: { zh: "成立年限", en: "Age" },
      weight: 1,
      kind: "required",
      score: (e, p) => {
        const max = p.audience.maxAgeYears;
        if (max === null || e.ageYears === null) return null;
        return e.ageYears <= max
          ? { points: 1, reason: reason(`成立${max}年以内，属服务对象`, `Founded within ${max} years`) }
          : { points: 0, reason: reason(`成立已超过${max}年`, `Founded more than ${max} years ago`) };
      },
    },
    {
      key: "demand",
      label: { zh: "企业需求", en: "Demand" },
      weight: 3,
      kind: "scored",
      score: (e, p) => {
        const mine = e.asked[p.category];
        const n = askedTotal(mine);
        if (!mine || n === 0) return null;
        const most = Math.max(...Object.values(e.asked).map(askedTotal));
        return { points: 0.5 + (0.5 * n) / most, reason: askedReason(p.category, mine) };
      },
    },
    {
      key: "town",
      label: { zh: "服务地域", en: "Location" },
      weight: 2,
      kind: "scored",
      score: (e, p) => {
        if (!e.townId) return null;
        if (p.townId === e.townId)
          return { points: 1, reason: reason(`位于同一镇街：${p.townName ?? ""}`, `In the same town: ${p.townName ?? ""}`) };
        if (p.townId === null) return { points: 0.75, reason: reason("区级服务平台，服务全区", "A district platform serving every town") };
        if (p.channel !== "OFFLINE")
          return {
            points: 0.5,
            reason: reason(
              `可线上办理（服务节点在${p.townName ?? "其他镇街"}）`,
              `Can be done online (node in ${p.townName ?? "another town"})`,
            ),
          };
        return {
          points: 0.2,
          reason: reason(`需到${p.townName ?? "其他镇街"}线下办理`, `Offline only, in ${p.townName ?? "another town"}`),
        };
      },
    },
    {
      key: "tier",
      label: { zh: "培育层级", en: "Tier" },
      weight: 1,
      kind: "scored",
      score: (e, p) =>
        p.audience.specialized && TOP_TIERS.includes(e.tier)
          ? {
              points: 1,
              reason: reason(
                `优先服务专精特新：${CultivationTier.label(e.tier, "zh")}`,
                `Priority for specialized SMEs: ${CultivationTier.label(e.tier, "en")}`,
              ),
            }
          : null,
    },
    {
      key: "fee",
      label: { zh: "收费", en: "Fee" },
      weight: 1,
      kind: "scored",
      score: (_e, p) =>
        p.feeFree || p.feeAmountFen === null
          ? { points: 1, reason: reason("免费服务", "Free of charge") }
          : {
              points: 0.3,
              reason: reason(
                `收费服务：${(p.feeAmountFen / 100).toLocaleString("zh-CN")}元/${p.feeUnit ?? "次"}`,
                `Paid: CNY ${(p.feeAmountFen / 100).toLocaleString("en")} per ${p.feeUnit ?? "time"}`,
              ),
            },
    },
  ],
});

import { CultivationTier, industrySection, SizeClass, type TCultivationTier, type TLabel, type TSizeClass } from "@qifu/domain";
import type { Prisma } from "@qifu/db";
import { defineMatcher } from "@qifu/matching";
import { Collateral, type TCollateral, type TGuaranteeForm, type TUrgency } from "../schemas";
import { wan } from "./access";

/** The need side: what the enterprise asked for and what the products' eligibility reads of it. */
export type TNeedProfile = {
  id: string;
  amountFen: number;
  termMonths: number;
  collateral: TCollateral;
  urgency: TUrgency;
  tier: TCultivationTier;
  industryCode: string | null;
  sizeClass: TSizeClass | null;
};

/** The offer side: a product's terms and eligibility. */
export type TProductOffer = {
  id: string;
  amountMinFen: number;
  amountMaxFen: number;
  termMonthsMax: number;
  guaranteeForm: TGuaranteeForm;
  eligibleTiers: readonly string[];
  eligibleSections: readonly string[];
  eligibleSizes: readonly string[];
  greenChannel: boolean;
};

const l = (zh: string, en: string): TLabel => ({ zh, en });
/** A product's amount range as words, made once per offer (every pair would otherwise format it again). */
const RANGES = new WeakMap<TProductOffer, string>();
function rangeOf(p: TProductOffer) {
  let range = RANGES.get(p);
  if (range === undefined) RANGES.set(p, (range = `${wan(p.amountMinFen)}–${wan(p.amountMaxFen)}`));
  return range;
}
/** What each guarantee form accepts as security (CREDIT and GUARANTEE ask for none). */
const SECURITY: Partial<Record<TGuaranteeForm, { accepts: readonly TCollateral[]; missing: TLabel }>> = {
  MORTGAGE: {
    accepts: ["PROPERTY", "EQUIPMENT"],
    missing: l("不符合：需抵押（房产/土地或机器设备）", "Does not fit: needs a mortgage (property or equipment)"),
  },
  PLEDGE: {
    accepts: ["RECEIVABLES", "INTELLECTUAL_PROPERTY"],
    missing: l("不符合：需质押（应收账款或知识产权）", "Does not fit: needs a pledge (receivables or IP)"),
  },
};

/**
 * Financing needs ↔ institutions' products (issue 15 pt 2). `financingNeeds.matches` (a need's
 * products) and `financingProducts.matchingNeeds` (a product's needs sent to its institution)
 * both rank with these criteria, so the enterprise and the institution see one verdict per pair.
 */
export const financingMatcher = defineMatcher<TNeedProfile, TProductOffer>({
  criteria: [
    {
      key: "amount",
      label: l("融资额度", "Amount"),
      weight: 2,
      kind: "required",
      score: (n, p) => {
        const range = rangeOf(p);
        return n.amountFen >= p.amountMinFen && n.amountFen <= p.amountMaxFen
          ? { points: 1, reason: l(`符合：额度${range}`, `Fits: amount ${range}`) }
          : { points: 0, reason: l(`不符合：产品额度为${range}`, `Does not fit: the product lends ${range}`) };
      },
    },
    {
      key: "security",
      label: l("担保方式", "Security"),
      weight: 2,
      kind: "required",
      score: (n, p) => {
        if (p.guaranteeForm === "CREDIT")
          return { points: 1, reason: l("符合：信用贷款，无需抵押", "Fits: unsecured, no collateral needed") };
        if (p.guaranteeForm === "GUARANTEE")
          return { points: 1, reason: l("符合：保证担保，无需抵押", "Fits: third-party guarantee, no collateral") };
        const rule = SECURITY[p.guaranteeForm]!;
        return rule.accepts.includes(n.collateral)
          ? {
              points: 1,
              reason: l(`符合：可提供${Collateral.label(n.collateral, "zh")}`, `Fits: offers ${Collateral.label(n.collateral, "en")}`),
            }
          : { points: 0, reason: rule.missing };
      },
    },
    {
      key: "tier",
      label: l("梯度培育层级", "Tier"),
      weight: 2,
      kind: "required",
      score: (n, p) => {
        if (!p.eligibleTiers.length) return null;
        const names = p.eligibleTiers.map((t) => CultivationTier.label(t as TCultivationTier, "zh")).join("、");
        return p.eligibleTiers.includes(n.tier)
          ? { points: 1, reason: l(`符合：${CultivationTier.label(n.tier, "zh")}`, `Fits: ${CultivationTier.label(n.tier, "en")}`) }
          : { points: 0, reason: l(`不符合：限${names}`, `Does not fit: for ${p.eligibleTiers.join(", ")} only`) };
      },
    },
    {
      key: "industry",
      label: l("行业", "Industry"),
      weight: 1,
      kind: "required",
      score: (n, p) => {
        const section = industrySection(n.industryCode);
        if (!p.eligibleSections.length || !section) return null;
        return p.eligibleSections.includes(section.code)
          ? { points: 1, reason: l(`符合：${section.name.zh}`, `Fits: ${section.name.en}`) }
          : { points: 0, reason: l(`不符合：不支持${section.name.zh}`, `Does not fit: not for ${section.name.en}`) };
      },
    },
    {
      key: "size",
      label: l("企业规模", "Size"),
      weight: 1,
      kind: "required",
      score: (n, p) => {
        if (!p.eligibleSizes.length || !n.sizeClass) return null;
        return p.eligibleSizes.includes(n.sizeClass)
          ? { points: 1, reason: l(`符合：${SizeClass.label(n.sizeClass, "zh")}企业`, `Fits: ${SizeClass.label(n.sizeClass, "en")}`) }
          : {
              points: 0,
              reason: l(
                `不符合：不支持${SizeClass.label(n.sizeClass, "zh")}企业`,
                `Does not fit: not for ${SizeClass.label(n.sizeClass, "en")}`,
              ),
            };
      },
    },
    {
      key: "term",
      label: l("期限", "Term"),
      weight: 1,
      kind: "scored",
      score: (n, p) =>
        n.termMonths <= p.termMonthsMax
          ? { points: 1, reason: l(`符合：期限最长${p.termMonthsMax}个月`, `Fits: terms up to ${p.termMonthsMax} months`) }
          : { points: 0, reason: l(`期限偏长：产品最长${p.termMonthsMax}个月`, `Term too long: up to ${p.termMonthsMax} months`) },
    },
    {
      key: "green",
      label: l("绿色通道", "Green channel"),
      weight: 1,
      kind: "scored",
      score: (n, p) => {
        if (n.urgency !== "URGENT") return null;
        return p.greenChannel
          ? { points: 1, reason: l("符合：绿色通道，急需优先审批", "Fits: green channel for urgent needs") }
          : { points: 0, reason: l("无绿色通道，审批按常规时限", "No green channel: usual review time") };
      },
    },
  ],
});

export const NEED_PROFILE_INCLUDE = {
  enterprise: { select: { name: true, tier: true, industryCode: true, sizeClass: true } },
} satisfies Prisma.FinancingNeedInclude;
type TProfileRow = Prisma.FinancingNeedGetPayload<{ include: typeof NEED_PROFILE_INCLUDE }>;

export const toNeedProfile = (n: TProfileRow): TNeedProfile => ({
  id: n.id,
  amountFen: Number(n.amountFen),
  termMonths: n.termMonths,
  collateral: n.collateral as TNeedProfile["collateral"],
  urgency: n.urgency as TNeedProfile["urgency"],
  tier: n.enterprise.tier as TNeedProfile["tier"],
  industryCode: n.enterprise.industryCode,
  sizeClass: n.enterprise.sizeClass as TSizeClass | null,
});

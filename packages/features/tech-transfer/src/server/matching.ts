import type { TLabel } from "@qifu/domain";
import { defineMatcher } from "@qifu/matching";
import { TechField, TransferMode, type TTechField, type TTransferMode, type TWantedMode } from "../schemas";
import { wan } from "./access";

/** The need side: what the enterprise asked for, with the days left to its deadline (as of today). */
export type TNeedProfile = {
  id: string;
  field: TTechField;
  keywords: readonly string[];
  budgetFen: number | null;
  daysLeft: number | null;
  wantedMode: TWantedMode;
  townId: string | null;
};

/** The offer side: an achievement and its provider's town. */
export type TAchievementOffer = {
  id: string;
  title: string;
  field: TTechField;
  keywords: readonly string[];
  maturity: number;
  mode: TTransferMode;
  priceMinFen: number;
  priceMaxFen: number;
  townId: string | null;
  townName: string | null;
};

const l = (zh: string, en: string): TLabel => ({ zh, en });
/** The maturity a need's deadline asks for: within half a year it must be usable (TRL 7+), within a year piloted (5+). */
export function maturityWanted(daysLeft: number): number {
  return daysLeft <= 180 ? 7 : daysLeft <= 365 ? 5 : 3;
}
/** A budget of at least 70 % of the lowest price is a near miss (worth talking), below that the pair is refused. */
export const NEAR_BUDGET = 0.7;

/**
 * Technology needs ↔ achievements (issue 15 pt 5). `techNeeds.matches` (a need's achievements) and
 * `techAchievements.matchingNeeds` (an achievement's needs) both rank with these criteria, so the
 * enterprise and the provider see one verdict per pair.
 */
export const techMatcher = defineMatcher<TNeedProfile, TAchievementOffer>({
  criteria: [
    {
      key: "field",
      label: l("技术领域", "Field"),
      weight: 3,
      kind: "required",
      score: (n, a) =>
        n.field === a.field
          ? { points: 1, reason: l(`领域相符：${TechField.label(a.field, "zh")}`, `Same field: ${TechField.label(a.field, "en")}`) }
          : {
              points: 0,
              reason: l(
                `不符合：成果属${TechField.label(a.field, "zh")}领域`,
                `Does not fit: the achievement is in ${TechField.label(a.field, "en")}`,
              ),
            },
    },
    {
      key: "keywords",
      label: l("关键词", "Keywords"),
      weight: 2,
      kind: "scored",
      score: (n, a) => {
        if (!n.keywords.length) return null;
        const hits = n.keywords.filter((k) => a.keywords.includes(k) || a.title.includes(k));
        return hits.length
          ? { points: Math.min(1, 0.5 + hits.length / 4), reason: l(`关键词相符：${hits.join("、")}`, `Keywords: ${hits.join(", ")}`) }
          : { points: 0, reason: l("关键词无重合", "No keyword in common") };
      },
    },
    {
      key: "maturity",
      label: l("成熟度与期限", "Maturity and deadline"),
      weight: 2,
      kind: "scored",
      score: (n, a) => {
        if (n.daysLeft === null) return null;
        const wanted = maturityWanted(n.daysLeft);
        return a.maturity >= wanted
          ? { points: 1, reason: l(`成熟度${a.maturity}级，可按期应用`, `TRL ${a.maturity}: usable by the deadline`) }
          : {
              points: 0,
              reason: l(
                `成熟度${a.maturity}级，距期限${Math.max(0, n.daysLeft)}天，宜达${wanted}级`,
                `TRL ${a.maturity}: ${Math.max(0, n.daysLeft)} days to the deadline want TRL ${wanted}`,
              ),
            };
      },
    },
    {
      key: "mode",
      label: l("合作方式", "Mode"),
      weight: 2,
      kind: "required",
      score: (n, a) => {
        if (n.wantedMode === "ANY") return null;
        return n.wantedMode === a.mode
          ? { points: 1, reason: l(`方式相符：${TransferMode.label(a.mode, "zh")}`, `Mode fits: ${TransferMode.label(a.mode, "en")}`) }
          : {
              points: 0,
              reason: l(
                `不符合：成果仅接受${TransferMode.label(a.mode, "zh")}`,
                `Does not fit: offered by ${TransferMode.label(a.mode, "en")} only`,
              ),
            };
      },
    },
    {
      key: "budget",
      label: l("预算与报价", "Budget and price"),
      weight: 2,
      kind: "required",
      score: (n, a) => {
        if (n.budgetFen === null) return null;
        const price = wan(a.priceMinFen);
        if (n.budgetFen >= a.priceMinFen)
          return { points: 1, reason: l(`预算覆盖报价：${price}起`, `Budget covers the price from ${price}`) };
        if (n.budgetFen >= a.priceMinFen * NEAR_BUDGET)
          return { points: 0.3, reason: l(`预算略低于报价：${price}起，可议价`, `Budget a little below the price from ${price}`) };
        return { points: 0, reason: l(`不符合：预算低于报价${price}起`, `Does not fit: budget below the price from ${price}`) };
      },
    },
    {
      key: "town",
      label: l("同一镇街", "Same town"),
      weight: 1,
      kind: "scored",
      score: (n, a) =>
        n.townId && a.townId === n.townId ? { points: 1, reason: l(`同一镇街：${a.townName}`, `Same town: ${a.townName}`) } : null,
    },
  ],
});

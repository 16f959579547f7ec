import type { TLabel } from "@qifu/domain";
import { defineMatcher } from "@qifu/matching";
import { DigitalIndustry, DigitalScenario, Timeline, type TDigitalIndustry, type TDigitalScenario, type TTimeline } from "../schemas";
import { wan } from "./access";

/** The need side: what the enterprise asked for. */
export type TNeedProfile = {
  id: string;
  scenario: TDigitalScenario;
  industry: TDigitalIndustry;
  budgetFen: number | null;
  timeline: TTimeline;
  townId: string | null;
};
/** The offer side: a published solution and its provider's town. */
export type TSolutionOffer = {
  id: string;
  scenario: TDigitalScenario;
  industries: readonly TDigitalIndustry[];
  priceMinFen: number;
  deployDays: number;
  hasCases: boolean;
  townId: string | null;
  townName: string | null;
};

const l = (zh: string, en: string): TLabel => ({ zh, en });
/** The days a timeline allows for deployment (LATER: no limit). */
export const TIMELINE_DAYS: Record<TTimeline, number | null> = { WITHIN_3M: 90, WITHIN_6M: 180, WITHIN_1Y: 365, LATER: null };
/** A budget of at least 70 % of the lowest price is a near miss (worth talking), below that the pair is refused. */
export const NEAR_BUDGET = 0.7;

/** Digital needs ↔ solutions (issue 18 pt 3), on the matching kit: criteria as data, a reason per criterion. */
export const solutionMatcher = defineMatcher<TNeedProfile, TSolutionOffer>({
  criteria: [
    {
      key: "scenario",
      label: l("场景", "Scenario"),
      weight: 3,
      kind: "required",
      score: (n, s) =>
        n.scenario === s.scenario
          ? {
              points: 1,
              reason: l(
                `场景相符：${DigitalScenario.label(s.scenario, "zh")}`,
                `Same scenario: ${DigitalScenario.label(s.scenario, "en")}`,
              ),
            }
          : {
              points: 0,
              reason: l(
                `不符合：方案属${DigitalScenario.label(s.scenario, "zh")}场景`,
                `Does not fit: a ${DigitalScenario.label(s.scenario, "en")} solution`,
              ),
            },
    },
    {
      key: "industry",
      label: l("适用行业", "Industry"),
      weight: 2,
      kind: "required",
      score: (n, s) =>
        s.industries.includes(n.industry)
          ? { points: 1, reason: l(`适用${DigitalIndustry.label(n.industry, "zh")}`, `Fits ${DigitalIndustry.label(n.industry, "en")}`) }
          : {
              points: 0,
              reason: l(
                `不符合：方案不适用${DigitalIndustry.label(n.industry, "zh")}`,
                `Does not fit: not for ${DigitalIndustry.label(n.industry, "en")}`,
              ),
            },
    },
    {
      key: "budget",
      label: l("预算与价格", "Budget and price"),
      weight: 2,
      kind: "required",
      score: (n, s) => {
        if (n.budgetFen === null) return null;
        const price = wan(s.priceMinFen);
        if (n.budgetFen >= s.priceMinFen)
          return { points: 1, reason: l(`预算覆盖价格：${price}起`, `Budget covers the price from ${price}`) };
        if (n.budgetFen >= s.priceMinFen * NEAR_BUDGET)
          return { points: 0.3, reason: l(`预算略低于价格：${price}起，可议价`, `Budget a little below the price from ${price}`) };
        return { points: 0, reason: l(`不符合：预算低于价格${price}起`, `Does not fit: budget below the price from ${price}`) };
      },
    },
    {
      key: "timeline",
      label: l("部署周期", "Deployment time"),
      weight: 2,
      kind: "scored",
      score: (n, s) => {
        const days = TIMELINE_DAYS[n.timeline];
        if (days === null) return null;
        return s.deployDays <= days
          ? {
              points: 1,
              reason: l(`部署约${s.deployDays}天，可在${Timeline.label(n.timeline, "zh")}上线`, `Deploys in about ${s.deployDays} days`),
            }
          : {
              points: 0,
              reason: l(
                `部署约需${s.deployDays}天，晚于期望的${Timeline.label(n.timeline, "zh")}`,
                `Deployment takes ${s.deployDays} days: later than wanted`,
              ),
            };
      },
    },
    {
      key: "cases",
      label: l("应用案例", "Reference cases"),
      weight: 1,
      kind: "scored",
      score: (_n, s) => (s.hasCases ? { points: 1, reason: l("有同类企业应用案例", "Has reference cases") } : null),
    },
    {
      key: "town",
      label: l("同一镇街", "Same town"),
      weight: 1,
      kind: "scored",
      score: (n, s) =>
        n.townId && s.townId === n.townId
          ? { points: 1, reason: l(`服务商在本镇街：${s.townName}`, `Provider in your town: ${s.townName}`) }
          : null,
    },
  ],
});

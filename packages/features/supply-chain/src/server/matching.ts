import type { TLabel } from "@qifu/domain";
import { searchTextFor } from "@qifu/domain";
import { defineMatcher } from "@qifu/matching";

/** One posting as the matcher reads it: a demand is the need, a supply the offer. */
export type TPostingProfile = {
  id: string;
  clusterId: string;
  linkKey: string;
  linkName: string | null;
  product: string;
  specification: string | null;
  quantity: number;
  unit: string;
  /** YYYY-MM-DD */
  periodFrom: string;
  periodTo: string;
  townId: string | null;
  townName: string | null;
};

const l = (zh: string, en: string): TLabel => ({ zh, en });

/** The words of a product text (words and CJK bigrams, no single characters), made once per profile. */
const WORDS = new WeakMap<TPostingProfile, Set<string>>();
function wordsOf(p: TPostingProfile) {
  let w = WORDS.get(p);
  if (!w)
    WORDS.set(
      p,
      (w = new Set(
        searchTextFor(p.product)
          .split(" ")
          .filter((t) => [...t].length >= 2),
      )),
    );
  return w;
}

/**
 * Supply ↔ demand on a chain link (issue 15 pt 7). `supplyChainPostings.matches` reads a demand's
 * suppliers with `match` and a supply's buyers with `matchReverse`: one verdict per pair.
 */
export const supplyChainMatcher = defineMatcher<TPostingProfile, TPostingProfile>({
  criteria: [
    {
      key: "link",
      label: l("产业链环节", "Chain link"),
      weight: 3,
      kind: "required",
      score: (d, s) =>
        d.clusterId === s.clusterId && d.linkKey === s.linkKey
          ? { points: 1, reason: l(`同一环节：${d.linkName ?? d.linkKey}`, `Same link: ${d.linkName ?? d.linkKey}`) }
          : {
              points: 0,
              reason: l(
                `不同环节：${d.linkName ?? "—"}／${s.linkName ?? "—"}`,
                `Different links: ${d.linkName ?? "—"} / ${s.linkName ?? "—"}`,
              ),
            },
    },
    {
      key: "product",
      label: l("产品", "Product"),
      weight: 3,
      kind: "required",
      score: (d, s) => {
        const a = wordsOf(d);
        const b = wordsOf(s);
        if (!a.size || !b.size) return null;
        const shared = [...a].filter((w) => b.has(w));
        const points = Math.min(1, shared.length / Math.min(a.size, b.size));
        if (!shared.length)
          return { points: 0, reason: l(`产品不相符：${d.product}／${s.product}`, `Products differ: ${d.product} / ${s.product}`) };
        // the same product named alike shows whole; otherwise the longest word both share
        const word = d.product.trim() === s.product.trim() ? d.product.trim() : shared.sort((x, y) => y.length - x.length)[0];
        return points >= 0.5
          ? { points, reason: l(`产品相符：${word}`, `Product fits: ${word}`) }
          : { points, reason: l(`产品部分相符：${word}`, `Product partly fits: ${word}`) };
      },
    },
    {
      key: "quantity",
      label: l("数量", "Quantity"),
      weight: 2,
      kind: "scored",
      score: (d, s) => {
        if (d.unit.trim() !== s.unit.trim()) return null;
        if (s.quantity >= d.quantity)
          return { points: 1, reason: l(`数量满足：可供${s.quantity}${s.unit}`, `Quantity fits: ${s.quantity} ${s.unit} available`) };
        return {
          // a shortfall is a caveat whatever its size (under 0.5 points), a part supplier still helps
          points: (s.quantity / d.quantity) * 0.49,
          reason: l(`数量不足：可供${s.quantity}${s.unit}，需${d.quantity}${d.unit}`, `Short: ${s.quantity} of ${d.quantity} ${d.unit}`),
        };
      },
    },
    {
      key: "period",
      label: l("供需期", "Period"),
      weight: 2,
      kind: "required",
      score: (d, s) =>
        d.periodFrom <= s.periodTo && s.periodFrom <= d.periodTo
          ? { points: 1, reason: l("供需期重叠", "The periods overlap") }
          : {
              points: 0,
              reason: l(
                `供需期不重叠：需求${d.periodFrom}至${d.periodTo}，供给${s.periodFrom}至${s.periodTo}`,
                `The periods do not overlap: demand ${d.periodFrom}–${d.periodTo}, supply ${s.periodFrom}–${s.periodTo}`,
              ),
            },
    },
    {
      key: "town",
      label: l("本地配套", "Local supporting"),
      weight: 1,
      kind: "scored",
      score: (d, s) => {
        if (!d.townId || !s.townId) return null;
        return d.townId === s.townId
          ? { points: 1, reason: l(`本地配套：同在${d.townName ?? "本镇街"}`, `Local: both in ${d.townName ?? "one town"}`) }
          : {
              points: 0.5,
              reason: l(
                `区内配套：需求方在${d.townName ?? "—"}，供应方在${s.townName ?? "—"}`,
                `Within the district: ${d.townName} and ${s.townName}`,
              ),
            };
      },
    },
  ],
});

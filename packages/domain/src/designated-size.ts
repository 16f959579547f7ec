import { industryDivision } from "./industry";

/**
 * "Above designated size" (规模以上 / 限额以上, 规上) in the statistics of the National Bureau of
 * Statistics, from the enterprise's GB/T 4754 industry and its yearly revenue (营业收入, 万元):
 * - industry (B, C, D) and wholesale (51): 2000万元 and more; retail (52): 500; accommodation
 *   and catering (H): 200;
 * - services: 2000 for transport, storage and post (G), information transmission, software and
 *   IT (I), water, environment and public facilities (N) and health (84); 1000 for leasing and
 *   business services (L), scientific research and technical services (M), education (P) and
 *   the real-estate classes 7020/7030/7040/7090; 500 for residents' services (O), culture,
 *   sports and entertainment (R) and social work (85).
 * Other industries (agriculture, construction, real-estate development, finance …) are judged
 * by criteria the registry does not hold (licences, qualifications): null, "cannot tell".
 * 小升规 (growing above size) is the step from false to true.
 */
export function designatedSizeThresholdWan(industryCode: string | null | undefined): number | null {
  const d = industryDivision(industryCode);
  if (!d) return null;
  const n = Number(d.code);
  switch (d.section) {
    case "B":
    case "C":
    case "D":
      return 2000;
    case "F":
      return n === 51 ? 2000 : 500;
    case "H":
      return 200;
    case "G":
    case "I":
    case "N":
      return 2000;
    case "L":
    case "M":
    case "P":
      return 1000;
    case "O":
    case "R":
      return 500;
    case "Q":
      return n === 84 ? 2000 : 500;
    case "K":
      return industryCode && /^70(2|3|4|9)/.test(industryCode) ? 1000 : null;
    default:
      return null;
  }
}

/** True when the enterprise is above designated size, false when it is not, null when the registry cannot tell. */
export function isAboveDesignatedSize(e: {
  industryCode: string | null | undefined;
  revenueWan: number | null | undefined;
}): boolean | null {
  const threshold = designatedSizeThresholdWan(e.industryCode);
  if (threshold === null || e.revenueWan == null) return null;
  return e.revenueWan >= threshold;
}

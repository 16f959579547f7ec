import { z } from "zod";

/**
 * The schemas every service carrier shares (browser and server alike): the search of its public
 * list, a labelled count of the board, and the district's target progress per year.
 */

/** The search a carrier's `publicList` takes: words, a town, paging; `extra` adds the carrier's own selects (kind, chain …). */
export function carrierPublicSearch<const TExtra extends z.ZodRawShape = {}>(extra: TExtra = {} as TExtra) {
  return z.object({
    q: z.string().max(100).optional(),
    townId: z.string().max(64).optional(),
    ...extra,
    page: z.number().int().min(1).max(10_000).default(1),
    perPage: z.number().int().min(1).max(60).default(12),
  });
}

/** One bar of a board chart: a key (town id, status …) with its label in both languages. */
export const ZCarrierCount = z.object({ key: z.string(), label: z.string(), labelEn: z.string(), count: z.number().int() });
export type TCarrierCount = z.infer<typeof ZCarrierCount>;

/** The district's target of a metric and its live figure, per target year. */
export const ZCarrierProgress = z.array(z.object({ year: z.number().int(), target: z.number().nullable(), actual: z.number() }));
export type TCarrierProgress = z.infer<typeof ZCarrierProgress>;

/** What board figures cover ("狮岭镇范围", "仅含运营中"); empty: the whole district. */
export const ZFiguresScope = z.array(z.object({ zh: z.string(), en: z.string() }));

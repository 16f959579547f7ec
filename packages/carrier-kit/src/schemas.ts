import { z } from "zod";
import type { TRole } from "@qifu/domain";

/**
 * The schemas every service carrier shares (browser and server alike): the search of its public
 * list, a labelled count of the board, and the district's target progress per year.
 */

/** The search a carrier's `publicList` takes: words, a town, paging; `extra` adds the carrier's own selects (kind, chain …). */
export function carrierPublicSearch<const TExtra extends z.ZodRawShape = Record<never, never>>(extra: TExtra = {} as TExtra) {
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

/** Who edits a carrier: the district, the town's admin, the node that runs it. */
export const CARRIER_EDITORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];
/** Every carrier's policy: the district creates and deletes, a town admin creates in its town, the operator node edits its own (scope decides which rows). */
export const CARRIER_POLICY = {
  read: CARRIER_EDITORS,
  create: ["DISTRICT_ADMIN", "TOWN_ADMIN"] as readonly TRole[],
  update: CARRIER_EDITORS,
  delete: ["DISTRICT_ADMIN"] as readonly TRole[],
};

/** The fields every carrier's DTO starts with: itself, its town (both languages) and its operator node. */
export const carrierDtoFields = {
  id: z.string(),
  name: z.string(),
  townId: z.string(),
  townName: z.string(),
  townNameEn: z.string(),
  operatorNodeId: z.string().nullable(),
  operatorNodeName: z.string().nullable(),
};

/** The filters every carrier's console list has: town and operator node. */
export const carrierFilterFields = {
  townId: z.string().max(64).optional(),
  operatorNodeId: z.string().max(64).optional(),
};

import type { TDb, TDbTx } from "@qifu/db";
import { makeContext, type TContext } from "./context";

/**
 * The context a seed writes through, so derived columns (search text, size class) come from the
 * same services as any write: the district administrator "system:seed".
 */
export function seedContext(tx: TDbTx): TContext {
  // the services read and write through ctx.db only; a transaction client serves them as the client does
  return makeContext(tx as TDb, {
    id: "system:seed",
    username: "system",
    displayName: "seed",
    role: "DISTRICT_ADMIN",
    townId: null,
    nodeId: null,
    enterpriseId: null,
    departmentId: null,
  });
}

/** The district targets a plan sets, seeded once each: a target users have changed is left alone. */
export async function seedDistrictTargets(
  tx: TDbTx,
  targets: readonly { metricKey: string; year: number; value: number; note: string; source: string }[],
) {
  for (const { metricKey, year, value, note, source } of targets)
    await tx.target.upsert({
      where: { scopeKey_year_metricKey: { scopeKey: "DISTRICT", year, metricKey } },
      create: { id: `seed-target-${metricKey}-${year}`, scopeKey: "DISTRICT", year, metricKey, value, note, source },
      update: {},
    });
}

/** A small deterministic generator (an LCG) for demo data: the same rows on every machine, spread evenly. */
export function seededRandom(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

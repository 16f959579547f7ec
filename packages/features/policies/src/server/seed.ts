import type { TDbTx } from "@qifu/db";
import { searchTextFor } from "@qifu/domain";
import { POLICIES_COUNT_METRIC } from "../schemas";

/** Starter demo data (replace with realistic rows): one per town of the first three, and a 2027 target. */
export async function seedPolicies(tx: TDbTx, townIds: Map<string, string>) {
  if ((await tx.policy.count()) > 0) return;
  const towns = await tx.town.findMany({ where: { id: { in: [...townIds.values()] } }, orderBy: { sortOrder: "asc" }, take: 3 });
  for (const [i, town] of towns.entries()) {
    const node = await tx.node.findFirst({ where: { townId: town.id, status: "ACTIVE" }, orderBy: { id: "asc" }, select: { id: true } });
    const name = `${town.name}政策直享`;
    await tx.policy.create({
      data: {
        id: `seed-policies-${i + 1}`,
        name,
        townId: town.id,
        operatorNodeId: node?.id ?? null,
        status: "ACTIVE",
        openedOn: new Date(Date.UTC(2025, i * 3, 1)),
        searchText: searchTextFor(name, town.name),
      },
    });
  }
  await tx.target.upsert({
    where: { scopeKey_year_metricKey: { scopeKey: "DISTRICT", year: 2027, metricKey: POLICIES_COUNT_METRIC } },
    create: { id: "seed-target-policies-2027", scopeKey: "DISTRICT", year: 2027, metricKey: POLICIES_COUNT_METRIC, value: 3 },
    update: {},
  });
}

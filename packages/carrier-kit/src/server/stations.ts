import type { TContext, TWhere } from "@qifu/trpc-core";

/**
 * The one metric of SME service stations (issue 10 point 4). A station is a node of kind
 * SERVICE_STATION with its station record; it is "operating" in `year` when the node is active
 * and the station opened on or before the end of that year (no opening date: from the start).
 * The home page, the carrier pages, the board's station page, its network table and the target
 * formulas all count with this one `where` (on the service_station table).
 */
export function operatingStationsWhere(year: number): TWhere {
  return {
    node: { kind: "SERVICE_STATION", status: "ACTIVE" },
    OR: [{ openedOn: null }, { openedOn: { lt: new Date(Date.UTC(year + 1, 0, 1)) } }],
  };
}

/** Operating stations by town (`townId` of the station's node) in `year`, with their names; `townId` narrows to one town. */
export async function operatingStationsByTown(ctx: TContext, year: number, townId?: string | null) {
  const rows: { node: { townId: string | null; name: string } }[] = await ctx.db.serviceStation.findMany({
    where: { AND: [operatingStationsWhere(year), townId ? { node: { townId } } : {}] },
    select: { node: { select: { townId: true, name: true } } },
    orderBy: { node: { name: "asc" } },
  });
  const byTown = new Map<string, string[]>();
  for (const { node } of rows) if (node.townId) byTown.set(node.townId, [...(byTown.get(node.townId) ?? []), node.name]);
  return { operating: rows.length, townsCovered: byTown.size, byTown };
}

import { z } from "zod";
import { AppError, STAFF_ROLES, tsQueryFor } from "@qifu/domain";
import { operatingStationsWhere, procedure, router } from "@qifu/trpc-core";
import { ZServiceStationsStats, ZServiceStationPublic, ZServiceStationPublicSearch } from "../schemas";
import { SERVICE_STATIONS_INCLUDE, SERVICE_STATIONS_LABEL, toServiceStationPublicDto } from "./resources";
import { serviceStationsStats } from "./stats";

/** Beside the resource contract: the public pages (active ones only) and the board's figures. */
export const serviceStationsRouter = router({
  publicList: procedure("public", { description: "Active SME service stations for the public site" })
    .input(ZServiceStationPublicSearch)
    .output(z.object({ data: z.array(ZServiceStationPublic), total: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const tsq = input.q ? tsQueryFor(input.q) : null;
      // the station's own words and its node's (name, address, description: edited on the node)
      const ids = tsq
        ? (await ctx.db.$queryRaw<{ id: string }[]>`SELECT s.id FROM "service_station" s JOIN "node" n ON n.id = s."nodeId" WHERE s."searchVector" @@ to_tsquery('simple', ${tsq}) OR n."searchVector" @@ to_tsquery('simple', ${tsq}) LIMIT 5000`).map((r) => r.id)
        : null;
      // the one metric of operating stations: the same count as the home page and the board
      const where = { AND: [operatingStationsWhere(ctx.now().getUTCFullYear()), input.townId ? { node: { townId: input.townId } } : {}, ids ? { id: { in: ids } } : {}] };
      const [rows, total] = await Promise.all([
        ctx.db.serviceStation.findMany({ where, include: SERVICE_STATIONS_INCLUDE, orderBy: [{ node: { name: "asc" } }, { id: "asc" }], skip: (input.page - 1) * input.perPage, take: input.perPage }),
        ctx.db.serviceStation.count({ where }),
      ]);
      return { data: rows.map(toServiceStationPublicDto), total };
    }),

  publicGet: procedure("public", { description: "One active SME service station" })
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(ZServiceStationPublic)
    .query(async ({ ctx, input }) => {
      const row = await ctx.db.serviceStation.findFirst({ where: { AND: [{ id: input.id }, operatingStationsWhere(ctx.now().getUTCFullYear())] }, include: SERVICE_STATIONS_INCLUDE });
      if (!row) throw AppError.notFound(SERVICE_STATIONS_LABEL);
      return toServiceStationPublicDto(row);
    }),

  stats: procedure(STAFF_ROLES, { description: "Counts and target progress of SME service stations" })
    .output(ZServiceStationsStats)
    .query(({ ctx }) => serviceStationsStats(ctx)),
});

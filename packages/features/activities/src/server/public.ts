import { z } from "zod";
import { AppError } from "@qifu/domain";
import { procedure, router } from "@qifu/trpc-core";
import { ZActivityPublic, ZActivityPublicDetail, ZActivityPublicSearch } from "../schemas";
import { waitingPosition } from "./registration";
import { ACTIVITY_INCLUDE, activitiesResource, toActivityPublicDto } from "./resources";

/** What the public sees: published activities only (never drafts, never who registered). */
const PUBLISHED = { status: "PUBLISHED" } as const;

const publicList = procedure("public", { description: "Published activities (upcoming or past)" })
  .input(ZActivityPublicSearch)
  .output(z.object({ data: z.array(ZActivityPublic), total: z.number().int() }))
  .query(async ({ ctx, input }) => {
    const search = await activitiesResource.searchIds(ctx, input.q);
    const now = ctx.now();
    const where = {
      AND: [
        PUBLISHED,
        input.when === "past" ? { endsAt: { lte: now } } : { endsAt: { gt: now } },
        input.seriesId ? { seriesId: input.seriesId } : {},
        input.townId ? { townId: input.townId } : {},
        search ?? {},
      ],
    };
    const [rows, total] = await Promise.all([
      ctx.db.activity.findMany({
        where,
        include: ACTIVITY_INCLUDE,
        orderBy: [{ startsAt: input.when === "past" ? "desc" : "asc" }, { id: "asc" }],
        skip: (input.page - 1) * input.perPage,
        take: input.perPage,
      }),
      ctx.db.activity.count({ where }),
    ]);
    return { data: rows.map(toActivityPublicDto), total };
  });

const publicGet = procedure("public", { description: "A published activity's page" })
  .input(z.object({ id: z.string().min(1).max(64) }))
  .output(ZActivityPublicDetail)
  .query(async ({ ctx, input }) => {
    const row = await ctx.db.activity.findFirst({ where: { id: input.id, ...PUBLISHED }, include: ACTIVITY_INCLUDE });
    if (!row) throw AppError.notFound({ zh: "活动", en: "Activity" });
    const towns = row.audienceTownIds.length
      ? await ctx.db.town.findMany({ where: { id: { in: row.audienceTownIds } }, orderBy: { sortOrder: "asc" }, select: { name: true } })
      : [];
    // a signed-in enterprise sees its own registration beside the page; nobody sees another's
    const enterpriseId = ctx.user?.role === "ENTERPRISE" ? ctx.user.enterpriseId : null;
    const reg = enterpriseId
      ? await ctx.db.activityRegistration.findUnique({ where: { activityId_enterpriseId: { activityId: row.id, enterpriseId } } })
      : null;
    const position = reg ? await waitingPosition(ctx.db, reg) : null;
    return {
      ...toActivityPublicDto(row),
      audienceTownNames: towns.map((t) => t.name),
      mine:
        reg && reg.status !== "CANCELLED"
          ? { status: reg.status as "REGISTERED" | "WAITING", waitingPosition: position, attended: !!reg.attendedAt, rating: reg.rating }
          : null,
    };
  });

/** The series for the public filter (active ones). */
const publicSeries = procedure("public", { description: "Activity series for the public filter" })
  .output(z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string() })))
  .query(({ ctx }) =>
    ctx.db.activitySeries.findMany({
      where: { active: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, name: true, nameEn: true },
    }),
  );

export const publicRouter = router({ publicList, publicGet, publicSeries });

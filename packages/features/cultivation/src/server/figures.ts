import { z } from "zod";
import { AppError, isoOrNull } from "@qifu/domain";
import { newId, type Prisma } from "@qifu/db";
import { defineResource, NO_ROWS, procedure, router } from "@qifu/trpc-core";
import { ZFigure, ZFigureEntry, ZFigureFilter, ZFigureReport, type TFigure } from "../schemas";
import { enterpriseInScope, enterpriseRowScope, LADDER_STAFF, ownEnterpriseId } from "./access";

const FIGURE_INCLUDE = {
  enterprise: { select: { name: true, town: { select: { name: true } } } },
} satisfies Prisma.CultivationFigureInclude;
type TFigureRow = Prisma.CultivationFigureGetPayload<{ include: typeof FIGURE_INCLUDE }>;
const FIGURE_LABEL = { zh: "指标数据", en: "Figure" };

export const toFigureDto = (r: TFigureRow): TFigure => ({
  id: r.id,
  enterpriseId: r.enterpriseId,
  enterpriseName: r.enterprise.name,
  townName: r.enterprise.town?.name ?? null,
  figureKey: r.figureKey as TFigure["figureKey"],
  value: r.value,
  year: r.year,
  source: r.source,
  reportedAt: isoOrNull(r.reportedAt)!,
  confirmedAt: isoOrNull(r.confirmedAt),
});

/** 企业申报指标: read through the resource contract (staff their scope, an enterprise its own); written by report and confirm. */
export const figuresResource = defineResource({
  name: "cultivationFigures",
  label: FIGURE_LABEL,
  model: (db) => db.cultivationFigure,
  include: FIGURE_INCLUDE,
  schemas: { create: ZFigureEntry, update: ZFigureReport.omit({ figureKey: true }).partial(), filter: ZFigureFilter, dto: ZFigure },
  sortable: ["reportedAt", "figureKey"],
  defaultSort: { field: "reportedAt", order: "DESC" },
  // staff enter figures from documents they hold (counted as confirmed); enterprises report theirs with `report`
  policy: { read: [...LADDER_STAFF, "ENTERPRISE"], create: LADDER_STAFF, update: LADDER_STAFF, delete: ["DISTRICT_ADMIN"] },
  scope: { read: enterpriseRowScope, write: (u) => (u?.role === "ENTERPRISE" ? NO_ROWS : enterpriseRowScope(u)) },
  filterToWhere: (f) => ({
    ...(f.enterpriseId ? { enterpriseId: f.enterpriseId } : {}),
    ...(f.unconfirmed ? { confirmedAt: null } : {}),
  }),
  toDto: toFigureDto,
  prepareCreate: async (ctx, input) => {
    await enterpriseInScope(ctx, input.enterpriseId);
    if (
      await ctx.db.cultivationFigure.findUnique({
        where: { enterpriseId_figureKey: { enterpriseId: input.enterpriseId, figureKey: input.figureKey } },
      })
    )
      throw AppError.validation("figureKey", {
        zh: "该企业已有此项指标，请修改原记录",
        en: "This enterprise already has this figure; edit it instead",
      });
    const now = new Date();
    return {
      id: newId(),
      ...input,
      source: input.source ?? null,
      reportedById: ctx.user!.id,
      reportedAt: now,
      confirmedAt: now,
      confirmedById: ctx.user!.id,
    };
  },
  prepareUpdate: async (ctx, _existing, input) => ({
    ...input,
    reportedById: ctx.user!.id,
    reportedAt: new Date(),
    confirmedAt: new Date(),
    confirmedById: ctx.user!.id,
  }),
});

/** The enterprise reports one figure of its own; a changed figure waits for confirmation again. */
const report = procedure(["ENTERPRISE"], { description: "Report one of my enterprise's figures" })
  .input(ZFigureReport)
  .output(ZFigure)
  .mutation(async ({ ctx, input }) => {
    const enterpriseId = ownEnterpriseId(ctx);
    const data = { value: input.value, year: input.year, source: input.source ?? null, reportedById: ctx.user!.id, reportedAt: new Date() };
    const row = await ctx.db.cultivationFigure.upsert({
      where: { enterpriseId_figureKey: { enterpriseId, figureKey: input.figureKey } },
      create: { id: newId(), enterpriseId, figureKey: input.figureKey, ...data },
      update: { ...data, confirmedAt: null, confirmedById: null },
      include: FIGURE_INCLUDE,
    });
    return toFigureDto(row);
  });

/** A town admin confirms its town's figures (the district any): only then do they count for the criteria. */
const confirm = procedure(LADDER_STAFF, { description: "Confirm reported figures" })
  .input(z.strictObject({ ids: z.array(z.string().min(1).max(64)).min(1).max(200) }))
  .output(z.object({ confirmed: z.number().int() }))
  .mutation(async ({ ctx, input }) => {
    const inScope = await ctx.db.cultivationFigure.findMany({
      where: { AND: [{ id: { in: input.ids } }, enterpriseRowScope(ctx.user)] },
      select: { id: true },
    });
    if (inScope.length !== input.ids.length) throw AppError.notFound(FIGURE_LABEL);
    const r = await ctx.db.cultivationFigure.updateMany({
      where: { id: { in: input.ids }, confirmedAt: null },
      data: { confirmedAt: new Date(), confirmedById: ctx.user!.id },
    });
    return { confirmed: r.count };
  });

export const figuresWorkflow = router({ report, confirm });

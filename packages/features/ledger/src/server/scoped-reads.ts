import { z } from "zod";
import { AppError, type TLabel } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";
import { procedure, ZPagination, type TWhere } from "@qifu/trpc-core";
import { LEDGER_READERS, ledgerScope } from "./ledger-service";

/**
 * The reads of a Prisma model delegate used here. Prisma types a row by the literal `include`
 * of each call, which a helper over several tables cannot name, so rows come back unknown and
 * `toDto` below reads them as the type the caller's `include` makes them.
 */
type TReadDelegate = {
  findMany(args: { where: TWhere; include: Record<string, unknown>; orderBy?: object[]; skip?: number; take?: number }): Promise<unknown[]>;
  findFirst(args: { where: TWhere; include: Record<string, unknown> }): Promise<unknown>;
  count(args: { where: TWhere }): Promise<number>;
};

/**
 * `list` / `get` / `getMany` over one ledger table in the caller's ledger scope (the district,
 * a town, a node, an enterprise), for the workflow routers (requests, complaints) whose writes
 * are steps rather than the resource contract's create/update/delete.
 */
export function scopedReads<TFilter extends z.ZodObject, TDto extends z.ZodObject, TRow>(c: {
  label: TLabel;
  model: (db: TDbTx) => TReadDelegate;
  include: Record<string, unknown>;
  dto: TDto;
  toDto: (row: TRow) => z.infer<TDto>;
  filter: TFilter;
  filterWhere: (f: z.infer<TFilter>) => TWhere;
  search: (q: string) => TWhere;
  sortable: readonly [string, ...string[]];
}) {
  const toDto = (row: unknown) => c.toDto(row as TRow);
  const ZList = z.object({
    pagination: ZPagination.default({ page: 1, perPage: 25 }),
    sort: z.object({ field: z.enum(c.sortable), order: z.enum(["ASC", "DESC"]) }).optional(),
    filter: c.filter.optional(),
    q: z.string().max(100).optional(),
  });
  return {
    list: procedure(LEDGER_READERS, { description: `${c.label.en}s within the caller's scope` })
      .input(ZList)
      .output(z.object({ data: z.array(c.dto), total: z.number().int() }))
      .query(async ({ ctx, input }) => {
        const q = input.q?.trim();
        const where = {
          AND: [ledgerScope(ctx.user), input.filter ? c.filterWhere(input.filter as z.infer<TFilter>) : {}, q ? c.search(q) : {}],
        };
        const sort = input.sort ?? { field: "createdAt", order: "DESC" };
        const { page, perPage } = input.pagination;
        const [rows, total] = await Promise.all([
          c.model(ctx.db).findMany({
            where,
            include: c.include,
            orderBy: [{ [sort.field]: sort.order === "ASC" ? "asc" : "desc" }, { id: "asc" }],
            skip: (page - 1) * perPage,
            take: perPage,
          }),
          c.model(ctx.db).count({ where }),
        ]);
        return { data: rows.map(toDto), total } as never;
      }),
    get: procedure(LEDGER_READERS, { description: `One ${c.label.en.toLowerCase()}` })
      .input(z.object({ id: z.string().min(1).max(64) }))
      .output(c.dto)
      .query(async ({ ctx, input }) => {
        const row = await c.model(ctx.db).findFirst({ where: { AND: [{ id: input.id }, ledgerScope(ctx.user)] }, include: c.include });
        if (!row) throw AppError.notFound(c.label);
        return toDto(row) as never;
      }),
    getMany: procedure(LEDGER_READERS, { description: `Several ${c.label.en.toLowerCase()}s by id` })
      .input(z.object({ ids: z.array(z.string().min(1).max(64)).max(200) }))
      .output(z.array(c.dto))
      .query(async ({ ctx, input }) => {
        const rows = await c
          .model(ctx.db)
          .findMany({ where: { AND: [{ id: { in: input.ids } }, ledgerScope(ctx.user)] }, include: c.include });
        return rows.map(toDto) as never;
      }),
  };
}

import { z } from "zod";
import { AppError, tsQueryFor, type TLabel } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";
import type { TContext, TSessionUser } from "./context";
import type { TPolicy } from "./policy";
import { procedure, router } from "./trpc";

/** A Prisma `where` fragment. `NO_ROWS` matches nothing. */
export type TWhere = Record<string, unknown>;
export const NO_ROWS: TWhere = { id: { in: [] } };

/**
 * The generic resource contract of DESIGN.md §6: list / get / getMany / create / update /
 * delete over one table, each with input and output schemas, the caller's policy checked
 * and the caller's scope applied inside every query. Data providers in the admin console
 * and the board speak this contract for every resource.
 */
export type TResourceConfig<
  TCreate extends z.ZodObject,
  TUpdate extends z.ZodObject,
  TFilter extends z.ZodObject,
  TDto extends z.ZodObject,
> = {
  name: string;
  label: TLabel;
  /** The Prisma delegate of the table (`db => db.node`). */
  model: (db: TDbTx) => any;
  /** Table name for full-text search on its "searchVector" column; omit if not searchable. */
  searchTable?: string;
  /**
   * A row also matches when the row it points to matches: `{ table: "node", key: "nodeId" }` for a
   * station whose name and address are edited on its network node.
   */
  alsoSearch?: { table: string; key: string };
  include?: Record<string, unknown>;
  schemas: { create: TCreate; update: TUpdate; filter: TFilter; dto: TDto };
  sortable: readonly [string, ...string[]];
  defaultSort: { field: string; order: "ASC" | "DESC" };
  /** How a sort field orders rows, when it is not a column of the table (e.g. a field of a related row). */
  orderBy?: (field: string, order: "asc" | "desc") => Record<string, unknown>;
  policy: { read: TPolicy; create: TPolicy; update: TPolicy; delete: TPolicy };
  /** Rows the caller may see, and rows the caller may change (as Prisma where fragments). */
  scope: { read: (user: TSessionUser | null) => TWhere; write: (user: TSessionUser | null) => TWhere };
  filterToWhere: (filter: z.infer<TFilter>, ctx: TContext) => TWhere;
  toDto: (row: any) => z.input<TDto>;
  /** Turn a create input into row data (validations that need the database go here). */
  prepareCreate: (ctx: TContext, input: z.infer<TCreate>) => Promise<Record<string, unknown>>;
  prepareUpdate: (ctx: TContext, existing: any, input: z.infer<TUpdate>) => Promise<Record<string, unknown>>;
  /** After an update is written, in its transaction: what the change sets off (a policy's push to the enterprises it concerns). */
  afterUpdate?: (ctx: TContext, existing: any, updated: any) => Promise<void>;
  beforeDelete?: (ctx: TContext, existing: any) => Promise<void>;
  /** Messages for a write outside the caller's scope. */
  outOfScope?: TLabel;
};

export const ZPagination = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  perPage: z.number().int().min(1).max(200).default(25),
});

const ZId = z.string().min(1).max(64);

export function defineResource<
  TCreate extends z.ZodObject,
  TUpdate extends z.ZodObject,
  TFilter extends z.ZodObject,
  TDto extends z.ZodObject,
>(config: TResourceConfig<TCreate, TUpdate, TFilter, TDto>) {
  const { schemas, policy, scope } = config;
  const orderOf = (field: string, order: "asc" | "desc") => config.orderBy?.(field, order) ?? { [field]: order };
  const notFound = () => AppError.notFound(config.label);
  const outOfScope = () =>
    new AppError(
      "FORBIDDEN",
      config.outOfScope ?? {
        zh: `不能在您的管辖范围以外操作${config.label.zh}`,
        en: `You cannot change a ${config.label.en.toLowerCase()} outside your scope`,
      },
    );

  const ZListInput = z.object({
    pagination: ZPagination.default({ page: 1, perPage: 25 }),
    sort: z.object({ field: z.enum(config.sortable), order: z.enum(["ASC", "DESC"]) }).optional(),
    filter: schemas.filter.optional(),
    q: z.string().max(100).optional(),
  });

  async function searchIds(ctx: TContext, q: string | undefined): Promise<TWhere | null> {
    if (!q?.trim() || !config.searchTable) return null;
    const tsq = tsQueryFor(q);
    if (!tsq) return null;
    const also = config.alsoSearch;
    const sql = also
      ? `SELECT r.id FROM "${config.searchTable}" r JOIN "${also.table}" o ON o.id = r."${also.key}" WHERE r."searchVector" @@ to_tsquery('simple', $1) OR o."searchVector" @@ to_tsquery('simple', $1) LIMIT 5000`
      : `SELECT id FROM "${config.searchTable}" WHERE "searchVector" @@ to_tsquery('simple', $1) LIMIT 5000`;
    const rows = await ctx.db.$queryRawUnsafe<{ id: string }[]>(sql, tsq);
    return { id: { in: rows.map((r) => r.id) } };
  }

  async function findInScope(ctx: TContext, id: string, which: "read" | "write") {
    const where = { AND: [{ id }, scope[which](ctx.user)] };
    return config.model(ctx.db).findFirst({ where, include: config.include });
  }

  async function mustStayInScope(ctx: TContext, id: string) {
    const row = await config.model(ctx.db).findFirst({ where: { AND: [{ id }, scope.write(ctx.user)] }, select: { id: true } });
    if (!row) throw outOfScope(); // thrown inside the mutation's transaction: nothing is written
  }

  const dto = schemas.dto;
  // The router's output type comes from `.output(dto)`; inside this generic body TypeScript
  // cannot relate TDto's input and output, so the mapped row is passed through as-is.
  const toOutput = (row: unknown) => config.toDto(row) as never;
  const r = router({
    list: procedure(policy.read, { description: `List ${config.label.en}` })
      .input(ZListInput)
      .output(z.object({ data: z.array(dto), total: z.number().int() }))
      .query(async ({ ctx, input }) => {
        const search = await searchIds(ctx, input.q);
        const where = {
          AND: [scope.read(ctx.user), input.filter ? config.filterToWhere(input.filter as z.infer<TFilter>, ctx) : {}, search ?? {}],
        };
        const sort = input.sort ?? config.defaultSort;
        const { page, perPage } = input.pagination;
        const model = config.model(ctx.db);
        const [rows, total] = await Promise.all([
          model.findMany({
            where,
            include: config.include,
            orderBy: [orderOf(sort.field, sort.order === "ASC" ? "asc" : "desc"), { id: "asc" }],
            skip: (page - 1) * perPage,
            take: perPage,
          }),
          model.count({ where }),
        ]);
        return { data: rows.map(config.toDto), total };
      }),

    get: procedure(policy.read, { description: `Read one ${config.label.en}` })
      .input(z.object({ id: ZId }))
      .output(dto)
      .query(async ({ ctx, input }) => {
        const row = await findInScope(ctx, input.id, "read");
        if (!row) throw notFound();
        return toOutput(row);
      }),

    getMany: procedure(policy.read, { description: `Read several ${config.label.en} by id` })
      .input(z.object({ ids: z.array(ZId).max(200) }))
      .output(z.array(dto))
      .query(async ({ ctx, input }) => {
        const rows = await config
          .model(ctx.db)
          .findMany({ where: { AND: [{ id: { in: input.ids } }, scope.read(ctx.user)] }, include: config.include });
        return rows.map(config.toDto);
      }),

    create: procedure(policy.create, { description: `Create a ${config.label.en}` })
      .input(schemas.create)
      .output(dto)
      .mutation(async ({ ctx, input }) => {
        const data = await config.prepareCreate(ctx, input as z.infer<TCreate>);
        const created = await config.model(ctx.db).create({ data, select: { id: true } });
        await mustStayInScope(ctx, created.id);
        return toOutput(await findInScope(ctx, created.id, "write"));
      }),

    update: procedure(policy.update, { description: `Change a ${config.label.en}` })
      .input(z.object({ id: ZId, data: schemas.update }))
      .output(dto)
      .mutation(async ({ ctx, input: raw }) => {
        const input = raw as { id: string; data: z.infer<TUpdate> };
        // an update that names no field would write nothing and leave no audit trail: say so
        if (Object.values(input.data ?? {}).every((v) => v === undefined))
          throw new AppError("VALIDATION", {
            zh: `没有要修改的${config.label.zh}字段`,
            en: `No ${config.label.en.toLowerCase()} field to change`,
          });
        const existing = await findInScope(ctx, input.id, "write");
        if (!existing) throw notFound();
        const data = await config.prepareUpdate(ctx, existing, input.data);
        await config.model(ctx.db).update({ where: { id: input.id }, data });
        await mustStayInScope(ctx, input.id);
        if (config.afterUpdate) await config.afterUpdate(ctx, existing, await findInScope(ctx, input.id, "write"));
        return toOutput(await findInScope(ctx, input.id, "write"));
      }),

    delete: procedure(policy.delete, { description: `Delete a ${config.label.en}` })
      .input(z.object({ id: ZId }))
      .output(z.object({ id: z.string() }))
      .mutation(async ({ ctx, input }) => {
        const existing = await findInScope(ctx, input.id, "write");
        if (!existing) throw notFound();
        await config.beforeDelete?.(ctx, existing);
        await config.model(ctx.db).delete({ where: { id: input.id } });
        return { id: input.id };
      }),
  });
  /** `searchIds` is the list's full-text search (a `where` on ids, or null for no query): the carrier kit's public lists use it too. */
  return { name: config.name, config, router: r, ZListInput, searchIds };
}

import { z } from "zod";
import { AppError, STAFF_ROLES, type TLabel } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";
import { procedure, type TContext, type TMetric, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import { carrierStatsScope } from "./scope";
import { districtProgress, figuresScope } from "./figures";

/** A row of a carrier's table as the kit reads it (with the resource's `include`); a carrier names its Prisma row type where it needs more. */
export type TCarrierRow = { id: string };

type TInclude = Record<string, unknown>;

/**
 * What the kit calls on a carrier's Prisma delegate (`db.specializedPark`). Prisma's delegates share
 * no common type (each is generic over its own model's arguments), so the kit sees them through
 * this narrow view; `defineResource` hands the delegate over untyped.
 */
type TCarrierDelegate<TRow extends TCarrierRow> = {
  findMany(args: { where: TWhere; include?: TInclude; orderBy?: TInclude[]; skip?: number; take?: number }): Promise<TRow[]>;
  /** The fields `select` names, typed as the carrier's order says they are. */
  findMany<TKeys extends object>(args: { where: TWhere; select: { [P in keyof TKeys | "id"]: true } }): Promise<(TKeys & TCarrierRow)[]>;
  findFirst(args: { where: TWhere; include?: TInclude }): Promise<TRow | null>;
  count(args: { where: TWhere }): Promise<number>;
};

/** What the kit needs of a carrier's resource (the answer of `defineResource`). */
export type TCarrierResource<TRow extends TCarrierRow = TCarrierRow> = {
  config: { label: TLabel; model: (db: TDbTx) => TCarrierDelegate<TRow>; include?: TInclude; toDto: (row: TRow) => unknown };
  searchIds: (ctx: TContext, q: string | undefined) => Promise<TWhere | null>;
};

/**
 * How the public list orders rows: Prisma `orderBy` clauses, or (an order Prisma cannot say, e.g. a
 * rank) a comparison of the row fields `select` names, typed by the carrier (network: a Prisma select of Node).
 */
export type TCarrierOrder<TKeys extends object = object> =
  TInclude[] | { select: { [P in keyof TKeys]: true }; compare: (a: TKeys, b: TKeys) => number };

type TSearchInput = { q?: string; townId?: string; page: number; perPage: number };
/** The search schema of a public list: it may fill defaults (page, perPage), so its input is left open. */
type TSearchSchema = z.ZodType<TSearchInput, unknown>;

/** The public list of a carrier: which rows the public sees, how a town narrows them, the carrier's own filters, the order and the DTO. */
export type TCarrierPublicConfig<
  TSearch extends TSearchSchema,
  TPublic extends z.ZodType,
  TRow extends TCarrierRow = TCarrierRow,
  TKeys extends object = object,
> = {
  /** The search the list takes (`carrierPublicSearch(...)` in ./schemas). */
  search: TSearch;
  /** The rows shown to the public (statuses, or the operating-stations `where` of this year). */
  where: (ctx: TContext) => TWhere;
  /** How a town narrows the rows; default `{ townId }`. */
  town?: (townId: string) => TWhere;
  /** The carrier's own select filters (kind, chain …) as a `where`. */
  filters?: (input: z.infer<TSearch>) => TWhere;
  order: TCarrierOrder<TKeys>;
  /** One public row. */
  dto: TPublic;
  /** Row to public DTO; default the resource's `toDto`. */
  toDto?: (row: TRow) => z.input<TPublic>;
  /** The list's summary in the API document (/api-docs). */
  description?: string;
};

/** The public list procedure (search through the resource's own full-text search, the town filter, paging). */
export function carrierPublicList<
  TSearch extends TSearchSchema,
  TPublic extends z.ZodType,
  TRow extends TCarrierRow = TCarrierRow,
  TKeys extends object = object,
>(resource: TCarrierResource<NoInfer<TRow>>, cfg: TCarrierPublicConfig<TSearch, TPublic, TRow, TKeys>) {
  const label = resource.config.label;
  const toDto = cfg.toDto ?? resource.config.toDto;
  return procedure("public", { description: cfg.description ?? `${label.en} shown to the public, searchable, by town` })
    .input(cfg.search)
    .output(z.object({ data: z.array(cfg.dto), total: z.number().int() }))
    .query(async ({ ctx, input }) => {
      const search = await resource.searchIds(ctx, input.q);
      // inside this generic body TypeScript cannot relate the schema's output to its inferred type
      const where = {
        AND: [
          cfg.where(ctx),
          input.townId ? (cfg.town ?? byTownId)(input.townId) : {},
          cfg.filters?.(input as z.infer<TSearch>) ?? {},
          search ?? {},
        ],
      };
      const { rows, total } = await pageOf(ctx, resource, where, cfg.order, input);
      return { data: rows.map(toDto) as z.input<TPublic>[], total };
    });
}

const byTownId = (townId: string): TWhere => ({ townId });

async function pageOf<TRow extends TCarrierRow, TKeys extends object>(
  ctx: TContext,
  resource: TCarrierResource<TRow>,
  where: TWhere,
  order: TCarrierOrder<TKeys>,
  input: TSearchInput,
) {
  const model = resource.config.model(ctx.db);
  const include = resource.config.include;
  const skip = (input.page - 1) * input.perPage;
  if (Array.isArray(order)) {
    const [rows, total] = await Promise.all([
      model.findMany({ where, include, orderBy: [...order, { id: "asc" }], skip, take: input.perPage }),
      model.count({ where }),
    ]);
    return { rows, total };
  }
  // an order of the domain's (a rank), not the database's: the matching keys are ordered here and only the page's rows are read in full
  const keys = await model.findMany<TKeys>({ where, select: { ...order.select, id: true } });
  keys.sort((a, b) => order.compare(a, b) || (a.id < b.id ? -1 : 1));
  const pageIds = keys.slice(skip, skip + input.perPage).map((k) => k.id);
  const found = await model.findMany({ where: { id: { in: pageIds } }, include });
  const byId = new Map(found.map((r) => [r.id, r]));
  // a row deleted between the two reads is left out of the page
  return { rows: pageIds.flatMap((id) => byId.get(id) ?? []), total: keys.length };
}

/** A carrier as configuration: its resource, what the public sees of it, its board figures. */
export type TCarrierConfig<
  TSearch extends TSearchSchema,
  TPublic extends z.ZodType,
  TDetail extends z.ZodType,
  TStats extends z.ZodType,
  TRow extends TCarrierRow = TCarrierRow,
> = {
  resource: TCarrierResource<NoInfer<TRow>>;
  public: TCarrierPublicConfig<TSearch, TPublic, TRow> & {
    /** The page of one carrier: its DTO and what it adds to the row (residents, members …); default the public row. */
    detail?: { dto: TDetail; load: (ctx: TContext, row: TRow, dto: z.input<TPublic>) => Promise<z.input<TDetail>> };
    /** The page's summary in the API document. */
    getDescription?: string;
  };
  /** The target metric the board's progress follows, and the target years. */
  metric: Pick<TMetric, "key" | "compute">;
  targetYears: readonly number[];
  /** Does a node operator's board show only the carriers its node runs (else the district's)? */
  ownNodeStats?: boolean;
  /** The board's figures (`stats`): its schema and how they are computed with the kit's pieces. */
  stats: { dto: TStats; compute: (ctx: TContext, kit: TCarrierStatsKit) => Promise<z.input<TStats>>; description?: string };
};

/** The pieces a carrier's `stats` computes with. */
export type TCarrierStatsKit = {
  /** The caller's stats scope (a town admin's town; with `ownNodeStats`, an operator's node). */
  scope: TWhere;
  /** The district's target of the carrier's metric and its figure, per target year. */
  progress: () => ReturnType<typeof districtProgress>;
  /** What the figures cover ("狮岭镇范围"). */
  figuresScope: (opts?: { activeOnly?: boolean }) => ReturnType<typeof figuresScope>;
};

/**
 * A service carrier from its configuration: `publicList` (search through the resource's own
 * full-text search, town filter, paging), `publicGet` (one row the public may see, with what the
 * page adds) and `stats` (the board's figures, staff only). A carrier's router spreads
 * `procedures` and adds only its own (residents, members, figures …).
 */
export function defineCarrier<
  TSearch extends TSearchSchema,
  TPublic extends z.ZodType,
  TStats extends z.ZodType,
  TDetail extends z.ZodType = TPublic,
  TRow extends TCarrierRow = TCarrierRow,
>(config: TCarrierConfig<TSearch, TPublic, TDetail, TStats, TRow>) {
  const { resource } = config;
  const label = resource.config.label;
  const pub = config.public;
  const toPublic = pub.toDto ?? resource.config.toDto;
  const statsScope = (user: TSessionUser | null) => carrierStatsScope(user, { ownNode: config.ownNodeStats });
  const kitFor = (ctx: TContext): TCarrierStatsKit => ({
    scope: statsScope(ctx.user),
    progress: () => districtProgress(ctx, config.metric, config.targetYears),
    figuresScope: (opts) => figuresScope(ctx, opts),
  });

  const publicList = carrierPublicList(resource, pub);

  const publicGet = procedure("public", { description: pub.getDescription ?? `One ${label.en.toLowerCase()} shown to the public` })
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output((pub.detail?.dto ?? pub.dto) as TDetail)
    .query(async ({ ctx, input }) => {
      const row = await resource.config
        .model(ctx.db)
        .findFirst({ where: { AND: [{ id: input.id }, pub.where(ctx)] }, include: resource.config.include });
      if (!row) throw AppError.notFound(label);
      const dto = toPublic(row) as z.input<TPublic>;
      return (pub.detail ? await pub.detail.load(ctx, row, dto) : dto) as never;
    });

  const stats = procedure(STAFF_ROLES, {
    description: config.stats.description ?? `Counts and target progress of ${label.en.toLowerCase()}s`,
  })
    .output(config.stats.dto)
    .query(async ({ ctx }) => (await config.stats.compute(ctx, kitFor(ctx))) as never);

  return {
    label,
    /** The procedures a carrier's router spreads: `router({ ...carrier.procedures, residents, … })`. */
    procedures: { publicList, publicGet, stats },
    /** The board's figures outside a procedure (tests, other screens). */
    statsOf: (ctx: TContext) => config.stats.compute(ctx, kitFor(ctx)),
    statsScope,
    /** The rows the public sees. */
    publicWhere: pub.where,
  };
}

import type { BaseRecord, CrudFilter, CrudSort, DataProvider, HttpError, Pagination } from "@refinedev/core";
import { appErrorOf, messageOf } from "@qifu/ui";
import type { TAppErrorBody } from "@qifu/domain";
import { client as defaultClient } from "./trpc";
import { currentLang, type TLang } from "./i18n-store";

/**
 * The board's one refine data provider. Every resource of the server speaks the same contract
 * (`<resource>.list/get/getMany/create/update/delete`, trpc-core's defineResource), so this maps
 * refine's calls onto it for any resource name; `custom` reaches any other procedure by its path.
 */

type TListInput = {
  pagination: { page: number; perPage: number };
  sort?: { field: string; order: "ASC" | "DESC" };
  filter?: Record<string, unknown>;
  q?: string;
};
type TQuery<I, O> = { query: (input: I) => Promise<O> };
type TMutation<I, O> = { mutate: (input: I) => Promise<O> };
/** The shape every defineResource router has on the client. */
type TResourceClient = {
  list: TQuery<TListInput, { data: BaseRecord[]; total: number }>;
  get: TQuery<{ id: string }, BaseRecord>;
  getMany: TQuery<{ ids: string[] }, BaseRecord[]>;
  create: TMutation<unknown, BaseRecord>;
  update: TMutation<{ id: string; data: unknown }, BaseRecord>;
  delete: TMutation<{ id: string }, { id: string }>;
};

/** The server caps perPage at 200 (trpc-core's list input). */
const MAX_PER_PAGE = 200;
/** The filter field that becomes the contract's full-text `q`. */
const SEARCH_FIELD = "q";

const STATUS_OF: Record<TAppErrorBody["code"], number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
};

/** A server failure as refine's HttpError, in the language on screen, with one message per field. */
export function toHttpError(err: unknown, lang: TLang = currentLang()): HttpError {
  const app = appErrorOf(err);
  const httpStatus = (err as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  const errors = Object.fromEntries((app?.fields ?? []).filter((f) => f.path).map((f) => [f.path, f.message[lang]]));
  return {
    name: app?.code ?? "Error",
    message: messageOf(err, lang),
    statusCode: app ? STATUS_OF[app.code] : (httpStatus ?? 500),
    ...(Object.keys(errors).length ? { errors } : {}),
    // the bilingual body, for screens that re-render in the other language later
    app: app ?? undefined,
  };
}

export function toListInput({
  pagination,
  sorters,
  filters,
}: {
  pagination?: Pagination;
  sorters?: CrudSort[];
  filters?: CrudFilter[];
}): TListInput {
  const off = pagination?.mode === "off";
  const page = off ? 1 : Math.max(1, pagination?.currentPage ?? 1);
  const perPage = off ? MAX_PER_PAGE : Math.min(MAX_PER_PAGE, Math.max(1, pagination?.pageSize ?? 10));
  const input: TListInput = { pagination: { page, perPage } };

  // The contract sorts by one field; refine's first sorter wins.
  const sorter = sorters?.[0];
  if (sorter) input.sort = { field: sorter.field, order: sorter.order === "desc" ? "DESC" : "ASC" };

  const filter: Record<string, unknown> = {};
  for (const f of filters ?? []) {
    // Only equality filters (and "q") exist in the contract; nested or/and groups are not sent.
    if (!("field" in f) || f.value === undefined || f.value === null || f.value === "") continue;
    if (f.field === SEARCH_FIELD) input.q = String(f.value);
    else if (f.operator === "eq" || f.operator === "eqs") filter[f.field] = f.value;
  }
  if (Object.keys(filter).length) input.filter = filter;
  return input;
}

/** Walks the proxy client along "a.b.c" to a procedure. */
function procedureAt(root: unknown, path: string): Partial<TQuery<unknown, unknown> & TMutation<unknown, unknown>> {
  return path.split(".").reduce<any>((node, key) => node[key], root);
}

export function createDataProvider(client: unknown = defaultClient, getLang: () => TLang = currentLang): DataProvider {
  const resource = (name: string) => (client as Record<string, TResourceClient>)[name];
  /** Every call goes through here so that every failure reaches refine as an HttpError. */
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw toHttpError(err, getLang());
    }
  };

  return {
    getApiUrl: () => "/trpc",

    getList: ({ resource: name, pagination, sorters, filters }) =>
      call(async () => {
        const { data, total } = await resource(name).list.query(toListInput({ pagination, sorters, filters }));
        return { data: data as any[], total };
      }),

    getOne: ({ resource: name, id }) => call(async () => ({ data: (await resource(name).get.query({ id: String(id) })) as any })),

    getMany: ({ resource: name, ids }) =>
      call(async () => ({ data: (await resource(name).getMany.query({ ids: ids.map(String) })) as any[] })),

    create: ({ resource: name, variables }) => call(async () => ({ data: (await resource(name).create.mutate(variables)) as any })),

    update: ({ resource: name, id, variables }) =>
      call(async () => ({ data: (await resource(name).update.mutate({ id: String(id), data: variables })) as any })),

    deleteOne: ({ resource: name, id }) => call(async () => ({ data: (await resource(name).delete.mutate({ id: String(id) })) as any })),

    /**
     * Any other procedure: `url` is its path ("network.stats"); "get" runs it as a query with
     * `query` as input, any other method as a mutation with `payload`.
     */
    custom: ({ url, method, query, payload }) =>
      call(async () => {
        const proc = procedureAt(client, url);
        const data = method === "get" ? await proc.query!(query) : await proc.mutate!(payload);
        return { data: data as any };
      }),
  };
}

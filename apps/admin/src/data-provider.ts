import { HttpError, type DataProvider, type Identifier, type RaRecord } from "react-admin";
import { TRPCClientError } from "@trpc/client";
import { appErrorOf, messageOf } from "@qifu/ui";

export type TLang = "zh" | "en";

/** One call of a tRPC procedure by its dotted path ("nodes.list"). */
export type TCall = (kind: "query" | "mutation", path: string, input?: unknown) => Promise<unknown>;

/** A react-admin DataProvider plus two escape hatches for procedures outside the resource contract. */
export type TQifuDataProvider = DataProvider & {
  rpcQuery: <T>(path: string, input?: unknown) => Promise<T>;
  rpcMutation: <T>(path: string, input?: unknown) => Promise<T>;
};

/** The list input of the server's resource contract (trpc-core `defineResource`). */
type TListInput = {
  pagination: { page: number; perPage: number };
  sort?: { field: string; order: "ASC" | "DESC" };
  filter?: Record<string, unknown>;
  q?: string;
};

const MAX_PER_PAGE = 200;

/** Build the list input from react-admin's getList / getManyReference params. */
export function toListInput(params: {
  pagination?: { page: number; perPage: number };
  sort?: { field: string; order: string };
  filter?: Record<string, unknown>;
}): TListInput {
  const { q, ...rest } = params.filter ?? {};
  const filter = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== ""));
  const page = params.pagination?.page ?? 1;
  const perPage = Math.min(params.pagination?.perPage ?? 25, MAX_PER_PAGE);
  // react-admin sorts by "id" when a view names no sort; the server then uses the resource's default
  const sort =
    params.sort?.field && params.sort.field !== "id"
      ? { field: params.sort.field, order: params.sort.order === "DESC" ? ("DESC" as const) : ("ASC" as const) }
      : undefined;
  return {
    pagination: { page, perPage },
    ...(sort ? { sort } : {}),
    ...(Object.keys(filter).length ? { filter } : {}),
    ...(typeof q === "string" && q.trim() ? { q: q.trim() } : {}),
  };
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === "";

function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) || Array.isArray(b) || (typeof a === "object" && a && typeof b === "object" && b))
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/**
 * Only the fields the form changed. A node operator's form still holds admin-only fields
 * (shown read-only) and the DTO's derived fields (townName, createdAt…): none of them is sent.
 */
export function changedFields(data: Record<string, unknown>, previous: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!previous) return data;
  return Object.fromEntries(Object.entries(data).filter(([k, v]) => !sameValue(v, previous[k])));
}

/**
 * A server field path as the form knows it: update inputs are `{id, data}` so zod names
 * "data.name"; an error on one item of a multi-select ("serviceCategories.2") belongs to the input.
 */
export function formPath(path: string, op: "create" | "update"): string {
  let p = op === "update" && path.startsWith("data.") ? path.slice(5) : path;
  while (/\.\d+$/.test(p)) p = p.replace(/\.\d+$/, "");
  return p;
}

const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 429,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
};

/**
 * A tRPC failure as react-admin's HttpError: the message in the current language, the status,
 * and `body.errors` = {field: message, root: {serverError}} so that a pessimistic save shows
 * each message under its input and the summary in the notification (react-admin server-side validation).
 */
export function toHttpError(err: unknown, lang: TLang, op: "create" | "update" | "other" = "other"): HttpError {
  const app = appErrorOf(err);
  const message = messageOf(err, lang);
  const httpStatus = err instanceof TRPCClientError ? (err.data as { httpStatus?: number } | undefined)?.httpStatus : undefined;
  const status = httpStatus ?? (app ? STATUS_BY_CODE[app.code] : undefined) ?? (err instanceof TypeError ? 0 : 500);
  const fields = op === "other" ? [] : (app?.fields ?? []).filter((f) => f.path);
  if (!fields.length) return new HttpError(message, status, app ?? undefined);
  const errors: Record<string, unknown> = {};
  for (const f of fields) {
    const path = formPath(f.path, op as "create" | "update");
    errors[path] ??= f.message[lang];
  }
  return new HttpError(message, status, { ...app, errors: { ...errors, root: { serverError: message } } });
}

/**
 * The one DataProvider of the admin console. Every react-admin resource is a router key of
 * the API speaking the resource contract (`<r>.list/get/getMany/create/update/delete`), so
 * a new feature's resource needs no code here.
 */
export function createDataProvider(call: TCall, getLang: () => TLang): TQifuDataProvider {
  const run = async <T>(
    kind: "query" | "mutation",
    path: string,
    input: unknown,
    op: "create" | "update" | "other" = "other",
  ): Promise<T> => {
    try {
      return (await call(kind, path, input)) as T;
    } catch (err) {
      throw toHttpError(err, getLang(), op);
    }
  };
  const list = (resource: string, input: TListInput) => run<{ data: RaRecord[]; total: number }>("query", `${resource}.list`, input);
  const update = (resource: string, id: Identifier, data: Record<string, unknown>) =>
    run<RaRecord>("mutation", `${resource}.update`, { id: String(id), data }, "update");

  return {
    getList: async (resource, params) => {
      const { data, total } = await list(resource, toListInput(params));
      return { data: data as any[], total };
    },
    getOne: async (resource, params) => ({ data: (await run<RaRecord>("query", `${resource}.get`, { id: String(params.id) })) as any }),
    getMany: async (resource, params) => {
      const ids = [...new Set(params.ids.map(String))];
      const chunks: string[][] = [];
      for (let i = 0; i < ids.length; i += MAX_PER_PAGE) chunks.push(ids.slice(i, i + MAX_PER_PAGE));
      const results = await Promise.all(chunks.map((chunk) => run<RaRecord[]>("query", `${resource}.getMany`, { ids: chunk })));
      return { data: results.flat() as any[] };
    },
    getManyReference: async (resource, params) => {
      const input = toListInput({ ...params, filter: { ...params.filter, [params.target]: params.id } });
      const { data, total } = await list(resource, input);
      return { data: data as any[], total };
    },
    create: async (resource, params) => ({ data: (await run<RaRecord>("mutation", `${resource}.create`, params.data, "create")) as any }),
    update: async (resource, params) => {
      const changed = changedFields(params.data as Record<string, unknown>, params.previousData as Record<string, unknown> | undefined);
      delete changed.id;
      // Nothing changed: nothing to send, but the form still expects the current record back.
      if (!Object.keys(changed).length)
        return { data: (await run<RaRecord>("query", `${resource}.get`, { id: String(params.id) })) as any };
      return { data: (await update(resource, params.id, changed)) as any };
    },
    updateMany: async (resource, params) => {
      const { id: _ignored, ...data } = params.data as Record<string, unknown>;
      await Promise.all(params.ids.map((id) => update(resource, id, data)));
      return { data: params.ids };
    },
    delete: async (resource, params) => {
      await run("mutation", `${resource}.delete`, { id: String(params.id) });
      return { data: (params.previousData ?? { id: params.id }) as any };
    },
    deleteMany: async (resource, params) => {
      // One by one: each delete has its own checks (e.g. "still has child nodes") and its own message.
      for (const id of params.ids) await run("mutation", `${resource}.delete`, { id: String(id) });
      return { data: params.ids };
    },
    rpcQuery: <T>(path: string, input?: unknown) => run<T>("query", path, input),
    rpcMutation: <T>(path: string, input?: unknown) => run<T>("mutation", path, input),
  };
}

/** A TCall over a tRPC proxy client: walks the dotted path to the procedure. */
export function callThrough(client: unknown): TCall {
  return (kind, path, input) => {
    const procedure = path.split(".").reduce<any>((node, key) => node[key], client);
    return kind === "query" ? procedure.query(input) : procedure.mutate(input);
  };
}

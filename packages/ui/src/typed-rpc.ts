import type { TRPCClient } from "@trpc/client";
import type { TRPCBuiltRouter, TRPCCreateRouterOptions, TRPCDecorateCreateRouterOptions } from "@trpc/server";

/**
 * Typed calls of a feature's own procedures from its browser code. The feature names its
 * routers' type with a type-only import (`import type { ledgerRouters } from "../server"`,
 * erased at build), and gets the client the shell's tRPC client would give for those keys:
 * a procedure is a property path (`r.serviceComplaints.settings`), its input and output are
 * inferred, and a renamed procedure fails `pnpm typecheck`. At run time only the dotted path
 * travels, through the shell's data provider and tRPC client, as before.
 */

/** The root types of our server: no transformer (dates arrive as strings, as tRPC's client types say). */
type TRoot = { ctx: object; meta: object; errorShape: unknown; transformer: false };

/** The client of a feature's routers record, as the shells' AppRouter client types those keys. */
export type TFeatureClient<TRouters extends TRPCCreateRouterOptions> = TRPCClient<
  TRPCBuiltRouter<TRoot, TRPCDecorateCreateRouterOptions<TRouters>>
>;

/** A query procedure of a typed client (`r.ledger.stats`). */
export type TQueryProcedure = { query: (input: never) => Promise<unknown> };
/** A mutation procedure of a typed client (`r.serviceComplaints.close`). */
export type TMutationProcedure = { mutate: (input: never) => Promise<unknown> };

export type TInputOf<P> = P extends { query: (input: infer I, ...rest: never[]) => unknown }
  ? I
  : P extends { mutate: (input: infer I, ...rest: never[]) => unknown }
    ? I
    : never;
export type TOutputOf<P> = P extends { query: (...args: never[]) => Promise<infer O> }
  ? O
  : P extends { mutate: (...args: never[]) => Promise<infer O> }
    ? O
    : never;

/** The arguments after the procedure: its input (optional when the procedure takes none), then options. */
export type TInputArgs<P, TOptions> =
  undefined extends TInputOf<P> ? [input?: TInputOf<P>, options?: TOptions] : [input: TInputOf<P>, options?: TOptions];

export type TCallKind = "query" | "mutation";
export type TPathCall = (kind: TCallKind, path: string, input?: unknown) => Promise<unknown>;

const PATH = Symbol("procedure path");

/** A proxy that records the property path read from it; `.query()`/`.mutate()` at its end call `call`. */
function pathProxy(path: string[], call?: TPathCall): unknown {
  return new Proxy(() => undefined, {
    get(_target, key) {
      if (key === PATH) return path.join(".");
      // never a thenable: an awaited proxy must not look like a promise
      if (typeof key !== "string" || key === "then") return undefined;
      if (call && key === "query") return (input?: unknown) => call("query", path.join("."), input);
      if (call && key === "mutate") return (input?: unknown) => call("mutation", path.join("."), input);
      return pathProxy([...path, key], call);
    },
  });
}

/**
 * A feature's procedures as values (`api.serviceComplaints.settings`), typed as its client's,
 * that carry only their dotted path: what the typed hooks take. A value, not a selector
 * function, so that TypeScript infers the input from the procedure before it checks the input.
 */
export function procedures<TClient>(): TClient {
  return pathProxy([]) as TClient;
}

/** The dotted path ("serviceComplaints.settings") of a procedure from `procedures()`. */
export function pathOf(procedure: unknown): string {
  const path = (procedure as { [PATH]?: string } | undefined)?.[PATH];
  if (!path) throw new Error("not a procedure of procedures(): name one as api.feature.procedure");
  return path;
}

/** A typed client whose calls go to `call` by dotted path (the shell's data provider). */
export function typedClient<TClient>(call: TPathCall): TClient {
  return pathProxy([], call) as TClient;
}

/** Run the mutation `procedure` names through `client` (`mutateAt(rpc, api.x.close, { id })`), typed by that procedure. */
export function mutateAt<P extends TMutationProcedure>(client: unknown, procedure: P, input: TInputOf<P>): Promise<TOutputOf<P>> {
  const target = pathOf(procedure)
    .split(".")
    .reduce<unknown>((c, key) => (c as Record<string, unknown>)[key], client) as { mutate: (input: unknown) => Promise<TOutputOf<P>> };
  return target.mutate(input);
}

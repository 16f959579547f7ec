import { useMemo } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useDataProvider, useLogoutIfAccessDenied } from "react-admin";
import type { TRPCCreateRouterOptions } from "@trpc/server";
import {
  pathOf,
  procedures,
  typedClient,
  type TFeatureClient,
  type TInputArgs,
  type TInputOf,
  type TMutationProcedure,
  type TOutputOf,
  type TQueryProcedure,
} from "../typed-rpc";

/**
 * The admin console's data provider also calls any tRPC procedure by path (apps/admin
 * data-provider.ts), for what the resource contract does not cover: workflows, stats,
 * pickers. Same error mapping as the CRUD calls.
 */
export type TRpc = {
  rpcQuery: <T>(path: string, input?: unknown) => Promise<T>;
  rpcMutation: <T>(path: string, input?: unknown) => Promise<T>;
};

export type TRpcQueryOptions = { enabled?: boolean; staleTime?: number };

const useDataProviderRpc = () => useDataProvider() as unknown as TRpc;

/**
 * Run a query procedure through react-admin's query client, so the app bar's refresh
 * button reloads it too and an expired session leads to the login page.
 */
function useQueryAt<T>(path: string, input: unknown, options: TRpcQueryOptions = {}) {
  const rpc = useDataProviderRpc();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useQuery<T, Error>({
    queryKey: ["rpc", path, input ?? null],
    queryFn: async () => {
      try {
        return await rpc.rpcQuery<T>(path, input);
      } catch (error) {
        void logoutIfAccessDenied(error);
        throw error;
      }
    },
    enabled: options.enabled ?? true,
    staleTime: options.staleTime,
  });
}

/**
 * Run a mutation procedure; on success the rpc queries and react-admin's lists are refetched
 * (a workflow step changes what both show).
 */
function useMutationAt<TInput, TOutput>(path: string) {
  const rpc = useDataProviderRpc();
  const queryClient = useQueryClient();
  return useMutation<TOutput, Error, TInput>({
    mutationFn: (input) => rpc.rpcMutation<TOutput>(path, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/**
 * A feature's typed calls, made once in its admin code (`admin/rpc.ts`) from its own routers' type:
 *
 *     import type { ledgerRouters } from "../server";   // type-only: erased at build
 *     export const { api, useRpc, useRpcQuery, useRpcMutation } = featureRpc<typeof ledgerRouters>();
 *
 *     const q = useRpcQuery(api.ledger.stats, { year });               // q.data: the procedure's output
 *     const close = useRpcMutation(api.serviceComplaints.close);       // close.mutate({ id })
 *     const rpc = useRpc(); rpc.ledgerRecords.export.query(input);     // a promise, for buttons
 *
 * Calls travel as before: by path through the console's data provider and tRPC client.
 */
export function featureRpc<TRouters extends TRPCCreateRouterOptions>() {
  type TClient = TFeatureClient<TRouters>;
  function useRpc(): TClient {
    const rpc = useDataProviderRpc();
    return useMemo(
      () => typedClient<TClient>((kind, path, input) => (kind === "query" ? rpc.rpcQuery(path, input) : rpc.rpcMutation(path, input))),
      [rpc],
    );
  }
  function useRpcQuery<P extends TQueryProcedure>(procedure: P, ...[input, options]: TInputArgs<P, TRpcQueryOptions>) {
    return useQueryAt<TOutputOf<P>>(pathOf(procedure), input, options);
  }
  function useRpcMutation<P extends TMutationProcedure>(procedure: P) {
    return useMutationAt<TInputOf<P>, TOutputOf<P>>(pathOf(procedure));
  }
  return { api: procedures<TClient>(), useRpc, useRpcQuery, useRpcMutation };
}

export {
  mutateAt,
  type TInputArgs,
  type TFeatureClient,
  type TInputOf,
  type TMutationProcedure,
  type TOutputOf,
  type TQueryProcedure,
} from "../typed-rpc";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useDataProvider, useLogoutIfAccessDenied } from "react-admin";

/**
 * The admin console's data provider also calls any tRPC procedure by path (apps/admin
 * data-provider.ts), for what the resource contract does not cover: workflows, stats,
 * pickers. Same error mapping as the CRUD calls.
 */
export type TRpc = {
  rpcQuery: <T>(path: string, input?: unknown) => Promise<T>;
  rpcMutation: <T>(path: string, input?: unknown) => Promise<T>;
};

export const useRpc = () => useDataProvider() as unknown as TRpc;

/**
 * Run a query procedure through react-admin's query client, so the app bar's refresh
 * button reloads it too and an expired session leads to the login page.
 */
export function useRpcQuery<T>(path: string, input?: unknown, options: { enabled?: boolean; staleTime?: number } = {}) {
  const rpc = useRpc();
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
export function useRpcMutation<TInput, TOutput = unknown>(path: string) {
  const rpc = useRpc();
  const queryClient = useQueryClient();
  return useMutation<TOutput, Error, TInput>({
    mutationFn: (input) => rpc.rpcMutation<TOutput>(path, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

import { useQuery } from "@tanstack/react-query";
import { useDataProvider, useLogoutIfAccessDenied } from "react-admin";

/**
 * The admin console's data provider can also call any tRPC procedure by path, for what the
 * resource contract does not cover (stats, metric lists). Same error mapping as the CRUD calls.
 */
export type TRpcDataProvider = {
  rpcQuery: <T>(path: string, input?: unknown) => Promise<T>;
};

/**
 * Run a query procedure through react-admin's query client, so the app bar's refresh
 * button reloads it too and an expired session leads to the login page.
 */
export function useRpcQuery<T>(path: string, input?: unknown, options: { enabled?: boolean } = {}) {
  const dataProvider = useDataProvider() as unknown as TRpcDataProvider;
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useQuery<T, Error>({
    queryKey: ["rpc", path, input ?? null],
    queryFn: async () => {
      try {
        return await dataProvider.rpcQuery<T>(path, input);
      } catch (error) {
        void logoutIfAccessDenied(error);
        throw error;
      }
    },
    enabled: options.enabled ?? true,
  });
}

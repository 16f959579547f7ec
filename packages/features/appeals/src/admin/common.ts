import { useDataProvider, useLocaleState } from "react-admin";
import { useQuery } from "@tanstack/react-query";
import type { TUnit } from "../schemas";

export type TLang = "zh" | "en";
export function useLang(): TLang {
  const [locale] = useLocaleState();
  return locale.startsWith("zh") ? "zh" : "en";
}

/** The console's data provider also calls any procedure by path (apps/admin data-provider.ts). */
export type TRpc = { rpcQuery: <T>(path: string, input?: unknown) => Promise<T>; rpcMutation: <T>(path: string, input?: unknown) => Promise<T> };
export const useRpc = () => useDataProvider() as unknown as TRpc;

/** Town units and district departments, for pickers. */
export function useUnits() {
  const rpc = useRpc();
  return useQuery({ queryKey: ["rpc", "appeals.units"], queryFn: () => rpc.rpcQuery<TUnit[]>("appeals.units"), staleTime: 300_000 });
}

import { useDataProvider, useLocaleState, usePermissions } from "react-admin";
import type { TLabel, TRole } from "@qifu/domain";

export type TLang = "zh" | "en";

/** The screen language, from react-admin's locale ("zh-CN" | "en"). */
export function useLang(): TLang {
  const [locale] = useLocaleState();
  return locale.startsWith("zh") ? "zh" : "en";
}

export function useRole(): TRole | undefined {
  return usePermissions<TRole>().permissions;
}

/** The console's data provider can call any procedure by path (apps/admin data-provider.ts). */
export type TRpc = { rpcQuery: <T>(path: string, input?: unknown) => Promise<T>; rpcMutation: <T>(path: string, input?: unknown) => Promise<T> };
export const useRpc = () => useDataProvider() as unknown as TRpc;

/** `{field: {zh, en}}` → the two message trees react-admin wants under `resources.<r>.fields`. */
export function byLang(labels: Record<string, TLabel>): Record<TLang, Record<string, string>> {
  const entries = Object.entries(labels);
  return { zh: Object.fromEntries(entries.map(([k, l]) => [k, l.zh])), en: Object.fromEntries(entries.map(([k, l]) => [k, l.en])) };
}

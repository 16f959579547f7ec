import { useDataProvider, useLocaleState, usePermissions } from "react-admin";
import type { TRole } from "@qifu/domain";

export type TLang = "zh" | "en";
export function useLang(): TLang {
  const [locale] = useLocaleState();
  return locale.startsWith("zh") ? "zh" : "en";
}
export const useRole = () => usePermissions<TRole>().permissions;
/** The console's data provider calls any procedure by path (apps/admin data-provider.ts). */
export const useRpc = () => useDataProvider() as unknown as { rpcMutation: <T>(path: string, input?: unknown) => Promise<T> };

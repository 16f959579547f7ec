export { useLang, type TLang } from "@qifu/ui/admin";
import { api, useRpcQuery } from "./rpc";

/** Town units and district departments, for pickers. */
export function useUnits() {
  return useRpcQuery(api.appeals.units, undefined, { staleTime: 300_000 });
}

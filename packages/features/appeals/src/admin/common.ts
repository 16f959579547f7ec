import { useRpc } from "@qifu/ui/admin";
export { useLang, useRpc, type TLang, type TRpc } from "@qifu/ui/admin";
import { useQuery } from "@tanstack/react-query";
import type { TUnit } from "../schemas";

/** Town units and district departments, for pickers. */
export function useUnits() {
  const rpc = useRpc();
  return useQuery({ queryKey: ["rpc", "appeals.units"], queryFn: () => rpc.rpcQuery<TUnit[]>("appeals.units"), staleTime: 300_000 });
}

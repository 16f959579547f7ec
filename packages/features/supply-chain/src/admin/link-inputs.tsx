import { SelectInput, required } from "react-admin";
import { useWatch } from "react-hook-form";
import { useLang } from "@qifu/ui/admin";
import { KeyChain } from "../schemas";
import { api, useRpcQuery } from "./rpc";

/** The chain (a cluster of the industrial clusters) and one of its links: the links follow the chosen cluster. */
export function LinkInputs({ optional = false, disabled = false }: { optional?: boolean; disabled?: boolean }) {
  const lang = useLang();
  const { data } = useRpcQuery(api.supplyChain.chains, undefined, { staleTime: 300_000 });
  const clusterId = useWatch({ name: "clusterId" }) as string | null | undefined;
  const clusters = (data ?? []).flatMap((c) =>
    c.clusters.map((x) => ({ id: x.id, name: `${KeyChain.label(c.chain, lang)} · ${x.name}`, links: x.links })),
  );
  const links = clusters.find((c) => c.id === clusterId)?.links ?? [];
  const validate = optional ? undefined : required();
  return (
    <>
      <SelectInput source="clusterId" choices={clusters} validate={validate} disabled={disabled} fullWidth />
      <SelectInput
        source="linkKey"
        choices={links.map((l) => ({ id: l.key, name: l.name }))}
        validate={validate}
        disabled={disabled}
        fullWidth
      />
    </>
  );
}

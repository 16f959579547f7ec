import { SelectInput, required } from "react-admin";
import { useWatch } from "react-hook-form";
import { useLang } from "@qifu/ui/admin";
import { KeyChain } from "../schemas";
import { api, useRpcQuery } from "./rpc";

/** The clusters of every key chain with their links (one query, shared by the inputs below). */
function useClusters() {
  const lang = useLang();
  const { data } = useRpcQuery(api.supplyChain.chains, undefined, { staleTime: 300_000 });
  return (data ?? []).flatMap((c) =>
    c.clusters.map((x) => ({ id: x.id, name: `${KeyChain.label(c.chain, lang)} · ${x.name}`, links: x.links })),
  );
}

/** A link of the chain chosen in the form's `clusterId` (inside an item list too: the chain is the form's). */
export function LinkKeyInput({ optional = false, disabled = false }: { optional?: boolean; disabled?: boolean }) {
  const clusters = useClusters();
  const clusterId = useWatch({ name: "clusterId" }) as string | null | undefined;
  const links = clusters.find((c) => c.id === clusterId)?.links ?? [];
  return (
    <SelectInput
      source="linkKey"
      choices={links.map((l) => ({ id: l.key, name: l.name }))}
      validate={optional ? undefined : required()}
      disabled={disabled}
      fullWidth
    />
  );
}

/** The chain (a cluster of the industrial clusters) and one of its links: the links follow the chosen cluster. */
export function LinkInputs({ optional = false, disabled = false }: { optional?: boolean; disabled?: boolean }) {
  const clusters = useClusters();
  return (
    <>
      <SelectInput source="clusterId" choices={clusters} validate={optional ? undefined : required()} disabled={disabled} fullWidth />
      <LinkKeyInput optional={optional} disabled={disabled} />
    </>
  );
}

/** The chain alone (a procurement list: each item then names its link). */
export function ClusterInput() {
  const clusters = useClusters();
  return <SelectInput source="clusterId" choices={clusters} validate={required()} fullWidth />;
}

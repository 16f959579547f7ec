import { formatDate } from "@qifu/ui";
import {
  CarrierCard,
  CarrierDetailPage,
  CarrierListPage,
  carrierPaths,
  carrierTownName,
  FactLine,
  FactsCard,
} from "@qifu/carrier-kit/public";
import { useSupplyChainPublic } from "./context";

export const supplyChainPaths = carrierPaths("supply-chain");

/** The active ones, searchable and filtered by town; one card each, one column on a phone. */
export function SupplyChainListPage() {
  const { client, t, lang } = useSupplyChainPublic();
  return (
    <CarrierListPage
      client={client}
      lang={lang}
      text={t}
      queryKey="supplyChain.publicList"
      load={(search) => client.supplyChain.publicList.query(search)}
      card={(x) => (
        <CarrierCard
          to={supplyChainPaths.one(x.id)}
          title={x.name}
          subtitle={`${carrierTownName(x, lang)}${x.operatorNodeName ? ` · ${x.operatorNodeName}` : ""}`}
        />
      )}
    />
  );
}

/** One active one, with its details. */
export function SupplyChainPage() {
  const { client, t, lang } = useSupplyChainPublic();
  return (
    <CarrierDetailPage
      lang={lang}
      text={t}
      listPath={supplyChainPaths.list}
      queryKey="supplyChain.publicGet"
      load={(id) => client.supplyChain.publicGet.query({ id })}
    >
      {(x) => (
        <FactsCard description={x.description}>
          <FactLine label={t.node}>{x.operatorNodeName ?? "—"}</FactLine>
          <FactLine label={t.openedOn}>{formatDate(x.openedOn, lang)}</FactLine>
        </FactsCard>
      )}
    </CarrierDetailPage>
  );
}

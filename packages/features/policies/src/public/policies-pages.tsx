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
import { usePoliciesPublic } from "./context";

export const policiesPaths = carrierPaths("policies");

/** The active ones, searchable and filtered by town; one card each, one column on a phone. */
export function PoliciesListPage() {
  const { client, t, lang } = usePoliciesPublic();
  return (
    <CarrierListPage
      client={client}
      lang={lang}
      text={t}
      queryKey="policies.publicList"
      load={(search) => client.policies.publicList.query(search)}
      card={(x) => (
        <CarrierCard
          to={policiesPaths.one(x.id)}
          title={x.name}
          subtitle={`${carrierTownName(x, lang)}${x.operatorNodeName ? ` · ${x.operatorNodeName}` : ""}`}
        />
      )}
    />
  );
}

/** One active one, with its details. */
export function PoliciesPage() {
  const { client, t, lang } = usePoliciesPublic();
  return (
    <CarrierDetailPage
      lang={lang}
      text={t}
      listPath={policiesPaths.list}
      queryKey="policies.publicGet"
      load={(id) => client.policies.publicGet.query({ id })}
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

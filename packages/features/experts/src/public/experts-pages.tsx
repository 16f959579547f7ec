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
import { useExpertsPublic } from "./context";

export const expertsPaths = carrierPaths("experts");

/** The active ones, searchable and filtered by town; one card each, one column on a phone. */
export function ExpertsListPage() {
  const { client, t, lang } = useExpertsPublic();
  return (
    <CarrierListPage
      client={client}
      lang={lang}
      text={t}
      queryKey="experts.publicList"
      load={(search) => client.experts.publicList.query(search)}
      card={(x) => (
        <CarrierCard
          to={expertsPaths.one(x.id)}
          title={x.name}
          subtitle={`${carrierTownName(x, lang)}${x.operatorNodeName ? ` · ${x.operatorNodeName}` : ""}`}
        />
      )}
    />
  );
}

/** One active one, with its details. */
export function ExpertsPage() {
  const { client, t, lang } = useExpertsPublic();
  return (
    <CarrierDetailPage
      lang={lang}
      text={t}
      listPath={expertsPaths.list}
      queryKey="experts.publicGet"
      load={(id) => client.experts.publicGet.query({ id })}
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

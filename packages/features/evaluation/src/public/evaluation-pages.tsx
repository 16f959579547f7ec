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
import { useEvaluationPublic } from "./context";

export const evaluationPaths = carrierPaths("evaluation");

/** The active ones, searchable and filtered by town; one card each, one column on a phone. */
export function EvaluationListPage() {
  const { client, t, lang } = useEvaluationPublic();
  return (
    <CarrierListPage
      client={client}
      lang={lang}
      text={t}
      queryKey="evaluation.publicList"
      load={(search) => client.evaluation.publicList.query(search)}
      card={(x) => (
        <CarrierCard
          to={evaluationPaths.one(x.id)}
          title={x.name}
          subtitle={`${carrierTownName(x, lang)}${x.operatorNodeName ? ` · ${x.operatorNodeName}` : ""}`}
        />
      )}
    />
  );
}

/** One active one, with its details. */
export function EvaluationPage() {
  const { client, t, lang } = useEvaluationPublic();
  return (
    <CarrierDetailPage
      lang={lang}
      text={t}
      listPath={evaluationPaths.list}
      queryKey="evaluation.publicGet"
      load={(id) => client.evaluation.publicGet.query({ id })}
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

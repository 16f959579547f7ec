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
import { useVouchersPublic } from "./context";

export const vouchersPaths = carrierPaths("vouchers");

/** The active ones, searchable and filtered by town; one card each, one column on a phone. */
export function VouchersListPage() {
  const { client, t, lang } = useVouchersPublic();
  return (
    <CarrierListPage
      client={client}
      lang={lang}
      text={t}
      queryKey="vouchers.publicList"
      load={(search) => client.vouchers.publicList.query(search)}
      card={(x) => (
        <CarrierCard
          to={vouchersPaths.one(x.id)}
          title={x.name}
          subtitle={`${carrierTownName(x, lang)}${x.operatorNodeName ? ` · ${x.operatorNodeName}` : ""}`}
        />
      )}
    />
  );
}

/** One active one, with its details. */
export function VouchersPage() {
  const { client, t, lang } = useVouchersPublic();
  return (
    <CarrierDetailPage
      lang={lang}
      text={t}
      listPath={vouchersPaths.list}
      queryKey="vouchers.publicGet"
      load={(id) => client.vouchers.publicGet.query({ id })}
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

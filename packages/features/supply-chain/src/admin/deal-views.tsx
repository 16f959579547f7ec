import {
  AutocompleteInput,
  DataTable,
  DateInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  minValue,
  required,
  useTranslate,
} from "react-admin";
import { FormSection, formatFen, StatusChip } from "@qifu/ui";
import { CardLine, FeatureList, CreatePage, FenInput, NodeInput, ResponsiveDataTable, useLang } from "@qifu/ui/admin";
import { ContactStatus, KeyChain, type TContact, type TDeal } from "../schemas";
import { LinkInputs } from "./link-inputs";
import { useRpc } from "./rpc";

const contactText = (c: TContact | undefined) => (c ? `${c.buyer.name} ← ${c.supplier.name}（${c.demand.product}）` : "");

/** 配套成交: the deals reported in the caller's scope, local ones marked; exported to Excel. */
export function DealList() {
  const rpc = useRpc();
  const lang = useLang();
  const translate = useTranslate();
  const local = (r: TDeal) => (
    <StatusChip label={translate(r.local ? "supplyChain.local" : "supplyChain.outside")} tone={r.local ? "success" : "default"} />
  );
  return (
    <FeatureList
      filters={[<SelectInput key="chain" source="chain" choices={KeyChain.choices(lang)} alwaysOn />]}
      exportRun={(input) => rpc.supplyChainDeals.export.query(input)}
      create
      emptyTitle="supplyChain.deals_empty"
      emptyHint="supplyChain.deals_empty_hint"
    >
      <ResponsiveDataTable<TDeal>
        rowClick={false}
        card={{
          primary: (r) => `${r.buyerName} ← ${r.supplierName}`,
          secondary: (r) => (
            <CardLine>
              <span>
                {KeyChain.label(r.chain, lang)} · {r.linkName ?? "—"}
              </span>
              <span>{formatFen(r.amountFen, lang)}</span>
            </CardLine>
          ),
          tertiary: (r) => local(r),
        }}
      >
        <DataTable.Col source="dealOn" />
        <DataTable.Col source="buyerName" label="resources.supplyChainDeals.fields.buyer" />
        <DataTable.Col source="supplierName" label="resources.supplyChainDeals.fields.supplier" />
        <DataTable.Col source="linkName" disableSort render={(r: TDeal) => `${KeyChain.label(r.chain, lang)} · ${r.linkName ?? "—"}`} />
        <DataTable.Col source="amountFen" render={(r: TDeal) => formatFen(r.amountFen, lang)} />
        <DataTable.Col source="local" disableSort render={local} />
        <DataTable.Col source="nodeId" disableSort render={(r: TDeal) => r.nodeName} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

/** 成交填报: from a contact (both sides and the link follow from it) or naming the sides; a side outside the district by name. */
export function DealCreate() {
  const translate = useTranslate();
  return (
    <CreatePage redirect="list">
      <FormSection title={translate("supplyChain.section_basic")}>
        <ReferenceInput source="contactId" reference="supplyChainContacts" perPage={100}>
          <AutocompleteInput optionText={contactText} filterToQuery={() => ({})} fullWidth className="span-all" />
        </ReferenceInput>
        <ReferenceInput source="buyerId" reference="enterprises" sort={{ field: "name", order: "ASC" }}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} fullWidth />
        </ReferenceInput>
        <TextInput source="buyerName" fullWidth />
        <ReferenceInput source="supplierId" reference="enterprises" sort={{ field: "name", order: "ASC" }}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} fullWidth />
        </ReferenceInput>
        <TextInput source="supplierName" fullWidth />
        <FenInput source="amountFen" validate={[required(), minValue(0.01)]} fullWidth />
        <DateInput source="dealOn" validate={required()} fullWidth />
        <NodeInput resource="supplyChainDeals" />
        <TextInput source="note" multiline fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("supplyChain.section_link")}>
        <LinkInputs optional />
      </FormSection>
    </CreatePage>
  );
}

/** 供需对接: who asked whom on which pair; staff see the contacts, enterprises only once accepted (on the portal). */
export function ContactList() {
  const lang = useLang();
  const rpc = useRpc();
  return (
    <FeatureList
      filters={[<SelectInput key="status" source="status" choices={ContactStatus.choices(lang)} alwaysOn />]}
      search={false}
      exportRun={(input) => rpc.supplyChainContacts.export.query(input)}
      emptyTitle="supplyChain.contacts_empty"
      emptyHint="supplyChain.contacts_empty_hint"
      sort={{ field: "requestedOn", order: "DESC" }}
    >
      <ResponsiveDataTable<TContact>
        rowClick={false}
        card={{
          primary: (r) => contactText(r),
          secondary: (r) => r.demand.linkName ?? "—",
          tertiary: (r) => ContactStatus.label(r.status, lang),
        }}
      >
        <DataTable.Col source="requestedOn" disableSort />
        <DataTable.Col source="buyer" disableSort render={(r: TContact) => `${r.buyer.name}：${r.demand.product}`} />
        <DataTable.Col source="supplier" disableSort render={(r: TContact) => `${r.supplier.name}：${r.supply.product}`} />
        <DataTable.Col source="demand" disableSort render={(r: TContact) => r.demand.linkName ?? "—"} />
        <DataTable.Col source="score" disableSort render={(r: TContact) => `${Math.round(r.score * 100)}%`} />
        <DataTable.Col
          source="status"
          disableSort
          render={(r: TContact) => (
            <StatusChip
              label={ContactStatus.label(r.status, lang)}
              tone={r.status === "ACCEPTED" ? "success" : r.status === "DECLINED" ? "default" : "warning"}
            />
          )}
        />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

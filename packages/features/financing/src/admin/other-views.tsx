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
import LinearProgress from "@mui/material/LinearProgress";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { CultivationTier } from "@qifu/domain";
import { FormSection, formatFen, StatusChip } from "@qifu/ui";
import { FeatureList, CardLine, CreatePage, EditPage, FenInput, ResponsiveDataTable, useEditRowClick, useLang } from "@qifu/ui/admin";
import { Collateral, NeedStatus, SchemeKind, SchemeStatus, Urgency, type TInvestment, type TNeed, type TScheme } from "../schemas";
import { useRpc } from "./rpc";

/** 融资需求: the district's and a town's (its enterprises'); an institution's (those sent to it). */
export function NeedList() {
  const rpc = useRpc();
  const lang = useLang();
  return (
    <FeatureList
      filters={[<SelectInput key="status" source="status" choices={NeedStatus.choices(lang)} alwaysOn />]}
      exportRun={(input) => rpc.financingNeeds.export.query(input)}
      emptyTitle="financing.needs_empty"
      emptyHint="financing.needs_empty_hint"
    >
      <ResponsiveDataTable<TNeed>
        rowClick={false}
        card={{
          primary: (r) => `${r.enterpriseName} · ${formatFen(r.amountFen, lang)}`,
          secondary: (r) => (
            <CardLine>
              <span>{r.purpose}</span>
              <span>{r.postedOn}</span>
            </CardLine>
          ),
          tertiary: (r) => NeedStatus.label(r.status, lang),
        }}
      >
        <DataTable.Col source="postedOn" />
        <DataTable.Col source="enterpriseName" disableSort />
        <DataTable.Col source="townId" disableSort render={(r: TNeed) => r.townName ?? "—"} />
        <DataTable.Col source="tier" disableSort render={(r: TNeed) => CultivationTier.label(r.tier, lang)} />
        <DataTable.Col source="amountFen" render={(r: TNeed) => formatFen(r.amountFen, lang)} />
        <DataTable.Col source="purpose" disableSort />
        <DataTable.Col source="termMonths" disableSort />
        <DataTable.Col source="collateral" disableSort render={(r: TNeed) => Collateral.label(r.collateral, lang)} />
        <DataTable.Col source="urgency" disableSort render={(r: TNeed) => Urgency.label(r.urgency, lang)} />
        <DataTable.Col source="activityId" disableSort render={(r: TNeed) => r.activityTitle ?? "—"} />
        <DataTable.Col
          source="status"
          render={(r: TNeed) => <StatusChip label={NeedStatus.label(r.status, lang)} tone={r.status === "GRANTED" ? "success" : "info"} />}
        />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

function QuotaBar({ r }: { r: TScheme }) {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 180 }}>
      <LinearProgress variant="determinate" value={r.quotaFen ? Math.min(100, (r.usedFen / r.quotaFen) * 100) : 0} />
      <Typography variant="caption" color="text.secondary">
        {translate("financing.quota", { used: formatFen(r.usedFen, lang), quota: formatFen(r.quotaFen, lang) })}
      </Typography>
    </Box>
  );
}

function SchemeInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <FormSection title={translate("financing.section_basic")}>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="kind" choices={SchemeKind.choices(lang)} defaultValue="ZHUBAODAI" validate={required()} fullWidth />
      <ReferenceInput source="nodeId" reference="nodes" filter={{ kind: "FINANCIAL_INSTITUTION" }} sort={{ field: "name", order: "ASC" }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} fullWidth />
      </ReferenceInput>
      <FenInput source="quotaFen" validate={[required(), minValue(0.01)]} fullWidth />
      <SelectInput source="status" choices={SchemeStatus.choices(lang)} defaultValue="ACTIVE" validate={required()} fullWidth />
      <TextInput source="rules" multiline minRows={3} validate={required()} fullWidth className="span-all" />
    </FormSection>
  );
}

/** 助保贷 / 批量担保: rules and quota, used vs left. */
export function SchemeList() {
  const rpc = useRpc();
  const lang = useLang();
  const rowClick = useEditRowClick("financingSchemes");
  return (
    <FeatureList
      filters={[<SelectInput key="kind" source="kind" choices={SchemeKind.choices(lang)} alwaysOn />]}
      exportRun={(input) => rpc.financingSchemes.export.query(input)}
      create
      emptyTitle="financing.schemes_empty"
      emptyHint="financing.schemes_empty_hint"
    >
      <ResponsiveDataTable<TScheme>
        rowClick={rowClick}
        card={{ primary: (r) => r.name, secondary: (r) => <QuotaBar r={r} />, tertiary: (r) => SchemeKind.label(r.kind, lang) }}
      >
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" render={(r: TScheme) => SchemeKind.label(r.kind, lang)} />
        <DataTable.Col source="nodeId" disableSort render={(r: TScheme) => r.nodeName ?? "—"} />
        <DataTable.Col source="quotaFen" render={(r: TScheme) => <QuotaBar r={r} />} />
        <DataTable.Col source="leftFen" disableSort render={(r: TScheme) => formatFen(r.leftFen, lang)} />
        <DataTable.Col source="status" render={(r: TScheme) => SchemeStatus.label(r.status, lang)} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}
export const SchemeCreate = () => (
  <CreatePage redirect="list">
    <SchemeInputs />
  </CreatePage>
);
export const SchemeEdit = () => (
  <EditPage redirect="list">
    <SchemeInputs />
  </EditPage>
);

function InvestmentInputs() {
  const translate = useTranslate();
  return (
    <FormSection title={translate("financing.section_basic")}>
      <TextInput source="fundName" validate={required()} fullWidth />
      <ReferenceInput source="enterpriseId" reference="enterprises" sort={{ field: "name", order: "ASC" }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
      </ReferenceInput>
      <FenInput source="amountFen" validate={[required(), minValue(0.01)]} fullWidth />
      <DateInput source="investedOn" validate={required()} fullWidth />
      <TextInput source="note" multiline fullWidth className="span-all" />
    </FormSection>
  );
}

/** 基金投资: fund, enterprise, amount, date. */
export function InvestmentList() {
  const rpc = useRpc();
  const lang = useLang();
  const rowClick = useEditRowClick("fundInvestments");
  return (
    <FeatureList
      exportRun={(input) => rpc.fundInvestments.export.query(input)}
      create
      emptyTitle="financing.investments_empty"
      emptyHint="financing.investments_empty_hint"
    >
      <ResponsiveDataTable<TInvestment>
        rowClick={rowClick}
        card={{
          primary: (r) => `${r.enterpriseName} · ${formatFen(r.amountFen, lang)}`,
          secondary: (r) => r.fundName,
          tertiary: (r) => r.investedOn,
        }}
      >
        <DataTable.Col source="investedOn" />
        <DataTable.Col source="fundName" />
        <DataTable.Col source="enterpriseId" disableSort render={(r: TInvestment) => r.enterpriseName} />
        <DataTable.Col source="townName" disableSort render={(r: TInvestment) => r.townName ?? "—"} />
        <DataTable.Col source="amountFen" render={(r: TInvestment) => formatFen(r.amountFen, lang)} />
        <DataTable.Col source="note" disableSort render={(r: TInvestment) => r.note ?? ""} />
      </ResponsiveDataTable>
    </FeatureList>
  );
}
export const InvestmentCreate = () => (
  <CreatePage redirect="list">
    <InvestmentInputs />
  </CreatePage>
);
export const InvestmentEdit = () => (
  <EditPage redirect="list">
    <InvestmentInputs />
  </EditPage>
);

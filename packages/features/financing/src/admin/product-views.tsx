import {
  BooleanInput,
  DataTable,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  minValue,
  required,
  useGetIdentity,
  useTranslate,
} from "react-admin";
import { CultivationTier, INDUSTRY_SECTIONS, SizeClass } from "@qifu/domain";
import { FormSection, formatFen, StatusChip, type StatusTone } from "@qifu/ui";
import {
  FeatureList,
  CardLine,
  CreatePage,
  EditPage,
  FenInput,
  NodeInput,
  ResponsiveDataTable,
  useEditRowClick,
  useLang,
} from "@qifu/ui/admin";
import { GuaranteeForm, ProductKind, ProductStatus, type TProduct, type TProductStatus } from "../schemas";
import { useRpc } from "./rpc";

const TONE: Record<TProductStatus, StatusTone> = { DRAFT: "default", PUBLISHED: "success", WITHDRAWN: "warning" };
export const pct = (bp: number) => `${(bp / 100).toFixed(2)}%`;
const bpFormat = (v: number | undefined | null) => (v === undefined || v === null ? v : v / 100);
const bpParse = (v: number | string | null) => (v === null || v === "" ? null : Math.round(Number(v) * 100));

function ProductInputs() {
  const lang = useLang();
  const translate = useTranslate();
  const sections = INDUSTRY_SECTIONS.map((s) => ({ id: s.code, name: `${s.code} ${s.name[lang]}` }));
  return (
    <>
      <FormSection title={translate("financing.section_basic")}>
        <TextInput source="name" validate={required()} fullWidth />
        <NodeInput resource="financingProducts" />
        <SelectInput source="kind" choices={ProductKind.choices(lang)} defaultValue="LOAN" validate={required()} fullWidth />
        <SelectInput source="guaranteeForm" choices={GuaranteeForm.choices(lang)} defaultValue="CREDIT" validate={required()} fullWidth />
        <SelectInput source="status" choices={ProductStatus.choices(lang)} defaultValue="DRAFT" validate={required()} fullWidth />
        <BooleanInput source="greenChannel" />
        <TextInput source="description" multiline minRows={2} fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("financing.section_terms")}>
        <NumberInput source="rateMinBp" format={bpFormat} parse={bpParse} step={0.01} validate={required()} fullWidth />
        <NumberInput source="rateMaxBp" format={bpFormat} parse={bpParse} step={0.01} validate={required()} fullWidth />
        <FenInput source="amountMinFen" validate={[required(), minValue(0.01)]} fullWidth />
        <FenInput source="amountMaxFen" validate={[required(), minValue(0.01)]} fullWidth />
        <NumberInput source="termMonthsMax" step={1} validate={[required(), minValue(1)]} fullWidth />
      </FormSection>
      <FormSection title={translate("financing.section_eligibility")}>
        <SelectArrayInput source="eligibleTiers" choices={CultivationTier.choices(lang)} fullWidth />
        <SelectArrayInput source="eligibleSizes" choices={SizeClass.choices(lang)} fullWidth />
        <SelectArrayInput source="eligibleSections" choices={sections} fullWidth className="span-all" />
      </FormSection>
    </>
  );
}

export function ProductList() {
  const rpc = useRpc();
  const lang = useLang();
  const rowClick = useEditRowClick("financingProducts");
  return (
    <FeatureList
      filters={[
        <SelectInput key="kind" source="kind" choices={ProductKind.choices(lang)} alwaysOn />,
        <SelectInput key="status" source="status" choices={ProductStatus.choices(lang)} alwaysOn />,
      ]}
      exportRun={(input) => rpc.financingProducts.export.query(input)}
      create
      emptyTitle="financing.products_empty"
      emptyHint="financing.products_empty_hint"
    >
      <ResponsiveDataTable<TProduct>
        rowClick={rowClick}
        card={{
          primary: (r) => r.name,
          secondary: (r) => (
            <CardLine>
              <span>{r.nodeName}</span>
              <span>
                {pct(r.rateMinBp)}–{pct(r.rateMaxBp)}
              </span>
            </CardLine>
          ),
          tertiary: (r) => ProductStatus.label(r.status, lang),
        }}
      >
        <DataTable.Col source="name" />
        <DataTable.Col source="nodeId" render={(r: TProduct) => r.nodeName} />
        <DataTable.Col source="kind" render={(r: TProduct) => ProductKind.label(r.kind, lang)} />
        <DataTable.Col source="rate" disableSort render={(r: TProduct) => `${pct(r.rateMinBp)}–${pct(r.rateMaxBp)}`} />
        <DataTable.Col
          source="amount"
          disableSort
          render={(r: TProduct) => `${formatFen(r.amountMinFen, lang)}–${formatFen(r.amountMaxFen, lang)}`}
        />
        <DataTable.Col source="guaranteeForm" disableSort render={(r: TProduct) => GuaranteeForm.label(r.guaranteeForm, lang)} />
        <DataTable.Col source="greenChannel" disableSort render={(r: TProduct) => (r.greenChannel ? "✓" : "")} />
        <DataTable.Col
          source="status"
          render={(r: TProduct) => <StatusChip label={ProductStatus.label(r.status, lang)} tone={TONE[r.status]} />}
        />
      </ResponsiveDataTable>
    </FeatureList>
  );
}

export function ProductCreate() {
  const { identity } = useGetIdentity();
  // an institution's product is its own node's (the server enforces it; the form fills it in)
  return (
    <CreatePage redirect="list" transform={(data: Record<string, unknown>) => ({ ...data, nodeId: data.nodeId ?? identity?.nodeId })}>
      <ProductInputs />
    </CreatePage>
  );
}

export function ProductEdit() {
  return (
    <EditPage redirect="list">
      <ProductInputs />
    </EditPage>
  );
}

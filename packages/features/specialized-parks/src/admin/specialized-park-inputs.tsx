import { DateInput, NumberInput, SelectInput, TextInput, minValue, required, useTranslate } from "react-admin";
import { FormSection } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import { CarrierPlaceInputs } from "@qifu/carrier-kit/admin";
import { SpecializedParkStatus } from "../schemas";

/** The one set of inputs for creating and editing a park (the operator's staff cannot move it). */
export function SpecializedParkInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <>
      <FormSection title={translate("specializedParks.section_basic")}>
        <TextInput source="name" validate={required()} fullWidth className="span-all" />
        <CarrierPlaceInputs resource="specializedParks" />
        <TextInput source="developer" validate={required()} fullWidth helperText={translate("specializedParks.developer_hint")} />
        <TextInput source="leadingIndustry" fullWidth />
        <TextInput source="address" fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("specializedParks.section_area")}>
        <NumberInput source="landAreaSqm" min={1} step={1} validate={[required(), minValue(1)]} fullWidth />
        <NumberInput source="floorAreaSqm" min={1} step={1} validate={[required(), minValue(1)]} fullWidth />
        <SelectInput source="status" choices={SpecializedParkStatus.choices(lang)} defaultValue="PLANNED" validate={required()} fullWidth />
        <DateInput source="openedOn" fullWidth helperText={translate("specializedParks.opened_hint")} />
        <TextInput source="description" multiline minRows={3} fullWidth className="span-all" />
      </FormSection>
    </>
  );
}

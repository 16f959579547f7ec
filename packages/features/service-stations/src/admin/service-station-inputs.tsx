import { DateInput, NumberInput, SelectArrayInput, SelectInput, TextInput, minValue, required, useTranslate } from "react-admin";
import { ServiceCategory, shanghaiDate } from "@qifu/domain";
import { FormSection } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import { CarrierPlaceInputs } from "@qifu/carrier-kit/admin";
import { ServiceStationStatus, StationOperatorKind } from "../schemas";

/** The one set of inputs for creating and editing a station (its host node's staff cannot move it). */
export function ServiceStationInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <>
      <FormSection title={translate("serviceStations.section_basic")}>
        <TextInput source="name" validate={required()} fullWidth className="span-all" />
        <CarrierPlaceInputs resource="serviceStations" nodeHint={translate("serviceStations.host_hint")} />
        <SelectInput source="operatorKind" choices={StationOperatorKind.choices(lang)} validate={required()} fullWidth />
        <TextInput source="operatorName" validate={required()} fullWidth />
        <TextInput source="address" fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("serviceStations.section_service")}>
        <TextInput source="openingHours" validate={required()} fullWidth helperText={translate("serviceStations.hours_hint")} />
        <NumberInput source="staffOnDuty" min={0} step={1} validate={minValue(0)} defaultValue={0} fullWidth />
        <SelectArrayInput
          source="serviceCategories"
          choices={ServiceCategory.choices(lang)}
          validate={required()}
          fullWidth
          className="span-all"
        />
        <TextInput source="officePhone" fullWidth helperText={translate("serviceStations.office_phone_hint")} />
        <TextInput source="onCallName" fullWidth />
        <TextInput source="onCallPhone" validate={required()} fullWidth helperText={translate("serviceStations.on_call_hint")} />
      </FormSection>
      <FormSection title={translate("serviceStations.section_more")}>
        <SelectInput source="status" choices={ServiceStationStatus.choices(lang)} defaultValue="ACTIVE" validate={required()} fullWidth />
        {/* A new station opens today unless told otherwise: with no date it would count towards past
            years' targets too (activeServiceStationsWhere). Editing keeps a stored empty date. */}
        <DateInput source="openedOn" defaultValue={shanghaiDate(new Date())} fullWidth />
        <TextInput source="description" multiline minRows={3} fullWidth className="span-all" />
      </FormSection>
    </>
  );
}

import { DateInput, NumberInput, SelectInput, TextInput, minValue, required, useTranslate } from "react-admin";
import { RecognitionLevel } from "@qifu/domain";
import { FormSection } from "@qifu/ui";
import { useLang, useRole } from "@qifu/ui/admin";
import { CarrierPlaceInputs } from "@qifu/carrier-kit/admin";
import { InnovationBaseKind, InnovationBaseStatus } from "../schemas";

/** Lines typed in a text area become the list the API expects, and back. */
export const linesToList = (v: string | string[] | undefined) =>
  Array.isArray(v)
    ? v
    : (v ?? "")
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean);
const listToLines = (v: string[] | string | undefined) => (Array.isArray(v) ? v.join("\n") : (v ?? ""));

/** The one set of inputs for creating and editing (an operator cannot move the base, nor change what it is). */
export function InnovationBaseInputs() {
  const lang = useLang();
  const translate = useTranslate();
  const operator = useRole() === "NODE_OPERATOR";
  return (
    <>
      <FormSection title={translate("innovationBases.section_basic")}>
        <TextInput source="name" validate={required()} fullWidth className="span-all" />
        <SelectInput source="kind" choices={InnovationBaseKind.choices(lang)} validate={required()} disabled={operator} fullWidth />
        <SelectInput source="recognitionLevel" choices={RecognitionLevel.choices(lang)} defaultValue="NONE" disabled={operator} fullWidth />
        <CarrierPlaceInputs resource="innovationBases" />
        <TextInput source="operatorName" validate={required()} fullWidth />
        <TextInput source="address" fullWidth />
        <SelectInput
          source="status"
          choices={InnovationBaseStatus.choices(lang)}
          defaultValue="ACTIVE"
          validate={required()}
          disabled={operator}
          fullWidth
        />
        <DateInput source="openedOn" fullWidth />
      </FormSection>
      <FormSection title={translate("innovationBases.section_space")}>
        <NumberInput source="floorAreaTotal" min={1} step={1} validate={[required(), minValue(1)]} fullWidth />
        <NumberInput source="floorAreaAvailable" min={0} step={1} validate={[required(), minValue(0)]} fullWidth />
        <TextInput
          source="sharedFacilities"
          multiline
          minRows={3}
          format={listToLines}
          parse={(v: string) => v}
          helperText={translate("innovationBases.facilities_hint")}
          fullWidth
          className="span-all"
        />
      </FormSection>
      <FormSection title={translate("innovationBases.section_team")}>
        <NumberInput source="serviceTeamSize" min={0} step={1} defaultValue={0} fullWidth />
        <NumberInput source="mentorCount" min={0} step={1} defaultValue={0} fullWidth />
        <TextInput source="serviceTeamNote" multiline minRows={2} fullWidth className="span-all" />
        <TextInput source="contactName" fullWidth />
        <TextInput source="contactPhone" fullWidth />
        <TextInput source="description" multiline minRows={3} fullWidth className="span-all" />
      </FormSection>
    </>
  );
}

/** Create/Edit `transform`: facilities typed one per line. */
export function facilitiesToList<T extends Record<string, unknown>>(data: T): T {
  return "sharedFacilities" in data ? { ...data, sharedFacilities: linesToList(data.sharedFacilities as string | string[]) } : data;
}

import { BooleanInput, FormDataConsumer, NumberInput, SelectInput, TextInput, minValue, required, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import { ServiceCategory } from "@qifu/domain";
import { FormSection } from "@qifu/ui";
import { FenInput, NodeInput } from "@qifu/ui/admin";
import { ServiceChannel } from "../schemas";
import { useLang } from "./i18n";

/** The one set of inputs for creating and editing a service product. */
export function ProductInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <>
      <FormSection title={translate("catalogue.section_basic")}>
        <TextInput source="title" validate={required()} fullWidth className="span-all" />
        <NodeInput resource="serviceProducts" />
        <SelectInput source="category" choices={ServiceCategory.choices(lang)} validate={required()} fullWidth />
        <SelectInput source="channel" choices={ServiceChannel.choices(lang)} validate={required()} defaultValue="BOTH" fullWidth />
      </FormSection>
      <FormSection title={translate("catalogue.section_five")}>
        <TextInput source="content" multiline minRows={3} validate={required()} fullWidth className="span-all" />
        <TextInput
          source="processSteps"
          multiline
          minRows={3}
          validate={required()}
          helperText={translate("catalogue.steps_hint")}
          format={(v: string[] | string | undefined) => (Array.isArray(v) ? v.join("\n") : (v ?? ""))}
          parse={(v: string) => v}
          fullWidth
          className="span-all"
        />
        <TextInput source="standard" multiline minRows={2} validate={required()} fullWidth className="span-all" />
        <BooleanInput source="feeFree" defaultValue />
        <FormDataConsumer>
          {({ formData }) =>
            formData.feeFree ? null : (
              <Box sx={{ display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: 2 }}>
                <FenInput source="feeAmountFen" validate={minValue(0.01)} helperText={translate("catalogue.fee_hint")} />
                <TextInput source="feeUnit" />
              </Box>
            )
          }
        </FormDataConsumer>
        <NumberInput source="timeLimitDays" min={1} step={1} validate={[required(), minValue(1)]} fullWidth />
      </FormSection>
      <FormSection title={translate("catalogue.section_contact")}>
        <TextInput source="targetEnterprises" fullWidth className="span-all" />
        <TextInput source="contactName" fullWidth />
        <TextInput source="contactPhone" fullWidth />
      </FormSection>
    </>
  );
}

/** Create/Edit `transform`: process steps typed one per line become the list the API expects. */
export function stepsToList<T extends Record<string, unknown>>(data: T): T {
  return typeof data.processSteps === "string"
    ? {
        ...data,
        processSteps: data.processSteps
          .split("\n")
          .map((s) => s.trim())
          .filter(Boolean),
      }
    : data;
}

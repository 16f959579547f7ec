import {
  ArrayInput,
  AutocompleteArrayInput,
  DateTimeInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useTranslate,
} from "react-admin";
import { FormSection } from "@qifu/ui";
import { NodeInput, useLang } from "@qifu/ui/admin";
import { CultivationTier, INDUSTRY_SECTIONS, ServiceCategory } from "@qifu/domain";
import { ActivityStatus } from "../schemas";

/** The input shows the browser's local time; the server takes an instant (ISO with offset). */
const toInstant = (v: string) => (v ? new Date(v).toISOString() : null);

/** The GB/T 4754 sections (门类), for the audience. */
const sectionChoices = (lang: "zh" | "en") => INDUSTRY_SECTIONS.map((s) => ({ id: s.code, name: `${s.code} ${s.name[lang]}` }));

/** The one set of inputs for creating and editing an activity (or a training's session). */
export function ActivityInputs() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <>
      <FormSection title={translate("activities.section_basic")}>
        <TextInput source="title" validate={required()} fullWidth className="span-all" />
        <ReferenceInput source="seriesId" reference="activitySeries" sort={{ field: "sortOrder", order: "ASC" }} perPage={50}>
          <SelectInput optionText="name" validate={required()} fullWidth label="resources.activities.fields.seriesId" />
        </ReferenceInput>
        <SelectInput source="category" choices={ServiceCategory.choices(lang)} validate={required()} fullWidth />
        <NodeInput resource="activities" />
        <ReferenceInput source="trainingId" reference="trainings" sort={{ field: "title", order: "ASC" }} perPage={50}>
          <SelectInput optionText="title" fullWidth label="resources.activities.fields.trainingId" emptyText="—" />
        </ReferenceInput>
        <SelectInput source="status" choices={ActivityStatus.choices(lang)} defaultValue="DRAFT" validate={required()} fullWidth />
        <ArrayInput source="coOrganisers" className="span-all">
          <SimpleFormIterator inline disableReordering>
            <TextInput source="" label="resources.activities.fields.coOrganisers" helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
      </FormSection>
      <FormSection title={translate("activities.section_time")}>
        <DateTimeInput parse={toInstant} source="startsAt" validate={required()} fullWidth />
        <DateTimeInput parse={toInstant} source="endsAt" validate={required()} fullWidth />
        <TextInput source="place" fullWidth />
        <TextInput source="onlineUrl" fullWidth />
        <DateTimeInput parse={toInstant} source="registrationOpensAt" fullWidth />
        <DateTimeInput parse={toInstant} source="registrationClosesAt" validate={required()} fullWidth />
      </FormSection>
      <FormSection title={translate("activities.section_audience")} hint={translate("activities.audience_hint")}>
        <NumberInput source="capacity" min={1} validate={required()} fullWidth />
        <SelectArrayInput source="audienceTiers" choices={CultivationTier.choices(lang).filter((c) => c.id !== "NONE")} fullWidth />
        <AutocompleteArrayInput source="audienceIndustries" choices={sectionChoices(lang)} fullWidth />
        <ReferenceArrayInput source="audienceTownIds" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
          <SelectArrayInput optionText="name" fullWidth label="resources.activities.fields.audienceTownIds" />
        </ReferenceArrayInput>
      </FormSection>
      <FormSection title={translate("activities.section_content")} columns={1}>
        <TextInput source="agenda" multiline minRows={3} fullWidth />
        <TextInput source="speakers" multiline minRows={2} fullWidth />
        <TextInput source="description" multiline minRows={2} fullWidth />
      </FormSection>
    </>
  );
}

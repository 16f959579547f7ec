import {
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  email,
  maxValue,
  minValue,
  required,
  useTranslate,
} from "react-admin";
import { NodeKind, NodeStatus, RecognitionLevel, ServiceCategory } from "@qifu/domain";
import { NODE_ADMIN_ONLY_FIELDS } from "../../schemas";
import { useLang, useTownOptionText } from "../i18n";
import { FormSection, useIdentityTown, useRole } from "../layout";

/** Kinds only a district admin sets up (the server refuses them from anyone else). */
const DISTRICT_ONLY_KINDS = new Set<string>(["DISTRICT_CENTRE", "TOWN_UNIT"]);

const label = (field: string) => `resources.nodes.fields.${field}`;

/**
 * The one set of inputs for creating and editing a service node. Every `source` is the API's
 * field name, so server validation messages land on the right input. For a node operator the
 * fields they may not change (NODE_ADMIN_ONLY_FIELDS) are read-only; the data provider only
 * sends changed fields, and the server refuses those anyway.
 */
export function NodeInputs({ mode }: { mode: "create" | "edit" }) {
  const lang = useLang();
  const translate = useTranslate();
  const townOptionText = useTownOptionText();
  const role = useRole();
  const { townId: ownTownId } = useIdentityTown();
  const operator = role === "NODE_OPERATOR";
  const readOnly = (field: (typeof NODE_ADMIN_ONLY_FIELDS)[number]) => operator && NODE_ADMIN_ONLY_FIELDS.includes(field);
  const kindChoices = NodeKind.choices(lang).map((c) => ({ ...c, disabled: role !== "DISTRICT_ADMIN" && DISTRICT_ONLY_KINDS.has(c.id) }));
  const townAdminCreating = mode === "create" && role === "TOWN_ADMIN";

  return (
    <>
      <FormSection
        title={translate("network.nodes.section_basic")}
        hint={operator ? translate("network.nodes.admin_only_hint") : undefined}
      >
        <TextInput source="name" validate={required()} fullWidth className="span-all" />
        <SelectInput source="kind" choices={kindChoices} validate={required()} readOnly={readOnly("kind")} fullWidth />
        {operator ? (
          // An operator sees only their own node, so the parent cannot be looked up: show its name.
          <TextInput source="parentName" label={label("parentId")} readOnly fullWidth />
        ) : (
          <ReferenceInput source="parentId" reference="nodes" sort={{ field: "name", order: "ASC" }} perPage={20}>
            <AutocompleteInput
              optionText="name"
              filterToQuery={(q: string) => ({ q })}
              label={label("parentId")}
              helperText={translate("network.nodes.parent_hint")}
              noOptionsText="network.nodes.no_match"
              fullWidth
            />
          </ReferenceInput>
        )}
        {operator ? (
          <TextInput source="townName" label={label("townId")} readOnly fullWidth />
        ) : (
          <ReferenceInput source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
            <SelectInput
              optionText={townOptionText}
              label={label("townId")}
              defaultValue={townAdminCreating ? (ownTownId ?? undefined) : undefined}
              helperText={townAdminCreating ? translate("network.nodes.town_hint_town_admin") : undefined}
              fullWidth
            />
          </ReferenceInput>
        )}
        <SelectInput
          source="recognitionLevel"
          choices={RecognitionLevel.choices(lang)}
          readOnly={readOnly("recognitionLevel")}
          defaultValue="NONE"
          fullWidth
        />
        <SelectInput
          source="status"
          choices={NodeStatus.choices(lang)}
          readOnly={readOnly("status")}
          defaultValue="ACTIVE"
          validate={required()}
          fullWidth
        />
        <DateInput source="linkedAt" readOnly={readOnly("linkedAt")} fullWidth />
        <NumberInput source="staffCount" min={0} step={1} defaultValue={0} validate={minValue(0)} fullWidth />
      </FormSection>

      <FormSection title={translate("network.nodes.section_service")} columns={1}>
        <SelectArrayInput source="serviceCategories" choices={ServiceCategory.choices(lang)} defaultValue={[]} fullWidth />
        <TextInput source="description" multiline minRows={3} fullWidth />
      </FormSection>

      <FormSection title={translate("network.nodes.section_contact")}>
        <TextInput source="address" fullWidth className="span-all" />
        <NumberInput source="longitude" step={0.000001} validate={[minValue(-180), maxValue(180)]} fullWidth />
        <NumberInput source="latitude" step={0.000001} validate={[minValue(-90), maxValue(90)]} fullWidth />
        <TextInput source="officePhone" fullWidth />
        <TextInput source="contactName" fullWidth />
        <TextInput source="contactPhone" fullWidth />
        <TextInput source="contactEmail" type="email" validate={email()} fullWidth />
      </FormSection>
    </>
  );
}

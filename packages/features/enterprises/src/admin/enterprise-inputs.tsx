import {
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  email,
  minValue,
  required,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { industryChoices, industryLabel } from "@qifu/domain";
import { ENTERPRISE_ADMIN_ONLY_FIELDS } from "../schemas";
import { useLang, useRole } from "./i18n";
import { FormSection } from "./parts";

/**
 * The one set of inputs for creating and editing an enterprise (staff, and an enterprise on its
 * own profile). Sources are the API's field names, so server messages land on the right input.
 * An enterprise sees the admin-only fields read-only; the server refuses them anyway.
 */
export function EnterpriseInputs({ mode }: { mode: "create" | "edit" }) {
  const lang = useLang();
  const translate = useTranslate();
  const role = useRole();
  const self = role === "ENTERPRISE";
  const record = useRecordContext<{ industryCode?: string | null }>();
  // choices are the 97 divisions; a record coded to a class ("1922") keeps its own entry
  const own = record?.industryCode?.length === 4 ? [{ id: record.industryCode, name: industryLabel(record.industryCode, lang) }] : [];
  const locked = (f: (typeof ENTERPRISE_ADMIN_ONLY_FIELDS)[number]) => self && ENTERPRISE_ADMIN_ONLY_FIELDS.includes(f);
  return (
    <>
      <FormSection title={translate("enterprises.section_basic")} hint={self ? translate("enterprises.admin_only_hint") : undefined}>
        <TextInput source="name" validate={required()} fullWidth className="span-all" />
        <TextInput
          source="creditCode"
          validate={required()}
          readOnly={locked("creditCode")}
          helperText={mode === "create" ? translate("enterprises.code_hint") : undefined}
          fullWidth
          slotProps={{ htmlInput: { maxLength: 18, style: { fontFamily: "monospace", letterSpacing: 1 } } }}
        />
        {self ? (
          <TextInput source="townName" label="resources.enterprises.fields.townId" readOnly fullWidth />
        ) : (
          <ReferenceInput source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
            <SelectInput
              optionText={(t: { name: string; nameEn?: string }) => (lang === "en" && t.nameEn ? t.nameEn : t.name)}
              label="resources.enterprises.fields.townId"
              fullWidth
            />
          </ReferenceInput>
        )}
        <AutocompleteInput source="industryCode" choices={[...own, ...industryChoices(lang)]} fullWidth className="span-all" />
        <DateInput source="foundedOn" fullWidth />
      </FormSection>
      <FormSection title={translate("enterprises.section_scale")} hint={translate("enterprises.size_hint")}>
        <NumberInput source="employees" min={0} step={1} validate={minValue(0)} fullWidth />
        <NumberInput source="revenueWan" min={0} step={1} validate={minValue(0)} fullWidth />
        <NumberInput source="assetsWan" min={0} step={1} validate={minValue(0)} fullWidth />
        <TagsInput />
        <TextInput source="description" multiline minRows={3} fullWidth className="span-all" />
      </FormSection>
      <FormSection title={translate("enterprises.section_contact")}>
        <TextInput source="address" fullWidth className="span-all" />
        <TextInput source="contactName" fullWidth />
        <TextInput source="contactPhone" fullWidth />
        <TextInput source="contactEmail" type="email" validate={email()} fullWidth />
      </FormSection>
    </>
  );
}

/**
 * Tags typed as one line separated by 、 or commas (easy with a Chinese keyboard); the form
 * keeps the text while typing and `tagsToList` turns it into the list on save.
 */
function TagsInput() {
  const translate = useTranslate();
  return (
    <TextInput
      source="tags"
      fullWidth
      helperText={translate("enterprises.tags_hint")}
      format={(v: string[] | string | undefined) => (Array.isArray(v) ? v.join("、") : (v ?? ""))}
      parse={(v: string) => v}
    />
  );
}

/** Create/Edit `transform`: the tags text back to a list. */
export function tagsToList<T extends { tags?: unknown }>(data: T): T {
  return typeof data.tags === "string"
    ? {
        ...data,
        tags: data.tags
          .split(/[、,，;；\s]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      }
    : data;
}

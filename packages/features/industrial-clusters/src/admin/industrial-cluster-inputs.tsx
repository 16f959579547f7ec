import { ArrayInput, DateInput, NumberInput, SelectInput, SimpleFormIterator, TextInput, required, useTranslate } from "react-admin";
import Typography from "@mui/material/Typography";
import { RecognitionLevel } from "@qifu/domain";
import { FormSection } from "@qifu/ui";
import { useLang, useRole } from "@qifu/ui/admin";
import { CarrierPlaceInputs } from "@qifu/carrier-kit/admin";
import { ChainSegment, IndustrialClusterStatus, KeyChain } from "../schemas";

/** The one set of inputs for creating and editing (an operator cannot move the cluster, nor change its chain). */
export function IndustrialClusterInputs() {
  const lang = useLang();
  const translate = useTranslate();
  const operator = useRole() === "NODE_OPERATOR";
  return (
    <>
      <FormSection title={translate("industrialClusters.section_basic")}>
        <TextInput source="name" validate={required()} fullWidth className="span-all" />
        <SelectInput source="chain" choices={KeyChain.choices(lang)} validate={required()} disabled={operator} fullWidth />
        <TextInput source="leadUnit" validate={required()} fullWidth />
        <CarrierPlaceInputs resource="industrialClusters" />
        <SelectInput source="recognitionLevel" choices={RecognitionLevel.choices(lang)} defaultValue="NONE" disabled={operator} fullWidth />
        <SelectInput
          source="status"
          choices={IndustrialClusterStatus.choices(lang)}
          defaultValue="ACTIVE"
          validate={required()}
          disabled={operator}
          fullWidth
        />
      </FormSection>
      <FormSection title={translate("industrialClusters.section_chain")}>
        <Typography variant="body2" color="text.secondary" className="span-all">
          {translate("industrialClusters.chain_hint")}
        </Typography>
        <ArrayInput source="links" label={false} className="span-all">
          <SimpleFormIterator inline disableReordering>
            <SelectInput
              source="segment"
              choices={ChainSegment.choices(lang)}
              validate={required()}
              defaultValue="MIDSTREAM"
              sx={{ minWidth: 120 }}
            />
            <TextInput source="name" validate={required()} sx={{ minWidth: 220 }} />
          </SimpleFormIterator>
        </ArrayInput>
      </FormSection>
      <FormSection title={translate("industrialClusters.section_more")}>
        <DateInput source="establishedOn" fullWidth />
        <NumberInput source="annualOutputWan" min={0} step={1} fullWidth />
        <TextInput source="contactName" fullWidth />
        <TextInput source="contactPhone" fullWidth />
        <TextInput source="description" multiline minRows={3} fullWidth className="span-all" />
      </FormSection>
    </>
  );
}

/** Create/Edit `transform`: the links as the API takes them (the coverage figures are the server's). */
export function linksForApi<T extends Record<string, unknown>>(data: T): T {
  if (!Array.isArray(data.links)) return data;
  return {
    ...data,
    links: (data.links as { key?: string; segment: string; name: string }[]).map((l) => ({
      key: l.key ?? null,
      segment: l.segment,
      name: l.name,
    })),
  };
}

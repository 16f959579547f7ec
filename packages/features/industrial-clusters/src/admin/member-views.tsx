import { CheckboxGroupInput, DateInput, FormDataConsumer, SelectInput, TextInput, required, useGetOne, useTranslate } from "react-admin";
import Typography from "@mui/material/Typography";
import { FormSection } from "@qifu/ui";
import { formPagesOf, useLang } from "@qifu/ui/admin";
import { CarrierLinkRefs, toCarrierPage } from "@qifu/carrier-kit/admin";
import { ChainSegment, MemberRole, type TIndustrialCluster } from "../schemas";

/** After saving a member, back to its cluster's page. */
const toCluster = toCarrierPage("industrialClusters", "clusterId");

/** The links of the chosen cluster, as ticks ("上游 · 皮革鞣制"). */
function LinkChoices({ clusterId }: { clusterId?: string }) {
  const translate = useTranslate();
  const lang = useLang();
  const { data } = useGetOne<TIndustrialCluster>("industrialClusters", { id: clusterId ?? "" }, { enabled: !!clusterId });
  if (!clusterId)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate("industrialClusters.pick_cluster_first")}
      </Typography>
    );
  const choices = (data?.links ?? []).map((l) => ({ id: l.key, name: `${ChainSegment.label(l.segment, lang)} · ${l.name}` }));
  return <CheckboxGroupInput source="linkKeys" choices={choices} helperText={translate("industrialClusters.links_hint")} row={false} />;
}

function MemberInputs({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  const lang = useLang();
  return (
    <FormSection title={translate("industrialClusters.members")}>
      <CarrierLinkRefs resource="industrialClusterMembers" carrier="industrialClusters" source="clusterId" creating={creating} />
      <SelectInput source="role" choices={MemberRole.choices(lang)} defaultValue="MEMBER" validate={required()} fullWidth />
      <DateInput source="joinedOn" fullWidth />
      <FormDataConsumer>
        {({ formData }) => (
          <div className="span-all">
            <LinkChoices clusterId={formData.clusterId} />
          </div>
        )}
      </FormDataConsumer>
      <TextInput source="note" multiline fullWidth className="span-all" />
    </FormSection>
  );
}

export const { Create: MemberCreate, Edit: MemberEdit } = formPagesOf(MemberInputs, { redirect: toCluster, maxWidth: 900 });

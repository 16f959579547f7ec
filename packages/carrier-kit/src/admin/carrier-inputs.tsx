import { AutocompleteInput, ReferenceInput, SelectInput, required, type RedirectionSideEffect } from "react-admin";
import { useRole, useTownOptionText } from "@qifu/ui/admin";

/**
 * A carrier's place in its form: its town and its operator node, labelled as the resource's
 * fields. An operator node's staff cannot move the carrier (the server refuses it too).
 */
export function CarrierPlaceInputs({ resource, nodeHint }: { resource: string; nodeHint?: string }) {
  const townText = useTownOptionText();
  const operator = useRole() === "NODE_OPERATOR";
  return (
    <>
      <ReferenceInput source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
        <SelectInput
          optionText={townText}
          validate={required()}
          disabled={operator}
          fullWidth
          label={`resources.${resource}.fields.townId`}
        />
      </ReferenceInput>
      <ReferenceInput source="operatorNodeId" reference="nodes" sort={{ field: "name", order: "ASC" }} perPage={20}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          disabled={operator}
          fullWidth
          label={`resources.${resource}.fields.operatorNodeId`}
          helperText={nodeHint}
        />
      </ReferenceInput>
    </>
  );
}

/**
 * The two references of an enterprise's link to a carrier (a base's resident, a cluster's
 * member): the carrier and the registry's enterprise, both chosen once, when the link is made.
 * `resource` is the link's resource (labels), `carrier` the carrier's, `source` its id field.
 */
export function CarrierLinkRefs({
  resource,
  carrier,
  source,
  creating,
}: {
  resource: string;
  carrier: string;
  source: string;
  creating: boolean;
}) {
  return (
    <>
      <ReferenceInput source={source} reference={carrier} perPage={50}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          disabled={!creating}
          fullWidth
          label={`resources.${resource}.fields.${source}`}
        />
      </ReferenceInput>
      <ReferenceInput source="enterpriseId" reference="enterprises" perPage={20}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          disabled={!creating}
          fullWidth
          label={`resources.${resource}.fields.enterpriseId`}
        />
      </ReferenceInput>
    </>
  );
}

/** After saving a record that belongs to a carrier (resident, member, financing): back to that carrier's page. */
export const toCarrierPage =
  (carrier: string, source: string): RedirectionSideEffect =>
  (_resource, _id, data) =>
    data?.[source] ? `${carrier}/${data[source]}/show` : carrier;

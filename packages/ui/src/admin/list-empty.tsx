import Box from "@mui/material/Box";
import { Button, CreateButton, useCanAccess, useListContext, useResourceContext, useTranslate } from "react-admin";
import { EmptyState } from "../components";

/**
 * What a list shows when it has no rows: with filters on, say so and offer to clear them;
 * otherwise explain what the list holds and offer to create the first one (to those who may).
 * `title`, `description`, `filteredTitle` and `createLabel` are translation keys.
 */
export function ListEmpty({
  title,
  description,
  filteredTitle = "ra.navigation.no_filtered_results",
  createLabel,
}: {
  title: string;
  description?: string;
  filteredTitle?: string;
  createLabel?: string;
}) {
  const translate = useTranslate();
  const resource = useResourceContext();
  const { filterValues, setFilters } = useListContext();
  const { canAccess: canCreate } = useCanAccess({ resource: resource ?? "", action: "create" });
  const filtered = Object.keys(filterValues ?? {}).length > 0;
  const action = filtered ? (
    <Button label="ra.navigation.clear_filters" onClick={() => setFilters({}, [])} />
  ) : canCreate ? (
    <CreateButton variant="contained" label={createLabel} />
  ) : undefined;
  return (
    <Box sx={{ width: "100%" }}>
      <EmptyState
        title={translate(filtered ? filteredTitle : title, { name: translate(`resources.${resource}.name`, { smart_count: 2, _: "" }) })}
        description={filtered || !description ? undefined : translate(description)}
        action={action}
      />
    </Box>
  );
}

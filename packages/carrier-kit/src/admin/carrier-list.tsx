import type { ReactElement, ReactNode } from "react";
import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
  useTranslate,
} from "react-admin";
import { ListEmpty, useLang, useTownOptionText } from "@qifu/ui/admin";

/**
 * The console list of a service carrier (station, park, base, cluster, and any the generator
 * adds): a search box first, then the feature's filters; sorted by the last change; its empty
 * state and search placeholder from `<resource>.search`, `<resource>.empty_title` and
 * `<resource>.empty_description`. The feature gives its columns as children.
 */
export function CarrierList({
  resource,
  filters = [],
  rowClick = "show",
  children,
}: {
  resource: string;
  filters?: ReactElement[];
  rowClick?: "show" | "edit" | false;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const search = <SearchInput key="q" source="q" alwaysOn placeholder={translate(`${resource}.search`)} sx={{ minWidth: 220 }} />;
  return (
    <List
      exporter={false}
      filters={[search, ...filters]}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton />
        </TopToolbar>
      }
      sort={{ field: "updatedAt", order: "DESC" }}
      empty={<ListEmpty title={`${resource}.empty_title`} description={`${resource}.empty_description`} />}
    >
      <DataTable rowClick={rowClick} bulkActionButtons={false} sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
        {children}
      </DataTable>
    </List>
  );
}

/**
 * The town filter of a carrier list, labelled as the resource's `townId` field. react-admin
 * reads `source` off the filter element and passes it the filter form's props, which go on to
 * the ReferenceInput as they would if it stood in the list itself.
 */
export function TownFilter({
  resource,
  source = "townId",
  ...rest
}: { resource: string; source?: string; alwaysOn?: boolean } & Record<string, unknown>) {
  const townText = useTownOptionText();
  return (
    <ReferenceInput {...rest} source={source} reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
      <SelectInput optionText={townText} label={`resources.${resource}.fields.${source}`} />
    </ReferenceInput>
  );
}

/** The town column of a carrier list, in the screen language. */
export function TownCol() {
  const lang = useLang();
  return (
    <DataTable.Col
      source="townId"
      render={(r: { townName: string; townNameEn?: string | null }) => (lang === "en" && r.townNameEn) || r.townName}
    />
  );
}

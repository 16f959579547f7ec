import { CreateButton, DataTable, FilterButton, List, ReferenceInput, SearchInput, SelectInput, TopToolbar, useTranslate } from "react-admin";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, ListEmpty, useEditRowClick, useLang, useTownOptionText } from "@qifu/ui/admin";
import { ParkResidents } from "./park-residents";
import { SpecializedParkStatus, type TSpecializedPark, type TSpecializedParkStatus } from "../schemas";
import { SpecializedParkInputs } from "./specialized-park-inputs";

const TONE: Record<TSpecializedParkStatus, StatusTone> = { PLANNED: "default", BUILDING: "warning", OPERATING: "success" };

export function SpecializedParkList() {
  const lang = useLang();
  const translate = useTranslate();
  const rowClick = useEditRowClick("specializedParks");
  const townText = useTownOptionText();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate("specializedParks.search")} sx={{ minWidth: 220 }} />,
    <SelectInput key="status" source="status" choices={SpecializedParkStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <ReferenceInput key="townId" source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
      <SelectInput optionText={townText} label="resources.specializedParks.fields.townId" />
    </ReferenceInput>,
  ];
  return (
    <List
      exporter={false}
      filters={filters}
      actions={<TopToolbar><FilterButton /><CreateButton /></TopToolbar>}
      sort={{ field: "updatedAt", order: "DESC" }}
      empty={<ListEmpty title="specializedParks.empty_title" description="specializedParks.empty_description" />}
    >
      <DataTable rowClick={rowClick} bulkActionButtons={false} sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
        <DataTable.Col source="name" />
        <DataTable.Col source="townId" render={(r: TSpecializedPark) => (lang === "en" && r.townNameEn) || r.townName} />
        <DataTable.Col source="developer" disableSort />
        <DataTable.NumberCol source="floorAreaSqm" />
        <DataTable.NumberCol source="residentCount" disableSort />
        <DataTable.Col source="status" render={(r: TSpecializedPark) => <StatusChip label={SpecializedParkStatus.label(r.status, lang)} tone={TONE[r.status]} />} />
        <DataTable.Col source="openedOn" render={(r: TSpecializedPark) => formatDate(r.openedOn, lang)} />
      </DataTable>
    </List>
  );
}

export function SpecializedParkCreate() {
  return (
    <CreatePage redirect="list">
      <SpecializedParkInputs />
    </CreatePage>
  );
}

export function SpecializedParkEdit() {
  return (
    <EditPage redirect="list">
      <SpecializedParkInputs />
      <ParkResidents />
    </EditPage>
  );
}

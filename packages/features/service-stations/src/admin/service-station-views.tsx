import { CreateButton, DataTable, FilterButton, List, ReferenceInput, SearchInput, SelectInput, TopToolbar, useTranslate } from "react-admin";
import { ServiceCategory } from "@qifu/domain";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, ListEmpty, useEditRowClick, useLang, useTownOptionText } from "@qifu/ui/admin";
import { ServiceStationStatus, StationOperatorKind, type TServiceStation, type TServiceStationStatus } from "../schemas";
import { ServiceStationInputs } from "./service-station-inputs";

const TONE: Record<TServiceStationStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

export function ServiceStationList() {
  const lang = useLang();
  const translate = useTranslate();
  const rowClick = useEditRowClick("serviceStations");
  const townText = useTownOptionText();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate("serviceStations.search")} sx={{ minWidth: 220 }} />,
    <SelectInput key="status" source="status" choices={ServiceStationStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <SelectInput key="operatorKind" source="operatorKind" choices={StationOperatorKind.choices(lang)} sx={{ minWidth: 140 }} />,
    <SelectInput key="serviceCategory" source="serviceCategory" choices={ServiceCategory.choices(lang)} sx={{ minWidth: 140 }} />,
    <ReferenceInput key="townId" source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
      <SelectInput optionText={townText} label="resources.serviceStations.fields.townId" />
    </ReferenceInput>,
  ];
  return (
    <List
      exporter={false}
      filters={filters}
      actions={<TopToolbar><FilterButton /><CreateButton /></TopToolbar>}
      sort={{ field: "updatedAt", order: "DESC" }}
      empty={<ListEmpty title="serviceStations.empty_title" description="serviceStations.empty_description" />}
    >
      <DataTable rowClick={rowClick} bulkActionButtons={false} sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
        <DataTable.Col source="name" />
        <DataTable.Col source="townId" render={(r: TServiceStation) => (lang === "en" && r.townNameEn) || r.townName} />
        <DataTable.Col source="operatorKind" render={(r: TServiceStation) => StationOperatorKind.label(r.operatorKind, lang)} />
        <DataTable.Col source="operatorName" disableSort />
        <DataTable.NumberCol source="staffOnDuty" />
        <DataTable.Col source="onCallPhone" disableSort sx={{ whiteSpace: "nowrap" }} />
        <DataTable.Col source="status" render={(r: TServiceStation) => <StatusChip label={ServiceStationStatus.label(r.status, lang)} tone={TONE[r.status]} />} />
        <DataTable.Col source="openedOn" render={(r: TServiceStation) => formatDate(r.openedOn, lang)} />
      </DataTable>
    </List>
  );
}

export function ServiceStationCreate() {
  return (
    <CreatePage redirect="list">
      <ServiceStationInputs />
    </CreatePage>
  );
}

export function ServiceStationEdit() {
  return (
    <EditPage redirect="list">
      <ServiceStationInputs />
    </EditPage>
  );
}

import { DataTable, SelectInput } from "react-admin";
import { ServiceCategory } from "@qifu/domain";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, useEditRowClick, useLang } from "@qifu/ui/admin";
import { CarrierList, TownCol, TownFilter } from "@qifu/carrier-kit/admin";
import { ServiceStationStatus, StationOperatorKind, type TServiceStation, type TServiceStationStatus } from "../schemas";
import { ServiceStationInputs } from "./service-station-inputs";

const TONE: Record<TServiceStationStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

export function ServiceStationList() {
  const lang = useLang();
  const rowClick = useEditRowClick("serviceStations");
  const filters = [
    <SelectInput key="status" source="status" choices={ServiceStationStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <SelectInput key="operatorKind" source="operatorKind" choices={StationOperatorKind.choices(lang)} sx={{ minWidth: 140 }} />,
    <SelectInput key="serviceCategory" source="serviceCategory" choices={ServiceCategory.choices(lang)} sx={{ minWidth: 140 }} />,
    <TownFilter key="townId" resource="serviceStations" />,
  ];
  return (
    <CarrierList resource="serviceStations" filters={filters} rowClick={rowClick}>
      <DataTable.Col source="name" />
      <TownCol />
      <DataTable.Col source="operatorKind" render={(r: TServiceStation) => StationOperatorKind.label(r.operatorKind, lang)} />
      <DataTable.Col source="operatorName" disableSort />
      <DataTable.NumberCol source="staffOnDuty" />
      <DataTable.Col source="onCallPhone" disableSort sx={{ whiteSpace: "nowrap" }} />
      <DataTable.Col
        source="status"
        render={(r: TServiceStation) => <StatusChip label={ServiceStationStatus.label(r.status, lang)} tone={TONE[r.status]} />}
      />
      <DataTable.Col source="openedOn" render={(r: TServiceStation) => formatDate(r.openedOn, lang)} />
    </CarrierList>
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

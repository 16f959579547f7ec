import { DataTable, SelectInput } from "react-admin";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, useEditRowClick, useLang } from "@qifu/ui/admin";
import { CarrierList, TownCol, TownFilter } from "@qifu/carrier-kit/admin";
import { ParkResidents } from "./park-residents";
import { SpecializedParkStatus, type TSpecializedPark, type TSpecializedParkStatus } from "../schemas";
import { SpecializedParkInputs } from "./specialized-park-inputs";

const TONE: Record<TSpecializedParkStatus, StatusTone> = { PLANNED: "default", BUILDING: "warning", OPERATING: "success" };

export function SpecializedParkList() {
  const lang = useLang();
  const rowClick = useEditRowClick("specializedParks");
  const filters = [
    <SelectInput key="status" source="status" choices={SpecializedParkStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <TownFilter key="townId" resource="specializedParks" />,
  ];
  return (
    <CarrierList resource="specializedParks" filters={filters} rowClick={rowClick}>
      <DataTable.Col source="name" />
      <TownCol />
      <DataTable.Col source="developer" disableSort />
      <DataTable.NumberCol source="floorAreaSqm" />
      <DataTable.NumberCol source="residentCount" disableSort />
      <DataTable.Col
        source="status"
        render={(r: TSpecializedPark) => <StatusChip label={SpecializedParkStatus.label(r.status, lang)} tone={TONE[r.status]} />}
      />
      <DataTable.Col source="openedOn" render={(r: TSpecializedPark) => formatDate(r.openedOn, lang)} />
    </CarrierList>
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

import { DataTable, SelectInput } from "react-admin";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, useEditRowClick, useLang } from "@qifu/ui/admin";
import { CarrierList, TownCol, TownFilter } from "@qifu/carrier-kit/admin";
import { PolicyStatus, type TPolicy, type TPolicyStatus } from "../schemas";
import { PolicyInputs } from "./policy-inputs";

const TONE: Record<TPolicyStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

export function PolicyList() {
  const lang = useLang();
  const rowClick = useEditRowClick("policies");
  const filters = [
    <SelectInput key="status" source="status" choices={PolicyStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <TownFilter key="townId" resource="policies" />,
  ];
  return (
    <CarrierList resource="policies" filters={filters} rowClick={rowClick}>
      <DataTable.Col source="name" />
      <TownCol />
      <DataTable.Col source="operatorNodeId" disableSort render={(r: TPolicy) => r.operatorNodeName ?? "—"} />
      <DataTable.Col
        source="status"
        render={(r: TPolicy) => <StatusChip label={PolicyStatus.label(r.status, lang)} tone={TONE[r.status]} />}
      />
      <DataTable.Col source="openedOn" render={(r: TPolicy) => formatDate(r.openedOn, lang)} />
    </CarrierList>
  );
}

export function PolicyCreate() {
  return (
    <CreatePage redirect="list">
      <PolicyInputs />
    </CreatePage>
  );
}

export function PolicyEdit() {
  return (
    <EditPage redirect="list">
      <PolicyInputs />
    </EditPage>
  );
}

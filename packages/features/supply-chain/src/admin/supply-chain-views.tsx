import { DataTable, SelectInput } from "react-admin";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, useEditRowClick, useLang } from "@qifu/ui/admin";
import { CarrierList, TownCol, TownFilter } from "@qifu/carrier-kit/admin";
import { SupplyChainStatus, type TSupplyChain, type TSupplyChainStatus } from "../schemas";
import { SupplyChainInputs } from "./supply-chain-inputs";

const TONE: Record<TSupplyChainStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

export function SupplyChainList() {
  const lang = useLang();
  const rowClick = useEditRowClick("supplyChain");
  const filters = [
    <SelectInput key="status" source="status" choices={SupplyChainStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <TownFilter key="townId" resource="supplyChain" />,
  ];
  return (
    <CarrierList resource="supplyChain" filters={filters} rowClick={rowClick}>
      <DataTable.Col source="name" />
      <TownCol />
      <DataTable.Col source="operatorNodeId" disableSort render={(r: TSupplyChain) => r.operatorNodeName ?? "—"} />
      <DataTable.Col
        source="status"
        render={(r: TSupplyChain) => <StatusChip label={SupplyChainStatus.label(r.status, lang)} tone={TONE[r.status]} />}
      />
      <DataTable.Col source="openedOn" render={(r: TSupplyChain) => formatDate(r.openedOn, lang)} />
    </CarrierList>
  );
}

export function SupplyChainCreate() {
  return (
    <CreatePage redirect="list">
      <SupplyChainInputs />
    </CreatePage>
  );
}

export function SupplyChainEdit() {
  return (
    <EditPage redirect="list">
      <SupplyChainInputs />
    </EditPage>
  );
}

import { DataTable, SelectInput } from "react-admin";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, useEditRowClick, useLang } from "@qifu/ui/admin";
import { CarrierList, TownCol, TownFilter } from "@qifu/carrier-kit/admin";
import { VoucherStatus, type TVoucher, type TVoucherStatus } from "../schemas";
import { VoucherInputs } from "./voucher-inputs";

const TONE: Record<TVoucherStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

export function VoucherList() {
  const lang = useLang();
  const rowClick = useEditRowClick("vouchers");
  const filters = [
    <SelectInput key="status" source="status" choices={VoucherStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <TownFilter key="townId" resource="vouchers" />,
  ];
  return (
    <CarrierList resource="vouchers" filters={filters} rowClick={rowClick}>
      <DataTable.Col source="name" />
      <TownCol />
      <DataTable.Col source="operatorNodeId" disableSort render={(r: TVoucher) => r.operatorNodeName ?? "—"} />
      <DataTable.Col
        source="status"
        render={(r: TVoucher) => <StatusChip label={VoucherStatus.label(r.status, lang)} tone={TONE[r.status]} />}
      />
      <DataTable.Col source="openedOn" render={(r: TVoucher) => formatDate(r.openedOn, lang)} />
    </CarrierList>
  );
}

export function VoucherCreate() {
  return (
    <CreatePage redirect="list">
      <VoucherInputs />
    </CreatePage>
  );
}

export function VoucherEdit() {
  return (
    <EditPage redirect="list">
      <VoucherInputs />
    </EditPage>
  );
}

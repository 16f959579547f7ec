import { DataTable, SelectInput } from "react-admin";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, useEditRowClick, useLang } from "@qifu/ui/admin";
import { CarrierList, TownCol, TownFilter } from "@qifu/carrier-kit/admin";
import { ExpertStatus, type TExpert, type TExpertStatus } from "../schemas";
import { ExpertInputs } from "./expert-inputs";

const TONE: Record<TExpertStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

export function ExpertList() {
  const lang = useLang();
  const rowClick = useEditRowClick("experts");
  const filters = [
    <SelectInput key="status" source="status" choices={ExpertStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <TownFilter key="townId" resource="experts" />,
  ];
  return (
    <CarrierList resource="experts" filters={filters} rowClick={rowClick}>
      <DataTable.Col source="name" />
      <TownCol />
      <DataTable.Col source="operatorNodeId" disableSort render={(r: TExpert) => r.operatorNodeName ?? "—"} />
      <DataTable.Col
        source="status"
        render={(r: TExpert) => <StatusChip label={ExpertStatus.label(r.status, lang)} tone={TONE[r.status]} />}
      />
      <DataTable.Col source="openedOn" render={(r: TExpert) => formatDate(r.openedOn, lang)} />
    </CarrierList>
  );
}

export function ExpertCreate() {
  return (
    <CreatePage redirect="list">
      <ExpertInputs />
    </CreatePage>
  );
}

export function ExpertEdit() {
  return (
    <EditPage redirect="list">
      <ExpertInputs />
    </EditPage>
  );
}

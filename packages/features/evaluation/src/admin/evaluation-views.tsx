import { DataTable, SelectInput } from "react-admin";
import { formatDate, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, useEditRowClick, useLang } from "@qifu/ui/admin";
import { CarrierList, TownCol, TownFilter } from "@qifu/carrier-kit/admin";
import { EvaluationSchemeStatus, type TEvaluationScheme, type TEvaluationSchemeStatus } from "../schemas";
import { EvaluationSchemeInputs } from "./evaluation-inputs";

const TONE: Record<TEvaluationSchemeStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

export function EvaluationSchemeList() {
  const lang = useLang();
  const rowClick = useEditRowClick("evaluation");
  const filters = [
    <SelectInput key="status" source="status" choices={EvaluationSchemeStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <TownFilter key="townId" resource="evaluation" />,
  ];
  return (
    <CarrierList resource="evaluation" filters={filters} rowClick={rowClick}>
      <DataTable.Col source="name" />
      <TownCol />
      <DataTable.Col source="operatorNodeId" disableSort render={(r: TEvaluationScheme) => r.operatorNodeName ?? "—"} />
      <DataTable.Col
        source="status"
        render={(r: TEvaluationScheme) => <StatusChip label={EvaluationSchemeStatus.label(r.status, lang)} tone={TONE[r.status]} />}
      />
      <DataTable.Col source="openedOn" render={(r: TEvaluationScheme) => formatDate(r.openedOn, lang)} />
    </CarrierList>
  );
}

export function EvaluationSchemeCreate() {
  return (
    <CreatePage redirect="list">
      <EvaluationSchemeInputs />
    </CreatePage>
  );
}

export function EvaluationSchemeEdit() {
  return (
    <EditPage redirect="list">
      <EvaluationSchemeInputs />
    </EditPage>
  );
}

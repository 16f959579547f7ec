import { DataTable, SelectInput } from "react-admin";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import { RecognitionLevel } from "@qifu/domain";
import { formatPercent, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, useLang } from "@qifu/ui/admin";
import { CarrierList, TownCol, TownFilter } from "@qifu/carrier-kit/admin";
import { InnovationBaseKind, InnovationBaseStatus, type TInnovationBase, type TInnovationBaseStatus } from "../schemas";
import { facilitiesToList, InnovationBaseInputs } from "./innovation-base-inputs";

export const BASE_TONE: Record<TInnovationBaseStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

/** Occupancy as a thin bar and a figure. */
export function OccupancyBar({ value }: { value: number }) {
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 120 }}>
      <LinearProgress
        variant="determinate"
        value={value * 100}
        color={value >= 0.9 ? "warning" : "primary"}
        sx={{ flex: 1, height: 6, borderRadius: 3 }}
      />
      <Box component="span" sx={{ fontVariantNumeric: "tabular-nums", minWidth: 36, textAlign: "right" }}>
        {formatPercent(value)}
      </Box>
    </Box>
  );
}

export function InnovationBaseList() {
  const lang = useLang();
  const filters = [
    <SelectInput key="kind" source="kind" choices={InnovationBaseKind.choices(lang)} alwaysOn sx={{ minWidth: 140 }} />,
    <SelectInput key="status" source="status" choices={InnovationBaseStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <TownFilter key="townId" resource="innovationBases" />,
    <SelectInput key="recognitionLevel" source="recognitionLevel" choices={RecognitionLevel.choices(lang)} />,
  ];
  return (
    <CarrierList resource="innovationBases" filters={filters}>
      <DataTable.Col source="name" render={(r: TInnovationBase) => <Box sx={{ fontWeight: 500, maxWidth: 280 }}>{r.name}</Box>} />
      <DataTable.Col source="kind" render={(r: TInnovationBase) => InnovationBaseKind.label(r.kind, lang)} />
      <TownCol />
      <DataTable.Col source="recognitionLevel" render={(r: TInnovationBase) => RecognitionLevel.label(r.recognitionLevel, lang)} />
      <DataTable.Col source="occupancy" disableSort render={(r: TInnovationBase) => <OccupancyBar value={r.occupancy} />} />
      <DataTable.NumberCol source="residentCount" disableSort />
      <DataTable.NumberCol source="graduatedCount" disableSort />
      <DataTable.Col
        source="status"
        render={(r: TInnovationBase) => <StatusChip label={InnovationBaseStatus.label(r.status, lang)} tone={BASE_TONE[r.status]} />}
      />
    </CarrierList>
  );
}

export function InnovationBaseCreate() {
  return (
    <CreatePage transform={facilitiesToList}>
      <InnovationBaseInputs />
    </CreatePage>
  );
}

export function InnovationBaseEdit() {
  return (
    <EditPage transform={facilitiesToList}>
      <InnovationBaseInputs />
    </EditPage>
  );
}

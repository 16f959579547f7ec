import { CreateButton, DataTable, FilterButton, List, ReferenceInput, SearchInput, SelectInput, TopToolbar, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import { RecognitionLevel } from "@qifu/domain";
import { formatPercent, StatusChip, type StatusTone } from "@qifu/ui";
import { CreatePage, EditPage, ListEmpty, useLang, useTownOptionText } from "@qifu/ui/admin";
import { InnovationBaseKind, InnovationBaseStatus, type TInnovationBase, type TInnovationBaseStatus } from "../schemas";
import { facilitiesToList, InnovationBaseInputs } from "./innovation-base-inputs";

export const BASE_TONE: Record<TInnovationBaseStatus, StatusTone> = { ACTIVE: "success", SUSPENDED: "warning", CLOSED: "default" };

/** Occupancy as a thin bar and a figure. */
export function OccupancyBar({ value }: { value: number }) {
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 120 }}>
      <LinearProgress variant="determinate" value={value * 100} color={value >= 0.9 ? "warning" : "primary"} sx={{ flex: 1, height: 6, borderRadius: 3 }} />
      <Box component="span" sx={{ fontVariantNumeric: "tabular-nums", minWidth: 36, textAlign: "right" }}>{formatPercent(value)}</Box>
    </Box>
  );
}

export function InnovationBaseList() {
  const lang = useLang();
  const translate = useTranslate();
  const townText = useTownOptionText();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate("innovationBases.search")} sx={{ minWidth: 220 }} />,
    <SelectInput key="kind" source="kind" choices={InnovationBaseKind.choices(lang)} alwaysOn sx={{ minWidth: 140 }} />,
    <SelectInput key="status" source="status" choices={InnovationBaseStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
    <ReferenceInput key="townId" source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
      <SelectInput optionText={townText} label="resources.innovationBases.fields.townId" />
    </ReferenceInput>,
    <SelectInput key="recognitionLevel" source="recognitionLevel" choices={RecognitionLevel.choices(lang)} />,
  ];
  return (
    <List
      exporter={false}
      filters={filters}
      actions={<TopToolbar><FilterButton /><CreateButton /></TopToolbar>}
      sort={{ field: "updatedAt", order: "DESC" }}
      empty={<ListEmpty title="innovationBases.empty_title" description="innovationBases.empty_description" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false} sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
        <DataTable.Col source="name" render={(r: TInnovationBase) => <Box sx={{ fontWeight: 500, maxWidth: 280 }}>{r.name}</Box>} />
        <DataTable.Col source="kind" render={(r: TInnovationBase) => InnovationBaseKind.label(r.kind, lang)} />
        <DataTable.Col source="townId" render={(r: TInnovationBase) => (lang === "en" && r.townNameEn) || r.townName} />
        <DataTable.Col source="recognitionLevel" render={(r: TInnovationBase) => RecognitionLevel.label(r.recognitionLevel, lang)} />
        <DataTable.Col source="occupancy" disableSort render={(r: TInnovationBase) => <OccupancyBar value={r.occupancy} />} />
        <DataTable.NumberCol source="residentCount" disableSort />
        <DataTable.NumberCol source="graduatedCount" disableSort />
        <DataTable.Col source="status" render={(r: TInnovationBase) => <StatusChip label={InnovationBaseStatus.label(r.status, lang)} tone={BASE_TONE[r.status]} />} />
      </DataTable>
    </List>
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

import { useMemo } from "react";
import { useGetLocale, useTranslate, type CrudFilter } from "@refinedev/core";
import { List, useDataGrid } from "@refinedev/mui";
import { DataGrid, type GridColDef } from "@mui/x-data-grid";
import { enUS, zhCN } from "@mui/x-data-grid/locales";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { ErrorState, formatNumber, formatPercent, StatusChip } from "@qifu/ui";
import type { TTarget } from "../schemas";
import { statusOfRow, useTargetProgress } from "./use-target-progress";

const YEAR_FIELD = "year";

/**
 * Every target with its live progress; read-only here (targets are edited in the admin
 * console). Rows come from targets.list through the data provider, progress from targets.progress.
 */
export function TargetsList() {
  const t = useTranslate();
  const locale = useGetLocale()();
  const lang = locale === "en" ? "en" : "zh";
  const { all: progress } = useTargetProgress();
  const byId = useMemo(() => new Map(progress.map((p) => [p.targetId, p])), [progress]);
  const years = useMemo(() => [...new Set(progress.map((p) => p.year))].sort(), [progress]);

  const { dataGridProps, tableQuery, filters, setFilters } = useDataGrid<TTarget>({
    resource: "targets",
    sorters: { initial: [{ field: "year", order: "asc" }] },
    pagination: { pageSize: 25 },
    syncWithLocation: false,
  });
  const yearFilter =
    (filters.find((f) => "field" in f && f.field === YEAR_FIELD) as (CrudFilter & { value?: number }) | undefined)?.value ?? "";

  const columns = useMemo<GridColDef<TTarget>[]>(() => {
    const num = { type: "number" as const, align: "right" as const, headerAlign: "right" as const };
    return [
      {
        field: "metricKey",
        headerName: t("targets.fields.metric"),
        flex: 1.4,
        minWidth: 170,
        valueGetter: (_v, row) => row.metricLabel[lang],
        cellClassName: "qifu-strong",
      },
      {
        field: "townName",
        headerName: t("targets.fields.scope"),
        flex: 0.6,
        minWidth: 90,
        sortable: false,
        valueGetter: (_v, row) => row.townName ?? t("targets.scopeDistrict"),
      },
      { field: "year", headerName: t("targets.fields.year"), width: 100, ...num, valueFormatter: (v: number) => String(v) },
      {
        field: "value",
        headerName: t("targets.fields.value"),
        width: 110,
        ...num,
        valueFormatter: (v: number, row) => `${formatNumber(v, lang)} ${byId.get(row.id)?.unit[lang] ?? ""}`.trim(),
      },
      {
        field: "actual",
        headerName: t("targets.fields.actual"),
        width: 100,
        ...num,
        sortable: false,
        valueGetter: (_v, row) => byId.get(row.id)?.actual ?? null,
        valueFormatter: (v: number | null) => (v === null ? "—" : formatNumber(v, lang)),
      },
      {
        field: "progress",
        headerName: t("targets.fields.progress"),
        flex: 1,
        minWidth: 160,
        sortable: false,
        renderCell: ({ row }) => {
          const p = byId.get(row.id);
          if (!p) return "—";
          const st = statusOfRow(p);
          if (st.state === "NO_TARGET") return "—";
          // a later year's flow: the projection against the target; a rate: its value (of 100 %)
          const share = st.future && st.projection !== null ? st.projection / p.target : (st.share ?? 0);
          const color = st.tone === "success" ? "success" : st.tone === "warning" ? "warning" : st.tone === "error" ? "error" : "primary";
          return (
            <Box sx={{ display: "flex", alignItems: "center", gap: 1, width: "100%" }}>
              <LinearProgress
                variant="determinate"
                value={Math.min(share, 1) * 100}
                color={color}
                sx={{ flex: 1, height: 8, borderRadius: 4 }}
              />
              <Typography variant="body2" sx={{ minWidth: 44, textAlign: "right", fontWeight: 600, fontVariantNumeric: "tabular-nums" }}>
                {p.kind === "rate" ? `${p.actual}%` : formatPercent(share)}
              </Typography>
            </Box>
          );
        },
      },
      {
        field: "status",
        headerName: t("targets.fields.status"),
        width: 110,
        sortable: false,
        renderCell: ({ row }) => {
          const p = byId.get(row.id);
          if (!p) return "—";
          const st = statusOfRow(p);
          return <StatusChip tone={st.tone === "error" ? "danger" : st.tone} label={st.label[lang]} />;
        },
      },
      {
        field: "source",
        headerName: t("targets.fields.source"),
        flex: 1.6,
        minWidth: 160,
        sortable: false,
        cellClassName: "qifu-wrap",
        valueGetter: (v: string | null) => v ?? "—",
      },
      {
        field: "note",
        headerName: t("targets.fields.note"),
        flex: 2,
        minWidth: 180,
        sortable: false,
        cellClassName: "qifu-wrap",
        valueGetter: (v: string | null) => v ?? "—",
      },
    ];
  }, [t, lang, byId]);

  return (
    <List
      title={
        <Box>
          <Typography variant="h5" component="h1">
            {t("targets.titles.list")}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {t("targets.subtitle")}
          </Typography>
        </Box>
      }
      breadcrumb={false}
      headerButtons={
        <TextField
          select
          size="small"
          label={t("targets.fields.year")}
          value={yearFilter}
          onChange={(e) => {
            const value = e.target.value === "" ? undefined : Number(e.target.value);
            setFilters(value === undefined ? [] : [{ field: YEAR_FIELD, operator: "eq", value }], "replace");
          }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="">{t("targets.allYears")}</MenuItem>
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
      }
    >
      {tableQuery.isError && !tableQuery.data ? (
        <ErrorState message={tableQuery.error?.message ?? ""} onRetry={() => void tableQuery.refetch()} />
      ) : (
        <DataGrid
          {...dataGridProps}
          columns={columns}
          autoHeight
          disableColumnFilter
          disableColumnSelector
          // Notes wrap instead of being cut; rows grow to fit them.
          getRowHeight={() => "auto"}
          pageSizeOptions={[10, 25, 50, 100]}
          localeText={(locale === "en" ? enUS : zhCN).components.MuiDataGrid.defaultProps.localeText}
          sx={{
            border: 0,
            "& .MuiDataGrid-columnHeaderTitle": { fontWeight: 600 },
            "& .MuiDataGrid-cell": { display: "flex", alignItems: "center", py: 1.25, minHeight: 56 },
            "& .qifu-strong": { fontWeight: 600 },
            "& .qifu-wrap": { whiteSpace: "normal", lineHeight: 1.5 },
          }}
        />
      )}
    </List>
  );
}

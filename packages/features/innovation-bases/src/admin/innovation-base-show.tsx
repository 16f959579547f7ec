import { CreateButton, DataTable, ReferenceManyField, useRecordContext, useTranslate } from "react-admin";
import { CarrierShow } from "@qifu/carrier-kit/admin";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Grid from "@mui/material/Grid2";
import Typography from "@mui/material/Typography";
import { CultivationTier, RecognitionLevel } from "@qifu/domain";
import {
  BarChart,
  ChartCard,
  EmptyState,
  ErrorState,
  formatDate,
  formatFen,
  formatNumber,
  formatPercent,
  PieChart,
  StatCard,
  StatusChip,
} from "@qifu/ui";
import { InfoCard, InfoRow, useLang } from "@qifu/ui/admin";
import {
  FinancingKind,
  InnovationBaseKind,
  InnovationBaseStatus,
  ResidencyStatus,
  type TFinancing,
  type TInnovationBase,
  type TResident,
} from "../schemas";
import { BASE_TONE } from "./innovation-base-views";
import { api, useRpcQuery } from "./rpc";

const RESIDENCY_TONE = { IN_RESIDENCE: "info", GRADUATED: "success", LEFT: "default" } as const;

function Figures({ id }: { id: string }) {
  const translate = useTranslate();
  const lang = useLang();
  const q = useRpcQuery(api.innovationBases.figures, { id });
  if (q.isError) return <ErrorState message={q.error.message} onRetry={() => void q.refetch()} />;
  const f = q.data;
  const loading = q.isPending;
  return (
    <>
      <Grid container spacing={2}>
        <Grid size={{ xs: 6, md: 3 }}>
          <StatCard label={translate("innovationBases.occupancy")} value={f ? formatPercent(f.occupancy) : ""} loading={loading} />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <StatCard label={translate("innovationBases.in_residence")} value={f?.inResidence ?? 0} tone="success" loading={loading} />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <StatCard label={translate("innovationBases.graduated")} value={f?.graduated ?? 0} loading={loading} />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <StatCard
            label={translate("innovationBases.grown")}
            value={f?.grownAboveSize ?? 0}
            hint={translate("innovationBases.grown_hint")}
            tone="warning"
            loading={loading}
          />
        </Grid>
      </Grid>
      {f && (
        <Grid container spacing={2} sx={{ mt: 0 }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <ChartCard title={translate("innovationBases.graduations_by_year")}>
              <BarChart
                categories={f.graduationsByYear.map((y) => String(y.year))}
                series={[{ name: translate("innovationBases.graduated"), data: f.graduationsByYear.map((y) => y.count) }]}
                height={220}
              />
            </ChartCard>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <ChartCard title={`${translate("innovationBases.financing_by_kind")} · ${formatFen(f.financingFen, lang)}`}>
              <PieChart
                data={f.financingByKind
                  .filter((k) => k.amountFen > 0)
                  .map((k) => ({ name: FinancingKind.label(k.kind, lang), value: Math.round(k.amountFen / 100) }))}
                height={220}
              />
            </ChartCard>
          </Grid>
        </Grid>
      )}
    </>
  );
}

function Profile() {
  const b = useRecordContext<TInnovationBase>();
  const translate = useTranslate();
  const lang = useLang();
  if (!b) return null;
  const f = (k: string) => translate(`resources.innovationBases.fields.${k}`);
  const m2 = translate("innovationBases.area_unit");
  return (
    <InfoCard title={translate("innovationBases.profile")}>
      <InfoRow label={f("operatorName")}>{b.operatorName}</InfoRow>
      <InfoRow label={f("operatorNodeId")}>{b.operatorNodeName ?? "—"}</InfoRow>
      <InfoRow label={f("townId")}>{(lang === "en" && b.townNameEn) || b.townName}</InfoRow>
      <InfoRow label={f("address")}>{b.address ?? "—"}</InfoRow>
      <InfoRow label={f("floorAreaTotal")}>{`${formatNumber(b.floorAreaTotal, lang)} ${m2}`}</InfoRow>
      <InfoRow label={f("floorAreaAvailable")}>{`${formatNumber(b.floorAreaAvailable, lang)} ${m2}`}</InfoRow>
      <InfoRow label={f("sharedFacilities")}>
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
          {b.sharedFacilities.length ? b.sharedFacilities.map((s) => <Chip key={s} label={s} size="small" variant="outlined" />) : "—"}
        </Box>
      </InfoRow>
      <InfoRow
        label={f("serviceTeamSize")}
      >{`${b.serviceTeamSize} ${translate("innovationBases.people")} · ${f("mentorCount")} ${b.mentorCount}`}</InfoRow>
      {b.serviceTeamNote && <InfoRow label={f("serviceTeamNote")}>{b.serviceTeamNote}</InfoRow>}
      <InfoRow label={f("contactName")}>{[b.contactName, b.contactPhone].filter(Boolean).join(" ") || "—"}</InfoRow>
      <InfoRow label={f("openedOn")}>{formatDate(b.openedOn, lang)}</InfoRow>
      {b.description && <InfoRow label={f("description")}>{b.description}</InfoRow>}
    </InfoCard>
  );
}

function AboveSize({ r }: { r: TResident }) {
  const translate = useTranslate();
  if (r.grownAboveSize) return <StatusChip label={translate("innovationBases.grown_chip")} tone="success" />;
  if (r.aboveSizeNow === null) return <>{translate("innovationBases.above_unknown")}</>;
  return <>{translate(r.aboveSizeNow ? "innovationBases.above_yes" : "innovationBases.above_no")}</>;
}

function Residents() {
  const b = useRecordContext<TInnovationBase>();
  const translate = useTranslate();
  const lang = useLang();
  if (!b) return null;
  return (
    <InfoCard
      title={translate("innovationBases.residents")}
      action={<CreateButton resource="innovationBaseResidents" state={{ record: { baseId: b.id } }} label="innovationBases.add_resident" />}
    >
      <ReferenceManyField
        reference="innovationBaseResidents"
        target="baseId"
        perPage={100}
        sort={{ field: "movedInOn", order: "DESC" }}
        empty={<EmptyState title={translate("innovationBases.no_residents")} compact />}
      >
        <DataTable
          rowClick={(id) => `/innovationBaseResidents/${id}`}
          bulkActionButtons={false}
          sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}
        >
          <DataTable.Col source="enterpriseName" disableSort />
          <DataTable.Col source="enterpriseTier" disableSort render={(r: TResident) => CultivationTier.label(r.enterpriseTier, lang)} />
          <DataTable.Col source="movedInOn" render={(r: TResident) => formatDate(r.movedInOn, lang)} />
          <DataTable.Col
            source="status"
            disableSort
            render={(r: TResident) => (
              <StatusChip
                label={`${ResidencyStatus.label(r.status, lang)}${r.graduatedOn ? ` ${formatDate(r.graduatedOn, lang)}` : r.leftOn ? ` ${formatDate(r.leftOn, lang)}` : ""}`}
                tone={RESIDENCY_TONE[r.status]}
              />
            )}
          />
          <DataTable.Col source="aboveSizeNow" disableSort render={(r: TResident) => <AboveSize r={r} />} />
          <DataTable.Col
            source="financingFen"
            disableSort
            render={(r: TResident) => (r.financingFen ? formatFen(r.financingFen, lang) : "—")}
          />
        </DataTable>
      </ReferenceManyField>
    </InfoCard>
  );
}

function Financings() {
  const b = useRecordContext<TInnovationBase>();
  const translate = useTranslate();
  const lang = useLang();
  if (!b) return null;
  return (
    <InfoCard
      title={translate("innovationBases.financings")}
      action={
        <CreateButton resource="innovationBaseFinancings" state={{ record: { baseId: b.id } }} label="innovationBases.add_financing" />
      }
    >
      <ReferenceManyField
        reference="innovationBaseFinancings"
        target="baseId"
        perPage={100}
        sort={{ field: "receivedOn", order: "DESC" }}
        empty={<EmptyState title={translate("innovationBases.no_financings")} compact />}
      >
        <DataTable
          rowClick={(id) => `/innovationBaseFinancings/${id}`}
          bulkActionButtons={false}
          sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}
        >
          <DataTable.Col source="enterpriseName" disableSort />
          <DataTable.Col source="kind" render={(r: TFinancing) => FinancingKind.label(r.kind, lang)} />
          <DataTable.Col source="amountFen" render={(r: TFinancing) => formatFen(r.amountFen, lang)} />
          <DataTable.Col source="investor" disableSort />
          <DataTable.Col source="receivedOn" render={(r: TFinancing) => formatDate(r.receivedOn, lang)} />
        </DataTable>
      </ReferenceManyField>
    </InfoCard>
  );
}

function Heading() {
  const b = useRecordContext<TInnovationBase>();
  const lang = useLang();
  if (!b) return null;
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap", mb: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mr: 1 }}>
        {b.name}
      </Typography>
      <Chip label={InnovationBaseKind.label(b.kind, lang)} color="primary" size="small" />
      {b.recognitionLevel !== "NONE" && <Chip label={RecognitionLevel.label(b.recognitionLevel, lang)} size="small" variant="outlined" />}
      <StatusChip label={InnovationBaseStatus.label(b.status, lang)} tone={BASE_TONE[b.status]} />
    </Box>
  );
}

function ShowBody() {
  const b = useRecordContext<TInnovationBase>();
  if (!b) return null;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Heading />
      <Figures id={b.id} />
      <Box sx={{ mt: 2 }}>
        <Residents />
      </Box>
      <Grid container spacing={2} sx={{ mt: 0 }}>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Profile />
        </Grid>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Financings />
        </Grid>
      </Grid>
    </Box>
  );
}

export function InnovationBaseShow() {
  return (
    <CarrierShow>
      <ShowBody />
    </CarrierShow>
  );
}

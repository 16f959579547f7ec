import { useState } from "react";
import {
  DataTable,
  List,
  SearchInput,
  SelectInput,
  ReferenceInput,
  Show,
  TopToolbar,
  CreateButton,
  EditButton,
  useNotify,
  useRecordContext,
  useTranslate,
} from "react-admin";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import Grid from "@mui/material/Grid2";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { formatDateTime, StatusChip, type StatusTone } from "@qifu/ui";
import { CardLine, formPagesOf, InfoCard, InfoRow, ListEmpty, ResponsiveDataTable, useLang } from "@qifu/ui/admin";
import { CultivationTier, ServiceCategory } from "@qifu/domain";
import { ActivityStatus, RegistrationStatus, type TActivity, type TActivityStatus, type TRegistration } from "../schemas";
import { ActivityInputs } from "./activity-inputs";
import { api, useRpcMutation, useRpcQuery } from "./rpc";

const TONE: Record<TActivityStatus, StatusTone> = { DRAFT: "default", PUBLISHED: "success", CANCELLED: "warning" };

function StatusCell({ r }: { r: TActivity }) {
  const lang = useLang();
  return <StatusChip label={ActivityStatus.label(r.status, lang)} tone={TONE[r.status]} />;
}

const seats = (r: TActivity) => `${r.seatsTaken}/${r.capacity}${r.waiting ? ` +${r.waiting}` : ""}`;

export function ActivityList() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <List
      exporter={false}
      filters={[
        <SearchInput key="q" source="q" alwaysOn placeholder={translate("activities.search")} sx={{ minWidth: 220 }} />,
        <ReferenceInput key="seriesId" source="seriesId" reference="activitySeries" alwaysOn sort={{ field: "sortOrder", order: "ASC" }}>
          <SelectInput optionText="name" sx={{ minWidth: 140 }} label="resources.activities.fields.seriesId" />
        </ReferenceInput>,
        <SelectInput key="status" source="status" choices={ActivityStatus.choices(lang)} alwaysOn sx={{ minWidth: 120 }} />,
      ]}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      sort={{ field: "startsAt", order: "DESC" }}
      empty={<ListEmpty title="activities.empty_title" description="activities.empty_description" />}
    >
      <ResponsiveDataTable<TActivity>
        rowClick="show"
        card={{
          primary: (r) => r.title,
          secondary: (r) => (
            <CardLine>
              <span>{formatDateTime(r.startsAt, lang)}</span>
              <span>{r.nodeName}</span>
            </CardLine>
          ),
          tertiary: (r) => `${lang === "zh" ? r.seriesName : r.seriesNameEn} · ${seats(r)}`,
        }}
      >
        <DataTable.Col source="title" />
        <DataTable.Col source="seriesId" disableSort render={(r: TActivity) => (lang === "zh" ? r.seriesName : r.seriesNameEn)} />
        <DataTable.Col source="startsAt" render={(r: TActivity) => formatDateTime(r.startsAt, lang)} />
        <DataTable.Col source="nodeId" disableSort render={(r: TActivity) => r.nodeName} />
        <DataTable.Col source="capacity" render={seats} />
        <DataTable.Col source="attended" disableSort render={(r: TActivity) => `${r.attended}${r.noShows ? ` / ${r.noShows}` : ""}`} />
        <DataTable.Col source="avgRating" disableSort render={(r: TActivity) => r.avgRating?.toFixed(1) ?? "—"} />
        <DataTable.Col source="status" render={(r: TActivity) => <StatusCell r={r} />} />
      </ResponsiveDataTable>
    </List>
  );
}

function CheckInQr({ activityId }: { activityId: string }) {
  const translate = useTranslate();
  const code = useRpcQuery(api.activities.checkInCode, { activityId, origin: window.location.origin });
  return (
    <InfoCard title={translate("activities.qr")}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate("activities.qr_hint")}
      </Typography>
      {code.data && (
        <>
          <Box
            data-testid="check-in-qr"
            sx={{ width: 220, height: 220, mx: "auto", "& svg": { width: "100%", height: "100%" } }}
            dangerouslySetInnerHTML={{ __html: code.data.svg }}
          />
          <Box sx={{ textAlign: "center", mt: 1 }}>
            <Button size="small" href={code.data.url} target="_blank" rel="noreferrer" data-testid="check-in-url">
              {translate("activities.qr_open")}
            </Button>
          </Box>
        </>
      )}
    </InfoCard>
  );
}

function Registrations({ activity }: { activity: TActivity }) {
  const translate = useTranslate();
  const lang = useLang();
  const notify = useNotify();
  const regs = useRpcQuery(api.activities.registrations, { activityId: activity.id });
  const mark = useRpcMutation(api.activities.markAttendance);
  const [busy, setBusy] = useState<string | null>(null);
  const started = new Date(activity.startsAt).getTime() - 24 * 3600_000 <= Date.now();
  const tick = (r: TRegistration, attended: boolean) => {
    setBusy(r.enterpriseId);
    mark.mutate(
      { activityId: activity.id, enterpriseId: r.enterpriseId, attended },
      { onError: (e) => notify(e.message, { type: "error" }), onSettled: () => setBusy(null) },
    );
  };
  const rows = (regs.data ?? []).filter((r) => r.status !== "CANCELLED");
  return (
    <InfoCard title={translate("activities.registrations")}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate("activities.registrations_hint")}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2">{translate("activities.no_registrations")}</Typography>
      ) : (
        <Box sx={{ overflowX: "auto" }}>
          <Table size="small" data-testid="registrations">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">{translate("resources.activities.fields.attended")}</TableCell>
                <TableCell>{translate("activities.enterprise")}</TableCell>
                <TableCell>{translate("resources.activities.fields.status")}</TableCell>
                <TableCell>{translate("activities.rating")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={!!r.attendedAt}
                      disabled={r.status !== "REGISTERED" || !started || busy === r.enterpriseId}
                      onChange={(e) => tick(r, e.target.checked)}
                      inputProps={{ "aria-label": r.enterpriseName }}
                    />
                  </TableCell>
                  <TableCell>{r.enterpriseName}</TableCell>
                  <TableCell>
                    {r.status === "WAITING"
                      ? translate("activities.position", { n: r.waitingPosition })
                      : RegistrationStatus.label(r.status, lang)}
                    {r.attendedAt && (
                      <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                        {translate(r.checkInBy === "SELF" ? "activities.checked_self" : "activities.checked_staff")}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{r.rating ? `${"★".repeat(r.rating)}${r.comment ? ` ${r.comment}` : ""}` : "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </InfoCard>
  );
}

function ActivityDetail() {
  const r = useRecordContext<TActivity>();
  const translate = useTranslate();
  const lang = useLang();
  if (!r) return null;
  const f = (k: string) => translate(`resources.activities.fields.${k}`);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: "grid", gap: 2 }}>
      <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
        <Typography variant="h6" sx={{ flex: 1 }}>
          {r.title}
        </Typography>
        <StatusCell r={r} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {translate("activities.figures", {
          seats: r.seatsTaken,
          capacity: r.capacity,
          waiting: r.waiting,
          attended: r.attended,
          noShows: r.noShows,
        })}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }} sx={{ display: "grid", gap: 2, alignContent: "start" }}>
          <InfoCard title={translate("activities.section_basic")}>
            <InfoRow label={f("seriesId")}>{lang === "zh" ? r.seriesName : r.seriesNameEn}</InfoRow>
            {r.trainingTitle && <InfoRow label={f("trainingId")}>{r.trainingTitle}</InfoRow>}
            <InfoRow label={f("nodeId")}>{r.nodeName}</InfoRow>
            {r.coOrganisers.length > 0 && <InfoRow label={f("coOrganisers")}>{r.coOrganisers.join("、")}</InfoRow>}
            <InfoRow label={f("startsAt")}>
              {formatDateTime(r.startsAt, lang)} – {formatDateTime(r.endsAt, lang)}
            </InfoRow>
            <InfoRow label={f("place")}>{[r.place, r.onlineUrl].filter(Boolean).join(" · ")}</InfoRow>
            <InfoRow label={f("registrationClosesAt")}>{formatDateTime(r.registrationClosesAt, lang)}</InfoRow>
            <InfoRow label={f("category")}>{ServiceCategory.label(r.category, lang)}</InfoRow>
            {r.audienceTiers.length > 0 && (
              <InfoRow label={f("audienceTiers")}>{r.audienceTiers.map((t) => CultivationTier.label(t, lang)).join("、")}</InfoRow>
            )}
            {r.speakers && (
              <InfoRow label={f("speakers")}>
                <Box component="span" sx={{ whiteSpace: "pre-line" }}>
                  {r.speakers}
                </Box>
              </InfoRow>
            )}
            {r.agenda && (
              <InfoRow label={f("agenda")}>
                <Box component="span" sx={{ whiteSpace: "pre-line" }}>
                  {r.agenda}
                </Box>
              </InfoRow>
            )}
          </InfoCard>
          <Registrations activity={r} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>{r.status === "PUBLISHED" && <CheckInQr activityId={r.id} />}</Grid>
      </Grid>
    </Box>
  );
}

export function ActivityShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <ActivityDetail />
    </Show>
  );
}

export const { Create: ActivityCreate, Edit: ActivityEdit } = formPagesOf(ActivityInputs, { redirect: "show" });

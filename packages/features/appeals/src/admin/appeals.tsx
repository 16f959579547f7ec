import { useState } from "react";
import {
  BooleanInput,
  Create,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  SelectInput,
  SimpleForm,
  TextInput,
  Title,
  TopToolbar,
  required,
  useCanAccess,
  useGetList,
  useListContext,
  useNotify,
  usePermissions,
  useRefresh,
  useShowController,
  useTranslate,
} from "react-admin";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
// components that talk through a React context (RadioGroup → Radio, FormControl → FormLabel)
// come from the shell's one copy of @mui/material: as separate per-component shares each
// bundles its own context and the radios never reach the group (tooling/vite/shared.ts)
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { TRole } from "@qifu/domain";
import {
  EmptyState,
  ExportButton,
  FileList,
  FileUpload,
  LoadingState,
  StatusChip,
  formatDateTime,
  messageOf,
  type TUploadedFile,
} from "@qifu/ui";
import {
  AppealStatus,
  isOpenAppeal,
  SupervisionLevel,
  Urgency,
  type TAppeal,
  type TAppealDetail,
  type TAssignment,
  type TCategory,
} from "../schemas";
import { AppealStatusChip, AppealTimeline, SupervisionChip } from "../shared/appeal-view";
import { CardLine, FileUploadInput, mutateAt, ResponsiveDataTable, type TInputOf } from "@qifu/ui/admin";
import { useLang, useUnits } from "./common";
import { api, useRpc } from "./rpc";

function DueCell({ a }: { a: TAppeal }) {
  const lang = useLang();
  const translate = useTranslate();
  const open = isOpenAppeal(a.status);
  const overdue = open && new Date(a.resolveDueAt) < new Date();
  return (
    <Typography variant="body2" sx={{ color: overdue ? "error.main" : undefined, whiteSpace: "nowrap" }}>
      {formatDateTime(a.resolveDueAt, lang)}
      {a.paused && open ? ` · ${translate("appeals.paused").split("，")[0]}` : overdue ? ` · ${translate("appeals.overdue")}` : ""}
    </Typography>
  );
}

function useFilters() {
  const lang = useLang();
  return [
    <TextInput key="q" source="q" alwaysOn />,
    <BooleanInput key="todo" source="todo" alwaysOn />,
    <SelectInput key="status" source="status" alwaysOn choices={AppealStatus.choices(lang)} />,
    <BooleanInput key="dueSoon" source="dueSoon" />,
    <BooleanInput key="supervised" source="supervised" />,
    <SelectInput key="sup" source="supervisionLevel" choices={SupervisionLevel.choices(lang)} />,
    <BooleanInput key="overdue" source="overdue" />,
  ];
}

/** Filter, record, and Excel of what is on screen (same filter, search and sort, through the list itself). */
function AppealActions() {
  const rpc = useRpc();
  const lang = useLang();
  const notify = useNotify();
  const { filterValues, sort } = useListContext();
  const { canAccess: canCreate } = useCanAccess({ resource: "appeals", action: "create" });
  const { q, ...filter } = (filterValues ?? {}) as Record<string, unknown>;
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
      <ExportButton
        onExport={() =>
          rpc.appeals.export.query({
            filter,
            q: typeof q === "string" && q.trim() ? q.trim() : undefined,
            sort: sort?.field && sort.field !== "id" ? sort : undefined,
            lang,
          })
        }
        onError={(e) => notify(messageOf(e, lang), { type: "error" })}
      />
    </TopToolbar>
  );
}

/** The unit's queue (and the district's overview): scoped by the server; opens on 待办. On a phone, one card per appeal. */
export function AppealList() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <List
      exporter={false}
      filters={useFilters()}
      filterDefaultValues={{ todo: true }}
      actions={<AppealActions />}
      sort={{ field: "submittedAt", order: "DESC" }}
      perPage={25}
      empty={
        <Card sx={{ m: 2 }}>
          <EmptyState title={translate("appeals.empty")} description={translate("appeals.empty_hint")} />
        </Card>
      }
    >
      <ResponsiveDataTable<TAppeal>
        card={{
          primary: (a) => a.title,
          secondary: (a) => (
            <>
              <span>
                {a.enterpriseName} · {a.unit.name}
              </span>
              <CardLine>
                <AppealStatusChip status={a.status} lang={lang} />
                <SupervisionChip level={a.supervisionLevel} lang={lang} />
                <DueCell a={a} />
              </CardLine>
            </>
          ),
          tertiary: (a) => a.number,
        }}
      >
        <DataTable.Col source="number" sx={{ whiteSpace: "nowrap" }} />
        <DataTable.Col
          source="title"
          disableSort
          render={(a: TAppeal) => (
            <Box sx={{ minWidth: 200 }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {a.title}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {a.enterpriseName} · {lang === "zh" ? a.categoryName : a.categoryNameEn}
                {a.urgency === "URGENT" ? ` · ${Urgency.label("URGENT", lang)}` : ""}
              </Typography>
            </Box>
          )}
        />
        <DataTable.Col source="unit" disableSort render={(a: TAppeal) => a.unit.name} />
        <DataTable.Col
          source="status"
          sx={{ whiteSpace: "nowrap" }}
          render={(a: TAppeal) => <AppealStatusChip status={a.status} lang={lang} />}
        />
        <DataTable.Col
          source="supervisionLevel"
          sx={{ whiteSpace: "nowrap", minWidth: 72 }}
          render={(a: TAppeal) => <SupervisionChip level={a.supervisionLevel} lang={lang} />}
        />
        <DataTable.Col source="resolveDueAt" render={(a: TAppeal) => <DueCell a={a} />} />
        <DataTable.Col source="submittedAt" render={(a: TAppeal) => formatDateTime(a.submittedAt, lang)} sx={{ whiteSpace: "nowrap" }} />
      </ResponsiveDataTable>
    </List>
  );
}

// ---------------------------------------------------------------- one appeal with its actions

type TField = {
  key: string;
  kind: "text" | "bool" | "unit" | "level" | "rating" | "files";
  label: string;
  required?: boolean;
  minRows?: number;
};
/** The workflow steps this screen offers, by procedure name (a renamed procedure fails the typecheck). */
type TStep =
  | "accept"
  | "start"
  | "answer"
  | "requestInfo"
  | "sendBack"
  | "close"
  | "returnVisit"
  | "callbackDone"
  | "addCoUnit"
  | "addNote"
  | "flagHardBone"
  | "supervise"
  | "reassign";
type TAction = {
  proc: TStep;
  label: string;
  fields: TField[];
  color?: "primary" | "warning" | "error" | "inherit";
  variant?: "contained" | "outlined";
};

/** The steps the caller may take now; the server checks the same and refuses the rest. */
function actionsFor(a: TAppealDetail, role: TRole | undefined, t: (k: string) => string): TAction[] {
  const unit = role === "DISTRICT_ADMIN" || role === "TOWN_ADMIN" || role === "DEPARTMENT_HANDLER";
  const out: TAction[] = [];
  const note: TField = { key: "note", kind: "text", label: t("appeals.note") };
  const open = isOpenAppeal(a.status);
  if (unit && a.status === "SUBMITTED") out.push({ proc: "accept", label: t("appeals.accept"), fields: [note], variant: "contained" });
  if (unit && a.status === "ACCEPTED") out.push({ proc: "start", label: t("appeals.start"), fields: [note], variant: "contained" });
  if (unit && (a.status === "ACCEPTED" || a.status === "IN_PROGRESS"))
    out.push({
      proc: "answer",
      label: t("appeals.do_answer"),
      variant: "contained",
      fields: [
        { key: "answer", kind: "text", label: t("appeals.answer"), required: true, minRows: 5 },
        { key: "resolved", kind: "bool", label: t("appeals.resolved"), required: true },
        { key: "fileIds", kind: "files", label: t("appeals.files") },
      ],
    });
  if (unit && (a.status === "ACCEPTED" || a.status === "IN_PROGRESS") && !a.paused)
    out.push({ proc: "requestInfo", label: t("appeals.request_info"), fields: [{ ...note, required: true }] });
  if (unit && open)
    out.push({
      proc: "sendBack",
      label: t("appeals.send_back"),
      color: "warning",
      fields: [
        { key: "reason", kind: "text", label: t("appeals.reason"), required: true, minRows: 3 },
        { key: "suggest", kind: "unit", label: t("appeals.send_to") },
      ],
    });
  if (unit && a.status === "CONFIRMED") out.push({ proc: "close", label: t("appeals.close"), fields: [note], variant: "contained" });
  if ((unit || role === "COMMISSIONER") && a.status === "ANSWERED")
    out.push({
      proc: "returnVisit",
      label: t("appeals.return_visit"),
      fields: [
        { key: "satisfaction", kind: "rating", label: t("appeals.satisfaction"), required: true },
        { key: "resolved", kind: "bool", label: t("appeals.resolved"), required: true },
        note,
      ],
    });
  if ((unit || role === "COMMISSIONER") && a.status === "WITHDRAWN" && a.callbackPending)
    out.push({ proc: "callbackDone", label: t("appeals.callback"), fields: [{ ...note, required: true }] });
  if (unit && open)
    out.push({
      proc: "addCoUnit",
      label: t("appeals.add_co_unit"),
      fields: [{ key: "unit", kind: "unit", label: t("appeals.co_unit"), required: true }, note],
    });
  if (unit && !["CLOSED", "WITHDRAWN"].includes(a.status))
    out.push({ proc: "addNote", label: t("appeals.add_note"), fields: [{ ...note, required: true }] });
  if (role === "DISTRICT_ADMIN" && !a.hardBone && !["CLOSED", "WITHDRAWN"].includes(a.status))
    out.push({ proc: "flagHardBone", label: t("appeals.flag_hard_bone"), color: "warning", fields: [{ ...note, required: true }] });
  if (role === "DISTRICT_ADMIN" && open) {
    out.push({
      proc: "supervise",
      label: t("appeals.supervise"),
      color: "error",
      fields: [
        { key: "level", kind: "level", label: t("appeals.level"), required: true },
        { ...note, required: true },
      ],
    });
    out.push({
      proc: "reassign",
      label: t("appeals.reassign"),
      fields: [{ key: "unit", kind: "unit", label: t("appeals.target_unit"), required: true }, note],
    });
  }
  return out;
}

function ActionDialog({ appeal, action, onClose }: { appeal: TAppealDetail; action: TAction; onClose: () => void }) {
  const rpc = useRpc();
  const refresh = useRefresh();
  const notify = useNotify();
  const translate = useTranslate();
  const lang = useLang();
  const units = useUnits();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, unknown>>({});
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: string, v: unknown) => setValues((s) => ({ ...s, [k]: v }));
  const missing = action.fields.some((f) => f.required && (values[f.key] === undefined || values[f.key] === ""));

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const input: Record<string, unknown> = { id: appeal.id };
      for (const f of action.fields) {
        const v = values[f.key];
        if (v === undefined || v === "") continue;
        input[f.key] =
          f.kind === "files"
            ? (v as TUploadedFile[]).map((x) => x.id)
            : f.kind === "unit"
              ? units.data
                  ?.filter((u) => u.id)
                  .map((u) => ({ kind: u.kind, id: u.id }))
                  .find((u) => `${u.kind}:${u.id}` === v)
              : f.kind === "rating"
                ? Number(v)
                : v;
      }
      if (action.fields.some((f) => f.key === "resolved") && input.resolved === undefined) input.resolved = false;
      // the input is assembled from the step's fields; the procedure's zod input checks it on the server
      await mutateAt(rpc, api.appeals[action.proc], input as TInputOf<(typeof api.appeals)[TStep]>);
      notify(translate("appeals.done"), { type: "success" });
      await queryClient.invalidateQueries();
      refresh();
      onClose();
    } catch (err) {
      setError(messageOf(err, lang));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" fullScreen={phone}>
      <DialogTitle>
        {action.label} · {appeal.number}
      </DialogTitle>
      <DialogContent sx={{ display: "flex", flexDirection: "column", gap: 2, pt: "8px !important" }}>
        {error && <Alert severity="error">{error}</Alert>}
        {action.fields.map((f) =>
          f.kind === "files" ? (
            <FileUpload
              key={f.key}
              label={f.label}
              max={5}
              value={(values[f.key] as TUploadedFile[]) ?? []}
              onChange={(v) => set(f.key, v)}
            />
          ) : f.kind === "bool" ? (
            // a choice the handler makes: nothing preselected (issue 10 point 16)
            <FormControl key={f.key} required={f.required}>
              <FormLabel id={`${f.key}-label`}>{translate("appeals.resolved_q")}</FormLabel>
              <RadioGroup
                row
                aria-labelledby={`${f.key}-label`}
                value={values[f.key] === undefined ? "" : String(values[f.key])}
                onChange={(e) => set(f.key, e.target.value === "true")}
              >
                <FormControlLabel value="true" control={<Radio />} label={translate("appeals.resolved_yes")} />
                <FormControlLabel value="false" control={<Radio />} label={translate("appeals.resolved_no")} />
              </RadioGroup>
            </FormControl>
          ) : f.kind === "unit" ? (
            <TextField
              key={f.key}
              select
              label={f.label}
              value={(values[f.key] as string) ?? ""}
              onChange={(e) => set(f.key, e.target.value)}
              required={f.required}
            >
              {!f.required && <MenuItem value="">—</MenuItem>}
              {(units.data ?? []).map((u) => (
                <MenuItem key={`${u.kind}:${u.id}`} value={`${u.kind}:${u.id}`}>
                  {u.name}
                </MenuItem>
              ))}
            </TextField>
          ) : f.kind === "level" ? (
            <TextField
              key={f.key}
              select
              label={f.label}
              value={(values[f.key] as string) ?? ""}
              onChange={(e) => set(f.key, e.target.value)}
              required
            >
              {SupervisionLevel.values
                .filter((l) => l !== "NONE")
                .map((l) => (
                  <MenuItem key={l} value={l}>
                    {SupervisionLevel.label(l, lang)}
                  </MenuItem>
                ))}
            </TextField>
          ) : f.kind === "rating" ? (
            <TextField
              key={f.key}
              select
              label={f.label}
              value={(values[f.key] as string) ?? ""}
              onChange={(e) => set(f.key, e.target.value)}
              required
            >
              {[5, 4, 3, 2, 1].map((n) => (
                <MenuItem key={n} value={String(n)}>
                  {"★".repeat(n)}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <TextField
              key={f.key}
              label={f.label}
              value={(values[f.key] as string) ?? ""}
              onChange={(e) => set(f.key, e.target.value)}
              required={f.required}
              multiline
              minRows={f.minRows ?? 2}
            />
          ),
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("appeals.cancel")}</Button>
        <Button variant="contained" onClick={submit} disabled={busy || missing}>
          {translate("appeals.submit")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2" component="div" sx={{ wordBreak: "break-word" }}>
        {children}
      </Typography>
    </Box>
  );
}

export function AppealShow() {
  const { record, isPending, error } = useShowController<TAppealDetail>();
  const translate = useTranslate();
  const lang = useLang();
  const { permissions: role } = usePermissions<TRole>();
  const [action, setAction] = useState<TAction | null>(null);
  if (isPending) return <LoadingState />;
  if (error || !record)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        {messageOf(error, lang)}
      </Alert>
    );
  // a list row has no timeline, files or co-units: never assume them (issue 10 point 1)
  const a: TAppealDetail = { ...record, events: record.events ?? [], coUnits: record.coUnits ?? [], files: record.files ?? [] };
  const f = (k: string) => translate(`resources.appeals.fields.${k}`);
  const actions = actionsFor(a, role, translate);
  return (
    <Box
      sx={{
        display: "grid",
        gap: 2,
        mt: 2,
        gridTemplateColumns: { xs: "minmax(0, 1fr)", lg: "minmax(0, 7fr) minmax(0, 5fr)" },
        alignItems: "start",
      }}
    >
      <Title title={`${translate("appeals.menu.appeals")} ${a.number}`} />
      <Box sx={{ display: "flex", flexDirection: "column", gap: 2, minWidth: 0 }}>
        <Card sx={{ p: { xs: 2, sm: 2.5 } }}>
          <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap", mb: 1 }}>
            <Typography variant="overline" color="text.secondary">
              {a.number}
            </Typography>
            <AppealStatusChip status={a.status} lang={lang} />
            <SupervisionChip level={a.supervisionLevel} lang={lang} />
            {a.hardBone && <StatusChip label={translate("appeals.hard_bone")} tone="danger" />}
          </Box>
          <Typography variant="h6" component="h1" sx={{ mb: 2 }}>
            {a.title}
          </Typography>
          <Box sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr 1fr", md: "repeat(3, minmax(0, 1fr))" } }}>
            <Fact label={f("enterpriseName")}>{a.enterpriseName}</Fact>
            <Fact label={translate("appeals.contact")}>
              {a.contactName ?? "—"}
              {a.contactPhone && (
                <>
                  {" "}
                  · <a href={`tel:${a.contactPhone}`}>{a.contactPhone}</a>
                </>
              )}
            </Fact>
            <Fact label={f("categoryName")}>{lang === "zh" ? a.categoryName : a.categoryNameEn}</Fact>
            <Fact label={f("urgency")}>{Urgency.label(a.urgency, lang)}</Fact>
            <Fact label={f("unit")}>{a.unit.name}</Fact>
            <Fact label={translate("appeals.co_units")}>{a.coUnits.length ? a.coUnits.map((u) => u.name).join("、") : "—"}</Fact>
            <Fact label={f("submittedAt")}>{formatDateTime(a.submittedAt, lang)}</Fact>
            <Fact label={f("mayPublish")}>{a.mayPublish ? "✓" : "—"}</Fact>
            <Fact label={f("ackDueAt")}>
              {formatDateTime(a.ackDueAt, lang)}
              {a.ackBreached ? ` · ${translate("appeals.overdue")}` : ""}
            </Fact>
            <Fact label={f("resolveDueAt")}>
              {formatDateTime(a.resolveDueAt, lang)}
              {a.resolveBreached ? ` · ${translate("appeals.overdue")}` : ""}
            </Fact>
          </Box>
          <Typography variant="body2" sx={{ mt: 2, whiteSpace: "pre-wrap" }}>
            {a.description}
          </Typography>
          {a.files.length > 0 && (
            <Box sx={{ mt: 2 }}>
              <Typography variant="caption" color="text.secondary">
                {translate("appeals.files")}
              </Typography>
              <FileList files={a.files} />
            </Box>
          )}
        </Card>
        {a.paused && <Alert severity="warning">{translate("appeals.paused")}</Alert>}
        {a.answer && (
          <Card sx={{ p: 2.5, borderLeft: 4, borderColor: "success.main" }}>
            <Typography variant="subtitle2" color="text.secondary">
              {translate("appeals.answer")} · {formatDateTime(a.answeredAt, lang)}
            </Typography>
            <Typography variant="body2" sx={{ mt: 1, whiteSpace: "pre-wrap" }}>
              {a.answer}
            </Typography>
          </Card>
        )}
        <Card sx={{ p: 2.5 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1.5 }}>
            {translate("appeals.actions")}
          </Typography>
          {actions.length ? (
            <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
              {actions.map((x) => (
                <Button key={x.proc} variant={x.variant ?? "outlined"} color={x.color ?? "primary"} onClick={() => setAction(x)}>
                  {x.label}
                </Button>
              ))}
            </Box>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate("appeals.no_actions")}
            </Typography>
          )}
        </Card>
      </Box>
      <Card sx={{ p: 2.5 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1.5 }}>
          {translate("appeals.timeline")}
        </Typography>
        <AppealTimeline events={a.events} lang={lang} />
      </Card>
      {action && <ActionDialog appeal={a} action={action} onClose={() => setAction(null)} />}
    </Box>
  );
}

// ---------------------------------------------------------------- recorded by a commissioner

export function AppealCreate() {
  const translate = useTranslate();
  const lang = useLang();
  const categories = useGetList<TCategory>("appealCategories", {
    pagination: { page: 1, perPage: 100 },
    sort: { field: "sortOrder", order: "ASC" },
    filter: { active: true },
  });
  const assignments = useGetList<TAssignment>("commissionerAssignments", { pagination: { page: 1, perPage: 200 } });
  return (
    <Create redirect="show">
      <SimpleForm sx={{ maxWidth: 800 }} defaultValues={{ urgency: "NORMAL", mayPublish: false }}>
        <Alert severity="info" sx={{ mb: 2, width: "100%" }}>
          {translate("appeals.record_hint")}
        </Alert>
        <SelectInput
          source="enterpriseId"
          label={translate("appeals.record_for")}
          choices={(assignments.data ?? []).map((x) => ({ id: x.enterpriseId, name: x.enterpriseName }))}
          validate={required()}
          fullWidth
        />
        <TextInput source="title" validate={required()} fullWidth />
        <SelectInput
          source="categoryId"
          choices={(categories.data ?? []).map((c) => ({ id: c.id, name: lang === "zh" ? c.name : c.nameEn }))}
          validate={required()}
          fullWidth
        />
        <SelectInput source="urgency" choices={Urgency.choices(lang)} validate={required()} />
        <TextInput source="description" multiline minRows={5} validate={required()} fullWidth />
        <BooleanInput source="mayPublish" />
        <FileUploadInput source="fileIds" label="appeals.files" />
      </SimpleForm>
    </Create>
  );
}

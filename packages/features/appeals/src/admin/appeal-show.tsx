// One appeal with its timeline and the steps open to the caller; a new appeal recorded by staff.
import { useState } from "react";
import {
  BooleanInput,
  Create,
  SelectInput,
  SimpleForm,
  TextInput,
  Title,
  required,
  useGetList,
  usePermissions,
  useShowController,
  useTranslate,
} from "react-admin";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Typography from "@mui/material/Typography";
import type { TRole } from "@qifu/domain";
import { FileList, LoadingState, StatusChip, formatDateTime, messageOf } from "@qifu/ui";
import { Urgency, type TAppealDetail, type TAssignment, type TCategory } from "../schemas";
import { AppealStatusChip, AppealTimeline, SupervisionChip } from "../shared/appeal-view";
import { FileUploadInput } from "@qifu/ui/admin";
import { useLang } from "./common";
import { actionsFor, ActionDialog, type TAction } from "./appeal-actions";

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

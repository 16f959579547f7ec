import {
  BooleanInput,
  Create,
  DataTable,
  Edit,
  List,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useCanAccess,
  useGetList,
  useRecordContext,
  useTranslate,
  FormDataConsumer,
  AutocompleteInput,
} from "react-admin";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { CalendarDayKind, shanghaiYear } from "@qifu/domain";
import { StatusChip } from "@qifu/ui";
import type { TCalendarDay, TCategory, TRoute } from "../schemas";
import { useLang, useUnits } from "./common";
import { CalendarYearNotice } from "./calendar-notice";

const formSx = { maxWidth: 720 };
function useRowClick(resource: string) {
  const { canAccess } = useCanAccess({ resource, action: "edit" });
  return canAccess ? ("edit" as const) : false;
}
function Hint({ k }: { k: string }) {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ m: 2, mb: 0 }}>
      {translate(k)}
    </Alert>
  );
}

// ---------------------------------------------------------------- working calendar

const thisYear = shanghaiYear(new Date());
const WEEKDAYS = { zh: ["周日", "周一", "周二", "周三", "周四", "周五", "周六"], en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] };

export function CalendarList() {
  const lang = useLang();
  const calendarFilters = [
    <SelectInput key="year" source="year" alwaysOn choices={[2025, 2026, 2027, 2028].map((y) => ({ id: y, name: String(y) }))} />,
    <SelectInput key="kind" source="kind" alwaysOn choices={CalendarDayKind.choices(lang)} />,
  ];
  return (
    <List
      exporter={false}
      filters={calendarFilters}
      filterDefaultValues={{ year: thisYear }}
      sort={{ field: "date", order: "ASC" }}
      perPage={100}
      pagination={false}
    >
      <CalendarYearNotice />
      <Hint k="appeals.calendar_hint" />
      <DataTable rowClick={useRowClick("calendar")} bulkActionButtons={false}>
        <DataTable.Col source="date" sx={{ width: 140 }} />
        <DataTable.Col source="weekday" disableSort render={(r: TCalendarDay) => WEEKDAYS[lang][r.weekday]} sx={{ width: 80 }} />
        <DataTable.Col
          source="kind"
          render={(r: TCalendarDay) => (
            <StatusChip label={CalendarDayKind.label(r.kind, lang)} tone={r.kind === "HOLIDAY" ? "danger" : "info"} />
          )}
        />
        <DataTable.Col source="name" />
      </DataTable>
    </List>
  );
}

function CalendarInputs() {
  const lang = useLang();
  return (
    <>
      <TextInput source="date" type="date" validate={required()} fullWidth />
      <RadioButtonGroupInput source="kind" choices={CalendarDayKind.choices(lang)} validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
    </>
  );
}
export const CalendarCreate = () => (
  <Create redirect="list">
    <SimpleForm sx={formSx}>
      <CalendarInputs />
    </SimpleForm>
  </Create>
);
export const CalendarEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm sx={formSx}>
      <CalendarInputs />
    </SimpleForm>
  </Edit>
);

// ---------------------------------------------------------------- routing rules

function UnitName() {
  const r = useRecordContext<TRoute>();
  const units = useUnits();
  if (!r) return null;
  const id = r.unitKind === "TOWN" ? r.unitTownId : r.unitDepartmentId;
  return <>{units.data?.find((u) => u.kind === r.unitKind && u.id === id)?.name ?? "…"}</>;
}
function TownName() {
  const r = useRecordContext<TRoute>();
  const towns = useGetList("towns", { pagination: { page: 1, perPage: 200 } });
  const translate = useTranslate();
  if (!r) return null;
  return <>{r.townId ? (towns.data?.find((t) => t.id === r.townId)?.name ?? "…") : translate("appeals.any")}</>;
}

export function RouteList() {
  const translate = useTranslate();
  return (
    <List exporter={false} sort={{ field: "categoryId", order: "ASC" }} perPage={100} pagination={false}>
      <Hint k="appeals.routes_hint" />
      <DataTable rowClick={useRowClick("appealRoutes")} bulkActionButtons={false}>
        <DataTable.Col source="categoryId" render={(r: TRoute) => r.categoryName ?? translate("appeals.any")} />
        <DataTable.Col source="townId">
          <TownName />
        </DataTable.Col>
        <DataTable.Col source="unit" disableSort>
          <UnitName />
        </DataTable.Col>
        <DataTable.Col source="note" disableSort />
      </DataTable>
    </List>
  );
}

function RouteInputs() {
  const translate = useTranslate();
  const units = useUnits();
  const lang = useLang();
  const categories = useGetList<TCategory>("appealCategories", {
    pagination: { page: 1, perPage: 100 },
    sort: { field: "sortOrder", order: "ASC" },
  });
  const towns = units.data?.filter((u) => u.kind === "TOWN").map((u) => ({ id: u.id!, name: u.name })) ?? [];
  const departments = units.data?.filter((u) => u.kind === "DEPARTMENT").map((u) => ({ id: u.id!, name: u.name })) ?? [];
  return (
    <>
      <SelectInput
        source="categoryId"
        emptyText={translate("appeals.any")}
        choices={(categories.data ?? []).map((c) => ({ id: c.id, name: lang === "zh" ? c.name : c.nameEn }))}
        fullWidth
      />
      <ReferenceInput source="townId" reference="towns" sort={{ field: "sortOrder", order: "ASC" }} perPage={100}>
        <SelectInput optionText="name" emptyText={translate("appeals.any")} fullWidth />
      </ReferenceInput>
      <RadioButtonGroupInput
        source="unitKind"
        choices={[
          { id: "TOWN", name: translate("appeals.town_unit") },
          { id: "DEPARTMENT", name: translate("appeals.department") },
        ]}
        validate={required()}
        defaultValue="TOWN"
      />
      <FormDataConsumer>
        {({ formData }) =>
          formData.unitKind === "DEPARTMENT" ? (
            <SelectInput source="unitDepartmentId" choices={departments} validate={required()} fullWidth />
          ) : (
            <AutocompleteInput source="unitTownId" choices={towns} validate={required()} fullWidth />
          )
        }
      </FormDataConsumer>
      <TextInput source="note" fullWidth />
    </>
  );
}
export const RouteCreate = () => (
  <Create redirect="list">
    <SimpleForm sx={formSx}>
      <RouteInputs />
    </SimpleForm>
  </Create>
);
export const RouteEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm sx={formSx}>
      <RouteInputs />
    </SimpleForm>
  </Edit>
);

// ---------------------------------------------------------------- categories and their time limits

export function CategoryList() {
  const lang = useLang();
  const translate = useTranslate();
  const limit = (c: TCategory, u: "NORMAL" | "URGENT") =>
    lang === "zh"
      ? `${c.limits[u].ackHours} 工作小时受理 / ${c.limits[u].resolveDays} 工作日办结`
      : `${c.limits[u].ackHours} h / ${c.limits[u].resolveDays} working days`;
  return (
    <List exporter={false} sort={{ field: "sortOrder", order: "ASC" }} perPage={100} pagination={false}>
      <Hint k="appeals.limits_hint" />
      <DataTable rowClick={useRowClick("appealCategories")} bulkActionButtons={false}>
        <DataTable.Col source="name" render={(c: TCategory) => (lang === "zh" ? c.name : c.nameEn)} />
        <DataTable.Col source="code" />
        <DataTable.Col
          source="normal"
          disableSort
          label={translate("resources.appealCategories.fields.normal")}
          render={(c: TCategory) => limit(c, "NORMAL")}
        />
        <DataTable.Col
          source="urgent"
          disableSort
          label={translate("resources.appealCategories.fields.urgent")}
          render={(c: TCategory) => limit(c, "URGENT")}
        />
        <DataTable.Col source="active" render={(c: TCategory) => (c.active ? "✓" : "—")} />
      </DataTable>
    </List>
  );
}

function CategoryInputs() {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="nameEn" validate={required()} fullWidth />
      <TextInput source="code" validate={required()} fullWidth />
      <NumberInput source="sortOrder" min={0} fullWidth />
      <BooleanInput source="active" defaultValue />
      {(["NORMAL", "URGENT"] as const).map((u) => (
        <Box key={u} component="section" sx={{ width: "100%" }}>
          <Typography variant="subtitle2" sx={{ mb: 1, pb: 0.5, borderBottom: 1, borderColor: "divider" }}>
            {translate(`resources.appealCategories.fields.${u.toLowerCase()}`)}
          </Typography>
          <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" }, columnGap: 2 }}>
            <NumberInput source={`limits.${u}.ackHours`} label={translate("appeals.ack_hours")} min={1} validate={required()} fullWidth />
            <NumberInput
              source={`limits.${u}.resolveDays`}
              label={translate("appeals.resolve_days")}
              min={1}
              validate={required()}
              fullWidth
            />
          </Box>
        </Box>
      ))}
    </>
  );
}
export const CategoryCreate = () => (
  <Create redirect="list">
    <SimpleForm sx={formSx}>
      <CategoryInputs />
    </SimpleForm>
  </Create>
);
export const CategoryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm sx={formSx}>
      <CategoryInputs />
    </SimpleForm>
  </Edit>
);

// ---------------------------------------------------------------- commissioner assignments

export function AssignmentList() {
  return (
    <List exporter={false} perPage={50}>
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="commissionerName" disableSort />
        <DataTable.Col source="enterpriseName" disableSort />
      </DataTable>
    </List>
  );
}

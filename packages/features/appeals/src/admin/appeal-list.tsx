// The appeal queue: filters, Excel, one card per appeal on a phone.
import {
  BooleanInput,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
  useCanAccess,
  useListContext,
  useNotify,
  useTranslate,
} from "react-admin";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import Typography from "@mui/material/Typography";
import { EmptyState, ExportButton, formatDateTime, messageOf } from "@qifu/ui";
import { AppealStatus, isOpenAppeal, SupervisionLevel, Urgency, type TAppeal } from "../schemas";
import { AppealStatusChip, SupervisionChip } from "../shared/appeal-view";
import { CardLine, ResponsiveDataTable } from "@qifu/ui/admin";
import { useLang } from "./common";
import { useRpc } from "./rpc";

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

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import {
  DataTable,
  DateInput,
  FilterButton,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
  useListContext,
  useNotify,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { AuditAction, auditChanges, auditFieldLabel, auditTableLabel, Role, type TRole } from "@qifu/domain";
import { ExportButton, formatDateTime, messageOf, StatusChip, type StatusTone } from "@qifu/ui";
import { ListEmpty, useLang, type TLang } from "@qifu/ui/admin";
import { api, useRpc, useRpcQuery } from "./rpc";
import type { TAuditEntry } from "../schemas";
import { AuditChanges } from "./changes";

const ACTION_TONE: Record<TAuditEntry["action"], StatusTone> = { INSERT: "success", UPDATE: "info", DELETE: "danger" };

export const tableLabel = (name: string, lang: TLang) => auditTableLabel(name, lang);
export const roleLabel = (role: string | null, lang: TLang) =>
  role && role in Role.labels ? Role.label(role as TRole, lang) : (role ?? "");

export function ActionChip({ action, lang }: { action: TAuditEntry["action"]; lang: TLang }) {
  return <StatusChip label={AuditAction.label(action, lang)} tone={ACTION_TONE[action]} />;
}

export function Actor({ entry, lang }: { entry: TAuditEntry; lang: TLang }) {
  const translate = useTranslate();
  // no user behind it: the system (seed, scheduled jobs, sign-in bookkeeping); its tag if it has one
  if (!entry.actorName)
    return (
      <Box sx={{ color: "text.secondary" }}>
        <Box>{translate("audit.system")}</Box>
        {entry.actorId && <Box sx={{ fontSize: 12, fontFamily: "ui-monospace, monospace" }}>{entry.actorId}</Box>}
      </Box>
    );
  return (
    <Box>
      <Box sx={{ fontWeight: 500 }}>{entry.actorName ?? entry.actorId}</Box>
      <Box sx={{ color: "text.secondary", fontSize: 12 }}>{roleLabel(entry.actorRole, lang)}</Box>
    </Box>
  );
}

function useFilters(lang: TLang) {
  const { data: actors = [] } = useRpcQuery(api.auditLogs.actors, undefined, { staleTime: 60_000 });
  const { data: tables = [] } = useRpcQuery(api.auditLogs.resources, undefined, { staleTime: 60_000 });
  return [
    <SelectInput key="actorId" source="actorId" choices={actors} alwaysOn sx={{ minWidth: 200 }} />,
    <SelectInput
      key="resource"
      source="resource"
      choices={tables.map((t) => ({ id: t, name: tableLabel(t, lang) }))}
      alwaysOn
      sx={{ minWidth: 180 }}
    />,
    <SelectInput key="action" source="action" choices={AuditAction.choices(lang)} alwaysOn sx={{ minWidth: 110 }} />,
    <DateInput key="from" source="from" alwaysOn sx={{ width: 160 }} />,
    <DateInput key="to" source="to" alwaysOn sx={{ width: 160 }} />,
    <TextInput key="recordId" source="recordId" alwaysOn sx={{ minWidth: 200 }} />,
    <TextInput key="requestId" source="requestId" sx={{ minWidth: 280 }} />,
  ];
}

/** Export exactly what is on screen: the same filters and sort, through the shared Excel export. */
function Actions() {
  const rpc = useRpc();
  const lang = useLang();
  const notify = useNotify();
  const { filterValues, sort } = useListContext();
  const filter = Object.fromEntries(Object.entries(filterValues ?? {}).filter(([, v]) => v !== undefined && v !== ""));
  const exportInput = { filter, sort: sort?.field === "at" || sort?.field === "id" ? sort : undefined, lang };
  return (
    <TopToolbar>
      <FilterButton />
      <ExportButton
        onExport={() => rpc.auditLogs.export.query(exportInput)}
        onError={(e) => notify(messageOf(e, lang), { type: "error" })}
      />
    </TopToolbar>
  );
}

function ChangesSummary({ entry, lang }: { entry: TAuditEntry; lang: TLang }) {
  const translate = useTranslate();
  const changes = auditChanges(entry.before, entry.after);
  const names = changes
    .slice(0, 4)
    .map((c) => auditFieldLabel(entry.resource, c.field, lang))
    .join(lang === "zh" ? "、" : ", ");
  return (
    <Box sx={{ fontSize: 13 }}>
      <Box component="span">
        {names}
        {changes.length > 4 ? " …" : ""}
      </Box>
      <Box component="span" sx={{ color: "text.secondary", ml: 1 }}>
        {translate("audit.changed_fields", { smart_count: changes.length })}
      </Box>
    </Box>
  );
}

const listEmpty = <ListEmpty title="audit.empty_title" description="audit.empty_description" />;

/** District admins search the audit log; a row opens its before/after diff in place. */
export function AuditList() {
  const lang = useLang();
  const translate = useTranslate();
  return (
    <List
      exporter={false}
      filters={useFilters(lang)}
      actions={<Actions />}
      sort={{ field: "at", order: "DESC" }}
      perPage={25}
      empty={listEmpty}
    >
      <Alert severity="info" sx={{ mx: 2, mt: 1 }}>
        {translate("audit.retention")}
      </Alert>
      <DataTable
        rowClick="expand"
        expand={<Expanded />}
        bulkActionButtons={false}
        empty={listEmpty}
        sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}
      >
        <DataTable.Col source="at" render={(r: TAuditEntry) => <Box sx={{ whiteSpace: "nowrap" }}>{formatDateTime(r.at, lang)}</Box>} />
        <DataTable.Col
          source="actorId"
          label="resources.auditLogs.fields.actorName"
          disableSort
          render={(r: TAuditEntry) => <Actor entry={r} lang={lang} />}
        />
        <DataTable.Col source="action" disableSort render={(r: TAuditEntry) => <ActionChip action={r.action} lang={lang} />} />
        <DataTable.Col source="resource" disableSort render={(r: TAuditEntry) => tableLabel(r.resource, lang)} />
        <DataTable.Col
          source="recordId"
          disableSort
          render={(r: TAuditEntry) => (
            <Box sx={{ fontFamily: "ui-monospace, monospace", fontSize: 12.5, wordBreak: "break-all" }}>{r.recordId ?? "—"}</Box>
          )}
        />
        <DataTable.Col source="changes" disableSort render={(r: TAuditEntry) => <ChangesSummary entry={r} lang={lang} />} />
      </DataTable>
    </List>
  );
}

function Expanded() {
  const entry = useRecordContext<TAuditEntry>();
  const translate = useTranslate();
  const { setFilters } = useListContext();
  if (!entry) return null;
  return (
    <Box sx={{ py: 1, maxWidth: 1100 }}>
      <AuditChanges entry={entry} dense />
      {entry.requestId && (
        <Box sx={{ mt: 1, color: "text.secondary", fontSize: 12 }}>
          {translate("resources.auditLogs.fields.requestId")}:{" "}
          <Box component="span" sx={{ fontFamily: "ui-monospace, monospace" }}>
            {entry.requestId}
          </Box>{" "}
          · {translate("audit.request_hint")} ·{" "}
          <Link
            component="button"
            type="button"
            onClick={() => setFilters({ requestId: entry.requestId }, {})}
            sx={{ fontSize: 12, verticalAlign: "baseline" }}
          >
            {translate("audit.same_request")}
          </Link>
        </Box>
      )}
    </Box>
  );
}

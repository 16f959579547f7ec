import { Button, DataTable, List, TopToolbar } from "react-admin";
import { Link } from "react-router";
import Chip from "@mui/material/Chip";
import EditNoteOutlined from "@mui/icons-material/EditNoteOutlined";
import { NodeKind } from "@qifu/domain";
import { CardLine, ListEmpty, ResponsiveDataTable, useLang } from "@qifu/ui/admin";
import { formatDateTime } from "@qifu/ui";
import type { TMonthlyReport } from "../schemas";
import { T } from "./text";

function LateChip({ r }: { r: TMonthlyReport }) {
  const lang = useLang();
  return <Chip size="small" color={r.late ? "warning" : "success"} variant="outlined" label={r.late ? T.late[lang] : T.onTime[lang]} />;
}

function Actions() {
  const lang = useLang();
  return (
    <TopToolbar>
      <Button component={Link} to="/monthlyReports/create" label={T.fileNow[lang]} variant="contained">
        <EditNoteOutlined />
      </Button>
    </TopToolbar>
  );
}

/** The reports filed in the caller's scope (a node's staff: their own), newest month first; a row opens it for correction. */
export function ReportList() {
  const lang = useLang();
  return (
    <List
      exporter={false}
      actions={<Actions />}
      sort={{ field: "month", order: "DESC" }}
      empty={<ListEmpty title="monitoring.empty.reports" description="monitoring.empty.reports_hint" createLabel="monitoring.fileNow" />}
    >
      <ResponsiveDataTable<TMonthlyReport>
        rowClick="edit"
        card={{
          primary: (r) => `${r.month} · ${r.nodeName}`,
          secondary: (r) => (
            <CardLine>
              <LateChip r={r} />
              <span>
                {T.submittedAt[lang]} {formatDateTime(r.submittedAt, lang)}
              </span>
            </CardLine>
          ),
          tertiary: (r) => r.townName ?? T.district[lang],
        }}
      >
        <DataTable.Col source="month" />
        <DataTable.Col source="nodeId" render={(r: TMonthlyReport) => r.nodeName} />
        <DataTable.Col source="nodeKind" disableSort render={(r: TMonthlyReport) => NodeKind.label(r.nodeKind, lang)} />
        <DataTable.Col source="townId" render={(r: TMonthlyReport) => r.townName ?? T.district[lang]} />
        <DataTable.Col source="submittedAt" render={(r: TMonthlyReport) => formatDateTime(r.submittedAt, lang)} />
        <DataTable.Col source="dueOn" />
        <DataTable.Col source="late" disableSort render={(r: TMonthlyReport) => <LateChip r={r} />} />
      </ResponsiveDataTable>
    </List>
  );
}

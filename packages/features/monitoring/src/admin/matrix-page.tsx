import { useState } from "react";
import { Title, useNotify } from "react-admin";
import { Link } from "react-router";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import MenuItem from "@mui/material/MenuItem";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, ExportButton, LoadingState, messageOf, PageHeading, StatCard } from "@qifu/ui";
import { thisShanghaiYear, useLang, usePhoneLayout, YearSelect, type TLang } from "@qifu/ui/admin";
import { CellState, type TCellState, type TMatrixRow } from "../schemas";
import { api, useRpc, useRpcQuery } from "./rpc";
import { T } from "./text";
import { monthLabel } from "../shared/demand-trends";
import { CELL_COLOURS } from "../shared/cell-colours";

const cellLink = (row: TMatrixRow, cell: TMatrixRow["cells"][number]) =>
  cell.reportId
    ? `/monthlyReports/${cell.reportId}`
    : cell.state === "MISSING" || cell.state === "NOT_DUE"
      ? `/monthlyReports/create?nodeId=${row.nodeId}&month=${cell.month}`
      : null;

function Cell({ row, cell, lang, size = 26 }: { row: TMatrixRow; cell: TMatrixRow["cells"][number]; lang: TLang; size?: number }) {
  const c = CELL_COLOURS[cell.state];
  const title = `${row.nodeName} · ${cell.month} · ${CellState.labels[cell.state][lang]}（${T.due[lang]} ${cell.dueOn}）`;
  const box = (
    <Box
      data-state={cell.state}
      aria-label={title}
      sx={{
        width: size,
        height: size,
        borderRadius: 1,
        bgcolor: c.bg,
        color: c.fg,
        display: "grid",
        placeItems: "center",
        fontSize: 13,
        fontWeight: 700,
        border: cell.state === "NONE" ? "1px dashed #ccc" : "none",
      }}
    >
      {c.mark}
    </Box>
  );
  const to = cellLink(row, cell);
  return (
    <Tooltip title={title}>
      {to ? (
        <Link to={to} style={{ textDecoration: "none" }}>
          {box}
        </Link>
      ) : (
        box
      )}
    </Tooltip>
  );
}

function Legend({ totals, lang }: { totals: Record<TCellState, number>; lang: TLang }) {
  return (
    <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", alignItems: "center" }}>
      {CellState.values
        .filter((s) => s !== "NONE")
        .map((s) => (
          <Box key={s} sx={{ display: "flex", gap: 0.75, alignItems: "center" }}>
            <Box sx={{ width: 14, height: 14, borderRadius: 0.5, bgcolor: CELL_COLOURS[s].bg }} />
            <Typography variant="body2">
              {CellState.labels[s][lang]} {totals[s]}
            </Typography>
          </Box>
        ))}
    </Box>
  );
}

function MatrixTable({ rows, months, lang }: { rows: TMatrixRow[]; months: string[]; lang: TLang }) {
  return (
    <Box sx={{ overflowX: "auto" }}>
      <Table size="small" sx={{ "& td, & th": { px: 0.75 } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ position: "sticky", left: 0, bgcolor: "background.paper", minWidth: 200 }}>{T.node[lang]}</TableCell>
            <TableCell>{T.town[lang]}</TableCell>
            {months.map((m) => (
              <TableCell key={m} align="center" sx={{ whiteSpace: "nowrap" }}>
                {monthLabel(m, lang)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.nodeId} hover data-node={r.nodeName}>
              <TableCell sx={{ position: "sticky", left: 0, bgcolor: "background.paper", fontWeight: 500 }}>{r.nodeName}</TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{r.townName ?? T.district[lang]}</TableCell>
              {r.cells.map((c) => (
                <TableCell key={c.month} align="center">
                  <Box sx={{ display: "inline-block" }}>
                    <Cell row={r} cell={c} lang={lang} />
                  </Box>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** On a phone: one card per node, its twelve months as a 6 × 2 grid of coloured squares. */
function MatrixCards({ rows, lang }: { rows: TMatrixRow[]; lang: TLang }) {
  return (
    <Box sx={{ display: "grid", gap: 1 }}>
      {rows.map((r) => (
        <Card key={r.nodeId} variant="outlined" sx={{ p: 1.5 }} data-node={r.nodeName}>
          <Typography variant="subtitle2">{r.nodeName}</Typography>
          <Typography variant="caption" color="text.secondary">
            {r.townName ?? T.district[lang]}
          </Typography>
          <Box sx={{ display: "grid", gridTemplateColumns: "repeat(6, 1fr)", gap: 0.75, mt: 1 }}>
            {r.cells.map((c) => (
              <Box key={c.month} sx={{ display: "grid", justifyItems: "center", gap: 0.25 }}>
                <Cell row={r} cell={c} lang={lang} size={30} />
                <Typography variant="caption" color="text.secondary">
                  {monthLabel(c.month, lang)}
                </Typography>
              </Box>
            ))}
          </Box>
        </Card>
      ))}
    </Box>
  );
}

/** 月报填报矩阵: nodes × months with colours, for the district (all towns, one town at a time if chosen) and a town admin (own town). */
export function MatrixPage() {
  const lang = useLang();
  const notify = useNotify();
  const rpc = useRpc();
  const phone = usePhoneLayout();
  const [year, setYear] = useState(thisShanghaiYear);
  const [town, setTown] = useState("");
  const q = useRpcQuery(api.monitoring.matrix, { year });
  const towns = [...new Map((q.data?.rows ?? []).filter((r) => r.townId).map((r) => [r.townId!, r.townName!])).entries()];
  const rows = (q.data?.rows ?? []).filter((r) => !town || r.townId === town);
  const totals = Object.fromEntries(
    CellState.values.map((s) => [s, rows.reduce((n, r) => n + r.cells.filter((c) => c.state === s).length, 0)]),
  ) as Record<TCellState, number>;
  const due = totals.ON_TIME + totals.LATE + totals.MISSING;
  const townName = towns.find(([id]) => id === town)?.[1];
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: "grid", gap: 2, minWidth: 0 }}>
      <Title title={T.matrixTitle[lang]} />
      <PageHeading
        title={T.matrixTitle[lang]}
        subtitle={T.matrixHint[lang]}
        actions={
          <ExportButton
            onExport={() => rpc.monitoring.matrixExport.query({ filter: { year, ...(town ? { townId: town } : {}) }, lang })}
            onError={(e) => notify(messageOf(e, lang), { type: "error" })}
          />
        }
      />
      <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
        <YearSelect year={year} onChange={setYear} label={T.year[lang]} />
        {towns.length > 1 && (
          <TextField
            select
            fullWidth={false}
            size="small"
            label={T.town[lang]}
            value={town}
            onChange={(e) => setTown(e.target.value)}
            sx={{ width: 180 }}
          >
            <MenuItem value="">{T.allTowns[lang]}</MenuItem>
            {towns.map(([id, name]) => (
              <MenuItem key={id} value={id}>
                {name}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Box>
      {q.isPending ? (
        <LoadingState />
      ) : q.isError ? (
        <ErrorState message={messageOf(q.error, lang)} onRetry={() => q.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={T.noSubjects[lang]} />
      ) : (
        <>
          <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "minmax(200px, 280px) 1fr" }, alignItems: "center" }}>
            <StatCard
              label={T.onTimeShare[lang]}
              value={due ? Math.round((totals.ON_TIME / due) * 1000) / 10 : "—"}
              unit={due ? "%" : undefined}
              tone={due && totals.ON_TIME / due >= 0.9 ? "success" : "warning"}
              scope={townName ? `${townName}` : q.data.scope[lang]}
            />
            <Legend totals={totals} lang={lang} />
          </Box>
          <Card sx={{ p: phone ? 1 : 0 }}>
            {phone ? (
              <MatrixCards rows={rows} lang={lang} />
            ) : (
              <MatrixTable rows={rows} months={q.data.rows[0].cells.map((c) => c.month)} lang={lang} />
            )}
          </Card>
        </>
      )}
    </Box>
  );
}

import { useState } from "react";
import { Title, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import MenuItem from "@mui/material/MenuItem";
import Pagination from "@mui/material/Pagination";
import Rating from "@mui/material/Rating";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { ServiceCategory } from "@qifu/domain";
import { EmptyState, ErrorState, LoadingState, messageOf, PageHeading } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import { api, useRpcQuery } from "./rpc";
import { LedgerChannel, LowRatingReason, SATISFIED_FROM, VisitOutcome, type TLowRatingReason, type TRecord } from "../schemas";
import { StepDialogButton } from "@qifu/ui/admin";
import { useStep } from "./parts";

const PER_PAGE = 25;
const daysSince = (day: string) => Math.floor((Date.now() + 8 * 3600_000 - new Date(`${day}T00:00:00Z`).getTime()) / 86_400_000);

function VisitButton({ r }: { r: TRecord }) {
  const translate = useTranslate();
  const lang = useLang();
  const run = useStep();
  const [outcome, setOutcome] = useState<"REACHED" | "NO_ANSWER" | "REFUSED">("REACHED");
  const [note, setNote] = useState("");
  const [score, setScore] = useState<number | null>(null);
  const [reasons, setReasons] = useState<TLowRatingReason[]>([]);
  return (
    <StepDialogButton
      label={translate("ledger.visit")}
      title={`${translate("ledger.visit_title")} · ${r.enterpriseName}`}
      disabled={note.trim().length < 2}
      onConfirm={() =>
        run(api.ledgerRecords.visit, {
          id: r.id,
          outcome,
          note,
          ...(outcome === "REACHED" && score ? { score, reasons: score < SATISFIED_FROM ? reasons : [] } : {}),
        })
      }
    >
      <TextField
        select
        label={translate("resources.ledgerRecords.fields.visitOutcome")}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as typeof outcome)}
      >
        {VisitOutcome.choices(lang).map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={translate("resources.ledgerRecords.fields.visitNote")}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
      />
      {outcome === "REACHED" && (
        <Box>
          <Typography variant="body2" color="text.secondary">
            {translate("ledger.visit_score")}
          </Typography>
          <Rating value={score} onChange={(_, v) => setScore(v)} />
          {score !== null && score < SATISFIED_FROM && (
            <TextField
              select
              fullWidth
              label={translate("resources.ledgerRecords.fields.ratingReasons")}
              value={reasons}
              onChange={(e) =>
                setReasons(
                  (typeof e.target.value === "string" ? e.target.value.split(",") : (e.target.value as string[])) as TLowRatingReason[],
                )
              }
              slotProps={{ select: { multiple: true } }}
              sx={{ mt: 1 }}
            >
              {LowRatingReason.choices(lang).map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
          )}
        </Box>
      )}
    </StepDialogButton>
  );
}

/** The return-visit queue: records with no rating 7 days after the service, for town staff to call. */
export function ReturnVisitList() {
  const translate = useTranslate();
  const lang = useLang();
  const [page, setPage] = useState(1);
  const q = useRpcQuery(api.ledgerRecords.returnVisits, { pagination: { page, perPage: PER_PAGE } });
  const f = (k: string) => translate(`resources.ledgerRecords.fields.${k}`);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: "grid", gap: 2 }}>
      <Title title={translate("ledger.menu.visits")} />
      <PageHeading title={translate("ledger.menu.visits")} subtitle={translate("ledger.empty.visits_hint")} />
      <Card>
        {q.isPending ? (
          <LoadingState />
        ) : q.isError ? (
          <ErrorState message={messageOf(q.error, lang)} onRetry={() => q.refetch()} />
        ) : q.data.total === 0 ? (
          <EmptyState title={translate("ledger.empty.visits")} description={translate("ledger.empty.visits_hint")} />
        ) : (
          <Box sx={{ overflowX: "auto" }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  {["servedOn", "enterpriseName", "nodeName", "category", "channel", "staffName"].map((k) => (
                    <TableCell key={k} sx={{ whiteSpace: "nowrap" }}>
                      {f(k)}
                    </TableCell>
                  ))}
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {q.data.data.map((r) => (
                  <TableRow key={r.id} hover>
                    <TableCell sx={{ whiteSpace: "nowrap" }}>
                      {r.servedOn}
                      <Typography variant="caption" display="block" color="warning.main">
                        {translate("ledger.days_waiting", { n: daysSince(r.servedOn) })}
                      </Typography>
                    </TableCell>
                    <TableCell sx={{ fontWeight: 500 }}>
                      <a href={`#/ledgerRecords/${r.id}/show`}>{r.enterpriseName}</a>
                    </TableCell>
                    <TableCell>{r.nodeName}</TableCell>
                    <TableCell>{ServiceCategory.label(r.category, lang)}</TableCell>
                    <TableCell>{LedgerChannel.label(r.channel, lang)}</TableCell>
                    <TableCell>{r.staffName}</TableCell>
                    <TableCell align="right">
                      <VisitButton r={r} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </Card>
      {(q.data?.total ?? 0) > PER_PAGE && (
        <Pagination
          sx={{ justifySelf: "center" }}
          count={Math.ceil(q.data!.total / PER_PAGE)}
          page={page}
          onChange={(_, n) => setPage(n)}
        />
      )}
    </Box>
  );
}

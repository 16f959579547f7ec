import { useState } from "react";
import { Title, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { ErrorState, messageOf, PageHeading } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import { api, useRpcQuery } from "./rpc";
import { LEDGER_TOP_NODES } from "../schemas";
import { LedgerFigures } from "../shared/ledger-figures";

/** The ledger's figures within the caller's scope (district, own town, own node), for a year. */
export function LedgerStatsPage() {
  const translate = useTranslate();
  const lang = useLang();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const q = useRpcQuery(api.ledger.stats, { year, topNodes: LEDGER_TOP_NODES });
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: "grid", gap: 2 }}>
      <Title title={translate("ledger.menu.stats")} />
      <Box sx={{ display: "flex", alignItems: "flex-end", gap: 2, flexWrap: "wrap" }}>
        <Box sx={{ flex: 1 }}>
          <PageHeading title={translate("ledger.stats.title")} subtitle={translate("ledger.stats.subtitle")} />
        </Box>
        <TextField
          select
          size="small"
          label={translate("ledger.stats.year")}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ width: 120 }}
        >
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {q.isError ? (
        <ErrorState message={messageOf(q.error, lang)} onRetry={() => q.refetch()} />
      ) : (
        <LedgerFigures stats={q.data} loading={q.isPending} t={(k) => translate(`ledger.stats.${k}`)} />
      )}
    </Box>
  );
}

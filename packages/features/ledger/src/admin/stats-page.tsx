import { useState } from "react";
import { Title, useTranslate } from "react-admin";
import Box from "@mui/material/Box";
import { ErrorState, messageOf, PageHeading } from "@qifu/ui";
import { thisShanghaiYear, useLang, YearSelect } from "@qifu/ui/admin";
import { api, useRpcQuery } from "./rpc";
import { LEDGER_TOP_NODES } from "../schemas";
import { LedgerFigures } from "../shared/ledger-figures";

/** The ledger's figures within the caller's scope (district, own town, own node), for a year. */
export function LedgerStatsPage() {
  const translate = useTranslate();
  const lang = useLang();
  const [year, setYear] = useState(thisShanghaiYear);
  const q = useRpcQuery(api.ledger.stats, { year, topNodes: LEDGER_TOP_NODES });
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: "grid", gap: 2 }}>
      <Title title={translate("ledger.menu.stats")} />
      <Box sx={{ display: "flex", alignItems: "flex-end", gap: 2, flexWrap: "wrap" }}>
        <Box sx={{ flex: 1 }}>
          <PageHeading title={translate("ledger.stats.title")} subtitle={translate("ledger.stats.subtitle")} />
        </Box>
        <YearSelect year={year} onChange={setYear} label={translate("ledger.stats.year")} />
      </Box>
      {q.isError ? (
        <ErrorState message={messageOf(q.error, lang)} onRetry={() => q.refetch()} />
      ) : (
        <LedgerFigures stats={q.data} loading={q.isPending} t={(k) => translate(`ledger.stats.${k}`)} />
      )}
    </Box>
  );
}

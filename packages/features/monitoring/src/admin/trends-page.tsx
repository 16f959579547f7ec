import { useState } from "react";
import { Title } from "react-admin";
import Box from "@mui/material/Box";
import { ErrorState, messageOf, PageHeading } from "@qifu/ui";
import { thisShanghaiYear, useLang, YearSelect } from "@qifu/ui/admin";
import type { TTrends } from "../schemas";
import { DemandTrendCharts } from "../shared/demand-trends";
import { api, useRpcQuery } from "./rpc";
import { T } from "./text";

/** 需求趋势 in the console: the district sees every town, a town admin its own. */
export function TrendsPage() {
  const lang = useLang();
  const [year, setYear] = useState(thisShanghaiYear);
  const [by, setBy] = useState<TTrends["by"]>("category");
  const q = useRpcQuery(api.monitoring.trends, { year, by });
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: "grid", gap: 2, minWidth: 0 }}>
      <Title title={T.trendsTitle[lang]} />
      <PageHeading
        title={T.trendsTitle[lang]}
        subtitle={T.trendsHint[lang]}
        actions={<YearSelect year={year} onChange={setYear} label={T.year[lang]} />}
      />
      {q.isError ? (
        <ErrorState message={messageOf(q.error, lang)} onRetry={() => q.refetch()} />
      ) : (
        <DemandTrendCharts trends={q.data} loading={q.isPending} lang={lang} by={by} onBy={setBy} />
      )}
    </Box>
  );
}

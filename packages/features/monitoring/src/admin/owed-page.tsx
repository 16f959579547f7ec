import { useState } from "react";
import { Title } from "react-admin";
import { Link } from "react-router";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import { EmptyState, ErrorState, LoadingState, messageOf, PageBar, PageHeading } from "@qifu/ui";
import { useLang, useRole } from "@qifu/ui/admin";
import { api, useRpcQuery } from "./rpc";
import { T } from "./text";

const PER_PAGE = 25;

/** The to-do's list: reports owed in the caller's scope, newest month first, each with its due day and a link to file it. */
export function OwedPage() {
  const lang = useLang();
  const role = useRole();
  const [page, setPage] = useState(1);
  // the town and the district follow up the overdue ones; a node's staff see everything they still owe
  const overdue = role === "TOWN_ADMIN" || role === "DISTRICT_ADMIN";
  const q = useRpcQuery(api.monthlyReportsOwed.list, { pagination: { page, perPage: PER_PAGE }, filter: { overdue } });
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: "grid", gap: 2, maxWidth: 900 }}>
      <Title title={T.owedTitle[lang]} />
      <PageHeading title={T.owedTitle[lang]} subtitle={T.owedHint[lang]} />
      <Card>
        {q.isPending ? (
          <LoadingState />
        ) : q.isError ? (
          <ErrorState message={messageOf(q.error, lang)} onRetry={() => q.refetch()} />
        ) : q.data.total === 0 ? (
          <EmptyState title={T.owedNone[lang]} />
        ) : (
          <List dense>
            {q.data.data.map((o) => (
              <ListItem
                key={o.id}
                divider
                secondaryAction={
                  <Button
                    size="small"
                    variant="outlined"
                    component={Link}
                    to={`/monthlyReports/create?nodeId=${o.nodeId}&month=${o.month}`}
                  >
                    {T.fileNow[lang]}
                  </Button>
                }
              >
                <ListItemText
                  sx={{ pr: 10 }}
                  primary={`${o.month} · ${o.nodeName}`}
                  secondary={
                    <Box component="span" sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
                      <Chip size="small" color={o.overdue ? "error" : "default"} label={o.overdue ? T.overdue[lang] : T.notDue[lang]} />
                      <span>
                        {T.due[lang]} {o.dueOn}
                      </span>
                      {o.townName && <span>{o.townName}</span>}
                    </Box>
                  }
                  slotProps={{ secondary: { component: "span" } }}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Card>
      {q.data && <PageBar total={q.data.total} perPage={PER_PAGE} page={page} onChange={setPage} />}
    </Box>
  );
}

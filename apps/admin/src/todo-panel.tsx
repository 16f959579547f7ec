import { useCreatePath, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, PageHeading, formatNumber } from "@qifu/ui";
import { useLang } from "@qifu/ui/admin";
import { shellApi, useShellQuery } from "./trpc";
import type { TLabel } from "@qifu/domain";

/** What `todo.counts` answers (trpc-core ZTodoCount). */
type TTodoCount = {
  key: string;
  label: TLabel;
  count: number;
  tone: "info" | "warning" | "danger";
  link: { resource: string; filter: Record<string, unknown> };
};

const TONE = { info: "primary.main", warning: "warning.main", danger: "error.main" } as const;

/**
 * The top of every staff member's home page: what waits for them (todo.counts, counted by
 * the server in their scope), each count a link to the list filtered the same way.
 */
export function TodoPanel() {
  const translate = useTranslate();
  const lang = useLang();
  const createPath = useCreatePath();
  const { data, error, isPending, refetch } = useShellQuery(shellApi.todo.counts);
  const href = (t: TTodoCount) =>
    `${createPath({ resource: t.link.resource, type: "list" })}?filter=${encodeURIComponent(JSON.stringify(t.link.filter))}`;

  let body;
  if (error) body = <ErrorState message={translate("qifu.todo.error")} onRetry={() => void refetch()} />;
  else if (!isPending && !data?.length)
    body = <EmptyState compact title={translate("qifu.todo.none")} description={translate("qifu.todo.none_hint")} />;
  else
    body = (
      <Box
        component="ul"
        data-testid="todo-counts"
        sx={{
          listStyle: "none",
          m: 0,
          p: 0,
          display: "grid",
          gap: 1.5,
          gridTemplateColumns: { xs: "repeat(2, minmax(0, 1fr))", sm: "repeat(3, minmax(0, 1fr))", lg: "repeat(4, minmax(0, 1fr))" },
        }}
      >
        {(data ?? []).map((t) => (
          <Box component="li" key={t.key} data-todo={t.key} data-count={t.count}>
            <Card variant="outlined" sx={{ height: "100%", borderLeft: 4, borderLeftColor: t.count ? TONE[t.tone] : "divider" }}>
              <CardActionArea component={Link} to={href(t)} sx={{ p: 1.5, height: "100%" }} aria-label={`${t.label[lang]} ${t.count}`}>
                <Typography variant="body2" color="text.secondary" noWrap>
                  {t.label[lang]}
                </Typography>
                <Typography variant="h5" component="p" sx={{ fontWeight: 700, color: t.count ? TONE[t.tone] : "text.disabled" }}>
                  {formatNumber(t.count, lang)}
                </Typography>
              </CardActionArea>
            </Card>
          </Box>
        ))}
      </Box>
    );
  return (
    <Box sx={{ pt: 2, display: "flex", flexDirection: "column", gap: 1.5 }}>
      <PageHeading title={translate("qifu.todo.title")} subtitle={translate("qifu.todo.subtitle")} />
      {body}
    </Box>
  );
}

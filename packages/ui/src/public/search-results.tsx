import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import LinearProgress from "@mui/material/LinearProgress";
import { EmptyState } from "../components/empty-state";
import { ErrorState } from "../components/error-state";
import { messageOf } from "../trpc-client";

/** What a page's search query gives (react-query's result, structurally). */
export type TSearchResult<T> = {
  isPending: boolean;
  isFetching: boolean;
  isError: boolean;
  isPlaceholderData: boolean;
  error: unknown;
  data?: { data: T[] };
  refetch: () => unknown;
};

/**
 * The results of a public search page: a thin progress strip while a new search runs, then the
 * error (with retry), the empty state (its action, e.g. "clear the filters") or a grid of cards,
 * one column on a phone. `skeleton` fills the grid on the first load; `dimStale` greys the
 * previous results while the next ones come.
 */
export function SearchResults<T extends { id: string }>({
  result,
  total,
  lang,
  empty,
  card,
  skeleton,
  dimStale = false,
}: {
  result: TSearchResult<T>;
  total: number;
  lang: "zh" | "en";
  empty: { title: string; description: string; action?: ReactNode };
  card: (item: T) => ReactNode;
  skeleton?: () => ReactNode;
  dimStale?: boolean;
}) {
  return (
    <>
      <Box sx={{ height: 4, mb: 1 }}>{result.isFetching && !result.isPending && <LinearProgress />}</Box>
      {result.isError ? (
        <Card>
          <ErrorState message={messageOf(result.error, lang)} onRetry={() => result.refetch()} />
        </Card>
      ) : !result.isPending && total === 0 ? (
        <Card>
          <EmptyState title={empty.title} description={empty.description} action={empty.action} />
        </Card>
      ) : (
        <Box
          component="ul"
          aria-busy={result.isFetching}
          sx={{
            listStyle: "none",
            p: 0,
            m: 0,
            display: "grid",
            gap: 2,
            gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))", lg: "repeat(3, minmax(0, 1fr))" },
            ...(dimStale ? { opacity: result.isPlaceholderData ? 0.6 : 1, transition: "opacity .2s" } : {}),
          }}
        >
          {result.isPending && skeleton
            ? Array.from({ length: 6 }, (_, i) => <li key={i}>{skeleton()}</li>)
            : (result.data?.data ?? []).map((item) => <li key={item.id}>{card(item)}</li>)}
        </Box>
      )}
    </>
  );
}

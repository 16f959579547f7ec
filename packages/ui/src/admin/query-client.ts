import { QueryClient, type Query } from "@tanstack/react-query";

/** react-admin's cache key of one record: [resource, "getOne", { id, meta }]. */
const isGetOne = (query: Query) => query.queryKey[1] === "getOne";

/**
 * The admin console's query cache. react-admin copies each row of a list into the cache of
 * its show/edit page so that page can render at once; but a list row is the list's DTO,
 * often smaller than the record's (an appeal's row has no timeline, files or co-units),
 * and a page that reads a field the row lacks crashed on the normal path (issue 10 point 1).
 * Here a record that only a list put in the cache (its first data set by hand, nobody
 * watching it) is dropped again, so show and edit pages always render the record `get`
 * returns: a moment of loading state instead of a half record.
 */
export function createAdminQueryClient(): QueryClient {
  const client = new QueryClient();
  client.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success" || !event.action.manual) return;
    const query = event.query;
    if (!isGetOne(query) || query.state.dataUpdateCount !== 1 || query.getObserversCount() > 0) return;
    // not while the cache is telling its listeners about this very update
    setTimeout(() => {
      if (query.getObserversCount() === 0 && query.state.dataUpdateCount === 1) client.getQueryCache().remove(query);
    }, 0);
  });
  return client;
}

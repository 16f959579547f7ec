import { useSearchParams } from "react-router";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Container from "@mui/material/Container";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import { NodeKind, ServiceCategory, type TNodeKind, type TServiceCategory } from "@qifu/domain";
import { PageBar } from "@qifu/ui";
import { SearchResults } from "@qifu/ui/public";
import { useNetworkPublic, type TDirectoryQuery } from "./context";
import { NodeCard, NodeCardSkeleton } from "./node-card";
import { PageHeader } from "./page-header";
import type { TDirectoryParams } from "./paths";
import { usePublicTowns, useDirectory } from "./queries";
import { SearchBox } from "./search-box";

const PER_PAGE = 12;
const FILTER_KEYS = ["q", "town", "kind", "category"] as const;

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  v && (values as readonly string[]).includes(v) ? (v as T) : undefined;

/** The directory's state lives in the query string, so a search can be bookmarked and shared. */
function useDirectoryParams() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Math.min(10_000, Number.parseInt(params.get("page") ?? "1", 10) || 1));
  const query: TDirectoryQuery = {
    q: params.get("q")?.trim() || undefined,
    townId: params.get("town") || undefined,
    kind: oneOf<TNodeKind>(NodeKind.values, params.get("kind")),
    serviceCategory: oneOf<TServiceCategory>(ServiceCategory.values, params.get("category")),
    page,
    perPage: PER_PAGE,
  };
  /** Change some params; any change but the page itself starts again at page 1. */
  const update = (next: TDirectoryParams) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(next)) {
        if (v === undefined || v === "") p.delete(k);
        else p.set(k, String(v));
      }
      if (!("page" in next)) p.delete("page");
      if (p.get("page") === "1") p.delete("page");
      return p;
    });
  const clear = () => setParams(new URLSearchParams());
  const hasFilters = FILTER_KEYS.some((k) => params.get(k));
  return { query, update, clear, hasFilters };
}

export function DirectoryPage() {
  const { t, lang } = useNetworkPublic();
  const { query, update, clear, hasFilters } = useDirectoryParams();
  const towns = usePublicTowns();
  const result = useDirectory(query);
  const phone = useMediaQuery("(max-width:599.95px)");
  const total = result.data?.total ?? 0;
  const from = total === 0 ? 0 : (query.page - 1) * PER_PAGE + 1;
  const to = Math.min(total, query.page * PER_PAGE);
  const townName = towns.data?.find((tw) => tw.id === query.townId)?.name;

  const select = (
    label: string,
    value: string | undefined,
    onChange: (v: string) => void,
    options: { id: string; name: string }[],
    name: string,
  ) => (
    <TextField
      select
      size="small"
      fullWidth
      label={label}
      name={name}
      value={value ?? ""}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">{t.all}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.id} value={o.id}>
          {o.name}
        </MenuItem>
      ))}
    </TextField>
  );

  // Chips that name each active filter; deleting one drops just that filter.
  const active: { key: keyof TDirectoryParams; label: string }[] = [
    ...(query.q ? [{ key: "q" as const, label: `“${query.q}”` }] : []),
    ...(query.townId ? [{ key: "town" as const, label: townName ?? query.townId }] : []),
    ...(query.kind ? [{ key: "kind" as const, label: NodeKind.label(query.kind, lang) }] : []),
    ...(query.serviceCategory ? [{ key: "category" as const, label: ServiceCategory.label(query.serviceCategory, lang) }] : []),
  ];

  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <PageHeader title={t.directoryTitle} intro={t.directoryIntro} />

      <Card sx={{ p: { xs: 1.5, sm: 2 }, mb: 2 }}>
        <SearchBox value={query.q ?? ""} onSearch={(q) => update({ q })} size="small" />
        <Box sx={{ display: "grid", gap: 1.5, mt: 2, gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(3, minmax(0, 1fr))" } }}>
          {select(
            t.filterTown,
            query.townId,
            (v) => update({ town: v }),
            (towns.data ?? []).map((tw) => ({ id: tw.id, name: tw.name })),
            "town",
          )}
          {select(t.filterKind, query.kind, (v) => update({ kind: v }), NodeKind.choices(lang), "kind")}
          {select(t.filterCategory, query.serviceCategory, (v) => update({ category: v }), ServiceCategory.choices(lang), "category")}
        </Box>
      </Card>

      <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap", minHeight: 40, mb: 1.5 }}>
        <Typography variant="body2" color="text.secondary" aria-live="polite" sx={{ mr: 1 }}>
          {result.isPending ? t.loading : `${t.resultCount(total)}${total > PER_PAGE ? ` · ${t.resultRange(from, to)}` : ""}`}
        </Typography>
        {active.map((a) => (
          <Chip
            key={a.key}
            label={a.label}
            onDelete={() => update({ [a.key]: undefined })}
            color="primary"
            variant="outlined"
            sx={{ maxWidth: "100%", height: 40, borderRadius: 20 }}
          />
        ))}
        {hasFilters && (
          <Button size="small" onClick={clear} sx={{ minHeight: 40 }}>
            {t.clearFilters}
          </Button>
        )}
      </Box>
      <SearchResults
        result={result}
        total={total}
        lang={lang}
        empty={{
          title: t.emptyTitle,
          description: t.emptyHint,
          action: hasFilters ? (
            <Button variant="contained" onClick={clear} sx={{ minHeight: 40 }}>
              {t.clearFilters}
            </Button>
          ) : undefined,
        }}
        card={(node) => <NodeCard node={node} />}
        skeleton={() => <NodeCardSkeleton />}
        dimStale
      />

      <PageBar
        total={total}
        perPage={PER_PAGE}
        page={query.page}
        onChange={(p) => {
          update({ page: p });
          window.scrollTo({ top: 0, behavior: "smooth" });
        }}
        size="large"
        siblingCount={phone ? 0 : 1}
        boundaryCount={1}
      />
    </Container>
  );
}

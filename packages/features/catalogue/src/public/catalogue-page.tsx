import { useEffect, useState, type FormEvent } from "react";
import { Link as RouterLink, useSearchParams } from "react-router";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Chip from "@mui/material/Chip";
import Container from "@mui/material/Container";
import FormControlLabel from "@mui/material/FormControlLabel";
import MenuItem from "@mui/material/MenuItem";
import Switch from "@mui/material/Switch";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { ServiceCategory, type TServiceCategory } from "@qifu/domain";
import { formatFen, PageBar } from "@qifu/ui";
import { SearchResults } from "@qifu/ui/public";
import { ServiceChannel, type TProduct } from "../schemas";
import { useCataloguePublic, type TLang } from "./context";
import type { TCatalogueMessages } from "./messages";
import { cataloguePaths } from "./paths";
import { RecommendedForYou } from "./recommendations";

const PER_PAGE = 12;
export { cataloguePaths };

export function feeLabel(p: Pick<TProduct, "feeFree" | "feeAmountFen" | "feeUnit">, lang: TLang, t: TCatalogueMessages) {
  return p.feeFree || p.feeAmountFen == null ? t.feeFree : `${formatFen(p.feeAmountFen, lang)} / ${p.feeUnit ?? ""}`;
}

export function ProductCard({ p }: { p: TProduct }) {
  const { t, lang } = useCataloguePublic();
  return (
    <Card sx={{ height: "100%" }}>
      <CardActionArea
        component={RouterLink}
        to={cataloguePaths.product(p.id)}
        data-testid="product-card"
        sx={{ p: 2, height: "100%", display: "flex", flexDirection: "column", alignItems: "stretch", gap: 1 }}
      >
        <Box sx={{ display: "flex", gap: 0.75, flexWrap: "wrap" }}>
          <Chip
            size="small"
            label={ServiceCategory.label(p.category, lang)}
            sx={{ bgcolor: "rgba(31,95,191,0.08)", color: "primary.dark" }}
          />
          <Chip size="small" variant="outlined" color={p.feeFree ? "success" : "default"} label={feeLabel(p, lang, t)} />
        </Box>
        <Typography component="h2" sx={{ fontWeight: 700, fontSize: "1.0625rem", lineHeight: 1.45 }}>
          {p.title}
        </Typography>
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ display: "-webkit-box", WebkitLineClamp: 2, WebkitBoxOrient: "vertical", overflow: "hidden" }}
        >
          {p.content}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Typography variant="caption" color="text.secondary">
          {p.nodeName}
          {p.townName ? ` · ${p.townName}` : ""} · {t.days(p.timeLimitDays)} · {ServiceChannel.label(p.channel, lang)}
        </Typography>
      </CardActionArea>
    </Card>
  );
}

/** The public catalogue: Chinese full-text search and filters, all in the query string. */
export function CataloguePage() {
  const { client, t, lang } = useCataloguePublic();
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const category = (ServiceCategory.values as readonly string[]).includes(params.get("category") ?? "")
    ? (params.get("category") as TServiceCategory)
    : undefined;
  const townId = params.get("town") || undefined;
  const nodeId = params.get("node") || undefined;
  const free = params.get("free") === "1" || undefined;
  const online = params.get("online") === "1" || undefined;
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
  const input = { q: q || undefined, category, townId, nodeId, free, online, page, perPage: PER_PAGE };
  const result = useQuery({
    queryKey: ["catalogue.search", input],
    queryFn: () => client.catalogue.search.query(input),
    placeholderData: keepPreviousData,
  });
  const towns = useQuery({ queryKey: ["network.publicTowns"], queryFn: () => client.network.publicTowns.query(), staleTime: 300_000 });
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const set = (next: Record<string, string | undefined>) =>
    setParams((prev) => {
      const p = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(next)) {
        if (v) p.set(k, v);
        else p.delete(k);
      }
      if (!("page" in next)) p.delete("page");
      return p;
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ q: draft.trim() || undefined });
  };
  const total = result.data?.total ?? 0;
  const hasFilters = [...params.keys()].some((k) => k !== "page");
  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>
        {t.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: { xs: 2, md: 3 }, maxWidth: 760 }}>
        {t.intro}
      </Typography>
      {!hasFilters && page === 1 && <RecommendedForYou />}
      <Card sx={{ p: { xs: 1.5, sm: 2 }, mb: 2 }}>
        <Box component="form" role="search" onSubmit={submit} sx={{ display: "flex", gap: 1 }}>
          <TextField
            name="q"
            type="search"
            size="small"
            fullWidth
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={t.searchPlaceholder}
            slotProps={{ htmlInput: { "aria-label": t.searchLabel, maxLength: 100 } }}
          />
          <Button type="submit" variant="contained" sx={{ flexShrink: 0, minWidth: { xs: 64, sm: 96 }, minHeight: 40 }}>
            {t.search}
          </Button>
        </Box>
        <Box
          sx={{
            display: "grid",
            gap: 1.5,
            mt: 2,
            gridTemplateColumns: { xs: "repeat(2, minmax(0, 1fr))", md: "repeat(4, minmax(0, 1fr))" },
            alignItems: "center",
            "& .filter-select": { gridColumn: { xs: "1 / -1", sm: "auto" } },
          }}
        >
          <TextField
            className="filter-select"
            select
            size="small"
            label={t.category}
            value={category ?? ""}
            onChange={(e) => set({ category: e.target.value || undefined })}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t.all}</MenuItem>
            {ServiceCategory.choices(lang).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            className="filter-select"
            select
            size="small"
            label={t.town}
            value={townId ?? ""}
            onChange={(e) => set({ town: e.target.value || undefined })}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t.all}</MenuItem>
            {(towns.data ?? []).map((tw) => (
              <MenuItem key={tw.id} value={tw.id}>
                {lang === "en" && tw.nameEn ? tw.nameEn : tw.name}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel
            control={<Switch checked={!!free} onChange={(e) => set({ free: e.target.checked ? "1" : undefined })} />}
            label={t.free}
          />
          <FormControlLabel
            control={<Switch checked={!!online} onChange={(e) => set({ online: e.target.checked ? "1" : undefined })} />}
            label={t.online}
          />
        </Box>
      </Card>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap", minHeight: 40, mb: 1 }}>
        <Typography variant="body2" color="text.secondary" aria-live="polite">
          {result.isPending ? t.loading : t.resultCount(total, result.data?.more)}
        </Typography>
        {nodeId && result.data?.data[0] && (
          <Chip
            label={`${t.node}：${result.data.data[0].nodeName}`}
            onDelete={() => set({ node: undefined })}
            color="primary"
            variant="outlined"
          />
        )}
        {hasFilters && (
          <Button size="small" onClick={() => setParams(new URLSearchParams())}>
            {t.clearFilters}
          </Button>
        )}
      </Box>
      <SearchResults
        result={result}
        total={total}
        lang={lang}
        empty={{ title: t.emptyTitle, description: t.emptyHint }}
        card={(p) => <ProductCard p={p} />}
      />
      <PageBar total={total} perPage={PER_PAGE} page={page} onChange={(n) => set({ page: String(n) })} />
    </Container>
  );
}

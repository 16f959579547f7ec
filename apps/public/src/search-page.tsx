import { useEffect, useState, type FormEvent } from "react";
import { Link as RouterLink, useSearchParams } from "react-router";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Container from "@mui/material/Container";
import LinearProgress from "@mui/material/LinearProgress";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { ServiceCategory } from "@qifu/domain";
import { EmptyState, ErrorState, LoadingState, messageOf } from "@qifu/ui";
import { ProductCard } from "@qifu/feature-catalogue/public";
import { NodeCard } from "@qifu/feature-network/public";
import { api } from "./api";
import { useI18n } from "./lang-context";

const TEXT = {
  zh: {
    title: "搜索",
    placeholder: "搜索服务和服务机构，如：法律、融资、培训",
    search: "搜索",
    label: "搜索服务和服务机构",
    services: (n: number) => `服务（${n}）`,
    nodes: (n: number) => `服务机构（${n}）`,
    categories: "相关服务类别",
    more: "在服务目录中查看全部",
    moreNodes: "在节点名录中查看全部",
    noneTitle: (q: string) => `没有找到与“${q}”相关的服务或机构`,
    noneHint: "换个说法试试，或按服务类别浏览；也可以联系身边的服务站，或直接向暖企专员提交诉求。",
    browse: "按类别浏览服务",
    stations: "离您最近的服务站",
    appeal: "提交诉求",
    askFirst: "请输入要搜索的内容",
  },
  en: {
    title: "Search",
    placeholder: "Search services and providers: legal, financing, training",
    search: "Search",
    label: "Search services and providers",
    services: (n: number) => `Services (${n})`,
    nodes: (n: number) => `Providers (${n})`,
    categories: "Related categories",
    more: "See all in the catalogue",
    moreNodes: "See all in the directory",
    noneTitle: (q: string) => `Nothing found for “${q}”`,
    noneHint: "Try other words or browse by category; or contact a service station near you, or file an appeal with the commissioners.",
    browse: "Browse services by category",
    stations: "Service stations near you",
    appeal: "File an appeal",
    askFirst: "Type what you are looking for",
  },
};

const grid = {
  display: "grid",
  gap: 2,
  gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))", md: "repeat(3, minmax(0, 1fr))" },
} as const;

/** The site's one results page (issue 10 point 10): services first, then the nodes; an empty result offers a way on. */
export function SearchPage() {
  const { lang } = useI18n();
  const t = TEXT[lang];
  const [params, setParams] = useSearchParams();
  const q = (params.get("q") ?? "").trim();
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const result = useQuery({
    queryKey: ["site.search", q],
    queryFn: () => api.site.search.query({ q }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(draft.trim() ? { q: draft.trim() } : {});
  };
  const r = result.data;
  const empty = r && r.services.total === 0 && r.nodes.total === 0;
  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" }, mb: 2 }}>
        {q ? `${t.title}：${q}` : t.title}
      </Typography>
      <Box component="form" role="search" onSubmit={submit} sx={{ display: "flex", gap: 1, mb: 2 }}>
        <TextField
          name="q"
          type="search"
          size="small"
          fullWidth
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t.placeholder}
          slotProps={{ htmlInput: { "aria-label": t.label, maxLength: 100, enterKeyHint: "search" } }}
        />
        <Button type="submit" variant="contained" sx={{ flexShrink: 0, minWidth: { xs: 64, sm: 96 }, minHeight: 40 }}>
          {t.search}
        </Button>
      </Box>
      {result.isFetching && r && <LinearProgress sx={{ mb: 1 }} />}
      {!q ? (
        <Card>
          <EmptyState title={t.askFirst} />
        </Card>
      ) : result.isError ? (
        <Card>
          <ErrorState message={messageOf(result.error, lang)} onRetry={() => result.refetch()} />
        </Card>
      ) : !r ? (
        <LoadingState />
      ) : empty ? (
        <Box data-testid="search-empty" sx={{ display: "flex", flexDirection: "column", gap: 3 }}>
          <Card>
            <EmptyState
              title={t.noneTitle(q)}
              description={t.noneHint}
              action={
                <Button variant="contained" component={RouterLink} to="/my/appeals/new" sx={{ minHeight: 44 }}>
                  {t.appeal}
                </Button>
              }
            />
          </Card>
          <Box component="section">
            <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
              {t.browse}
            </Typography>
            <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
              {ServiceCategory.choices(lang).map((c) => (
                <Chip key={c.id} clickable component={RouterLink} to={`/services?category=${c.id}`} label={c.name} sx={{ minHeight: 36 }} />
              ))}
            </Box>
          </Box>
          {r.stations.length > 0 && (
            <Box component="section">
              <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
                {t.stations}
              </Typography>
              <Box sx={grid}>
                {r.stations.map((n) => (
                  <NodeCard key={n.id} node={n} />
                ))}
              </Box>
            </Box>
          )}
        </Box>
      ) : (
        <Box sx={{ display: "flex", flexDirection: "column", gap: 3 }}>
          {r.categories.length > 0 && (
            <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
              <Typography variant="body2" color="text.secondary">
                {t.categories}
              </Typography>
              {r.categories.map((c) => (
                <Chip
                  key={c}
                  clickable
                  color="primary"
                  variant="outlined"
                  component={RouterLink}
                  to={`/services?category=${c}`}
                  label={ServiceCategory.label(c, lang)}
                />
              ))}
            </Box>
          )}
          <Box component="section" data-testid="search-services">
            <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
              {t.services(r.services.total)}
            </Typography>
            <Box sx={grid}>
              {r.services.data.map((p) => (
                <ProductCard key={p.id} p={p} />
              ))}
            </Box>
            {r.services.total > r.services.data.length && (
              <Button component={RouterLink} to={`/services?q=${encodeURIComponent(q)}`} sx={{ mt: 1 }}>
                {t.more}
              </Button>
            )}
          </Box>
          <Box component="section" data-testid="search-nodes">
            <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
              {t.nodes(r.nodes.total)}
            </Typography>
            <Box sx={grid}>
              {r.nodes.data.map((n) => (
                <NodeCard key={n.id} node={n} />
              ))}
            </Box>
            {r.nodes.total > r.nodes.data.length && (
              <Button component={RouterLink} to={`/nodes?q=${encodeURIComponent(q)}`} sx={{ mt: 1 }}>
                {t.moreNodes}
              </Button>
            )}
          </Box>
        </Box>
      )}
    </Container>
  );
}

import { useDeferredValue, useState } from "react";
import { Link as RouterLink, useParams } from "react-router";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Container from "@mui/material/Container";
import Link from "@mui/material/Link";
import Skeleton from "@mui/material/Skeleton";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import ArrowBack from "@mui/icons-material/ArrowBack";
import ArrowForward from "@mui/icons-material/ArrowForward";
import ApartmentOutlined from "@mui/icons-material/ApartmentOutlined";
import BusinessCenterOutlined from "@mui/icons-material/BusinessCenterOutlined";
import EmojiEventsOutlined from "@mui/icons-material/EmojiEventsOutlined";
import FactCheckOutlined from "@mui/icons-material/FactCheckOutlined";
import PersonOutline from "@mui/icons-material/PersonOutline";
import Inventory2Outlined from "@mui/icons-material/Inventory2Outlined";
import { ServiceCategory } from "@qifu/domain";
import { EmptyState, ErrorState, formatDate, messageOf, StatusChip } from "@qifu/ui";
import { SearchResults } from "@qifu/ui/public";
import { ShowcaseKind, type TShowcaseKind, type TShowcasePublic } from "../schemas";
import { SHOWCASE_PATH, showcaseEntryPath, useShowcasePublic } from "./context";

/** A cover per kind when an entry has no picture: its colour and icon. */
const COVER: Record<TShowcaseKind, { bg: string; Icon: typeof EmojiEventsOutlined }> = {
  CARRIER: { bg: "linear-gradient(135deg, #1565c0 0%, #42a5f5 100%)", Icon: ApartmentOutlined },
  INSTITUTION: { bg: "linear-gradient(135deg, #00695c 0%, #26a69a 100%)", Icon: BusinessCenterOutlined },
  PRODUCT: { bg: "linear-gradient(135deg, #6a1b9a 0%, #ab47bc 100%)", Icon: Inventory2Outlined },
  CASE: { bg: "linear-gradient(135deg, #e65100 0%, #ffa726 100%)", Icon: FactCheckOutlined },
  PERSON: { bg: "linear-gradient(135deg, #ad1457 0%, #ec407a 100%)", Icon: PersonOutline },
};

/** The entry's first picture, or its kind's cover. */
function Cover({ e, height }: { e: TShowcasePublic; height: number | Record<string, number> }) {
  const pic = e.pictures[0];
  const { bg, Icon } = COVER[e.kind];
  return pic ? (
    <Box component="img" src={pic.url} alt={e.title} loading="lazy" sx={{ width: "100%", height, objectFit: "cover", display: "block" }} />
  ) : (
    <Box aria-hidden sx={{ height, background: bg, display: "grid", placeItems: "center", color: "rgba(255,255,255,.9)" }}>
      <Icon sx={{ fontSize: 56 }} />
    </Box>
  );
}

/** One entry as a card: cover, kind and honour, title, summary, where and when. */
export function ShowcaseCard({ e }: { e: TShowcasePublic }) {
  const { t, lang } = useShowcasePublic();
  return (
    <Card variant="outlined" sx={{ height: "100%" }} data-testid="showcase-card">
      <CardActionArea
        component={RouterLink}
        to={showcaseEntryPath(e.id)}
        sx={{ height: "100%", display: "flex", flexDirection: "column", alignItems: "stretch" }}
      >
        <Cover e={e} height={{ xs: 110, sm: 150 }} />
        <Box sx={{ p: 2, display: "grid", gap: 0.75, flex: 1, alignContent: "start" }}>
          <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap" }}>
            <StatusChip label={ShowcaseKind.label(e.kind, lang)} tone="info" />
            {e.honour && <StatusChip label={e.honour} tone="warning" />}
          </Box>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, lineHeight: 1.4 }}>
            {e.title}
          </Typography>
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ display: "-webkit-box", WebkitLineClamp: 3, WebkitBoxOrient: "vertical", overflow: "hidden" }}
          >
            {e.summary}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {[e.personName, e.links.node?.name, e.townName ?? t.districtLevel].filter(Boolean).join(" · ")}
          </Typography>
        </Box>
      </CardActionArea>
    </Card>
  );
}

const PER_PAGE = 12;

/** 典型风采: published entries by kind, with a search. */
export function ShowcaseListPage() {
  const { client, t, lang } = useShowcasePublic();
  const [kind, setKind] = useState<"" | TShowcaseKind>("");
  const [q, setQ] = useState("");
  const [pages, setPages] = useState(1);
  const query = useDeferredValue(q.trim());
  const result = useQuery({
    queryKey: ["showcase", "list", kind, query, pages],
    queryFn: () => client.showcase.publicList.query({ kind: kind || undefined, q: query || undefined, perPage: PER_PAGE * pages }),
    placeholderData: keepPreviousData,
  });
  const total = result.data?.total ?? 0;
  return (
    <Container maxWidth="lg" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
        {t.intro}
      </Typography>
      <Tabs
        value={kind}
        onChange={(_, v) => {
          setKind(v);
          setPages(1);
        }}
        variant="scrollable"
        allowScrollButtonsMobile
        sx={{ mb: 1 }}
      >
        <Tab value="" label={t.all} />
        {ShowcaseKind.choices(lang).map((c) => (
          <Tab key={c.id} value={c.id} label={c.name} />
        ))}
      </Tabs>
      <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
        <TextField
          size="small"
          label={t.search}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPages(1);
          }}
          sx={{ flex: "1 1 240px", maxWidth: 420 }}
          inputProps={{ maxLength: 100 }}
        />
        {!result.isPending && (
          <Typography variant="body2" color="text.secondary" data-testid="showcase-count">
            {t.count(total)}
          </Typography>
        )}
      </Box>
      <SearchResults
        result={result}
        total={total}
        lang={lang}
        empty={{ title: t.emptyTitle, description: t.emptyHint }}
        card={(e) => <ShowcaseCard e={e} />}
        skeleton={() => <Skeleton variant="rounded" height={300} />}
        dimStale
      />
      {(result.data?.data.length ?? 0) < total && (
        <Box sx={{ display: "flex", justifyContent: "center", mt: 2 }}>
          <Button variant="outlined" onClick={() => setPages((p) => p + 1)} disabled={result.isFetching} sx={{ minHeight: 44 }}>
            {t.more}
          </Button>
        </Box>
      )}
    </Container>
  );
}

/** One entry's page: pictures, the story in paragraphs, and the records it rests on. */
export function ShowcaseEntryPage() {
  const { id = "" } = useParams();
  const { client, t, lang } = useShowcasePublic();
  const entry = useQuery({ queryKey: ["showcase", "entry", id], queryFn: () => client.showcase.publicGet.query({ id }), retry: false });
  const back = (
    <Button component={RouterLink} to={SHOWCASE_PATH} startIcon={<ArrowBack />} sx={{ mb: 1, minHeight: 40 }}>
      {t.back}
    </Button>
  );
  if (entry.isPending)
    return (
      <Container maxWidth="md" sx={{ py: 3 }}>
        {back}
        <Skeleton variant="rounded" height={260} sx={{ mb: 2 }} />
        <Skeleton width="60%" height={40} />
        <Skeleton height={120} />
      </Container>
    );
  if (entry.isError) {
    const notFound = (entry.error as { data?: { code?: string } })?.data?.code === "NOT_FOUND";
    return (
      <Container maxWidth="md" sx={{ py: 3 }}>
        {back}
        <Card>
          {notFound ? (
            <EmptyState title={t.notFound} />
          ) : (
            <ErrorState message={messageOf(entry.error, lang)} onRetry={() => entry.refetch()} />
          )}
        </Card>
      </Container>
    );
  }
  const e = entry.data;
  const l = e.links;
  const hasEvidence = l.node || l.product || l.record || l.evaluation;
  return (
    <Container maxWidth="md" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }} component="article">
      {back}
      <Card variant="outlined" sx={{ overflow: "hidden", mb: 2 }}>
        <Cover e={e} height={e.pictures.length ? { xs: 200, sm: 320 } : { xs: 96, sm: 140 }} />
      </Card>
      <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap", mb: 1 }}>
        <StatusChip label={ShowcaseKind.label(e.kind, lang)} tone="info" />
        {e.honour && <StatusChip label={e.honour} tone="warning" />}
      </Box>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600, lineHeight: 1.4 }}>
        {e.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {[e.personName && `${e.personName}${e.personRole ? `（${e.personRole}）` : ""}`, e.townName ?? t.districtLevel, t.yearOf(e.year)]
          .filter(Boolean)
          .join(" · ")}
        {" · "}
        {t.publishedOn} {formatDate(e.publishedAt, lang)}
      </Typography>
      <Typography variant="subtitle1" sx={{ mt: 2, p: 1.5, bgcolor: "action.hover", borderRadius: 1, lineHeight: 1.7 }}>
        {e.summary}
      </Typography>
      <Box sx={{ mt: 2 }}>
        {e.body.split(/\n+/).map((para, i) => (
          <Typography key={i} variant="body1" sx={{ mb: 1.5, lineHeight: 1.9, textIndent: lang === "zh" ? "2em" : 0 }}>
            {para}
          </Typography>
        ))}
      </Box>
      {e.pictures.length > 1 && (
        <Box
          sx={{ display: "grid", gap: 1, gridTemplateColumns: { xs: "repeat(2, minmax(0,1fr))", sm: "repeat(3, minmax(0,1fr))" }, mb: 2 }}
        >
          {e.pictures.slice(1).map((p) => (
            <Box
              key={p.id}
              component="img"
              src={p.url}
              alt={p.name}
              loading="lazy"
              sx={{ width: "100%", aspectRatio: "4 / 3", objectFit: "cover", borderRadius: 1 }}
            />
          ))}
        </Box>
      )}
      {hasEvidence && (
        <Card variant="outlined" sx={{ p: 2, mt: 1 }} data-testid="showcase-evidence">
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {t.evidence}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {t.evidenceHint}
          </Typography>
          <Box component="dl" sx={{ display: "grid", gridTemplateColumns: "auto minmax(0,1fr)", columnGap: 2, rowGap: 1, mt: 1.5, mb: 0 }}>
            {l.node && (
              <>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {t.node}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                  <Link component={RouterLink} to={`/nodes/${encodeURIComponent(l.node.id)}`}>
                    {l.node.name}
                  </Link>
                </Typography>
              </>
            )}
            {l.product && (
              <>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {t.product}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                  <Link component={RouterLink} to={`/services/${encodeURIComponent(l.product.id)}`}>
                    {l.product.title}
                  </Link>
                  {` · ${l.product.nodeName}`}
                </Typography>
              </>
            )}
            {l.record && (
              <>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {t.record}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                  {t.recordText(
                    formatDate(l.record.servedOn, lang),
                    l.record.nodeName,
                    ServiceCategory.label(l.record.category as never, lang),
                  )}
                  {l.record.rating ? t.rated(l.record.rating) : ""}
                </Typography>
              </>
            )}
            {l.evaluation && (
              <>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {t.evaluation}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                  {l.evaluation.roundName} · {t.stars(l.evaluation.stars, l.evaluation.rank)}{" "}
                  <Link component={RouterLink} to="/evaluation">
                    {t.viewResults}
                  </Link>
                </Typography>
              </>
            )}
          </Box>
        </Card>
      )}
    </Container>
  );
}

/** The home page's section: the latest three entries (nothing at all while there are none). */
export function ShowcaseLatest() {
  const { client, t } = useShowcasePublic();
  const latest = useQuery({ queryKey: ["showcase", "latest"], queryFn: () => client.showcase.latest.query({ limit: 3 }) });
  if (latest.isError || (latest.data && latest.data.length === 0)) return null;
  return (
    <Box component="section" sx={{ mt: { xs: 4, md: 6 } }} data-testid="showcase-latest">
      <Box sx={{ display: "flex", alignItems: "flex-end", gap: 2, mb: 2 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="h5" component="h2" sx={{ fontWeight: 700 }}>
            {t.latestTitle}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t.latestSubtitle}
          </Typography>
        </Box>
        <Button component={RouterLink} to={SHOWCASE_PATH} endIcon={<ArrowForward />} sx={{ minHeight: 40, flexShrink: 0 }}>
          {t.viewAll}
        </Button>
      </Box>
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "minmax(0,1fr)", sm: "repeat(3, minmax(0,1fr))" } }}>
        {latest.isPending
          ? [0, 1, 2].map((i) => <Skeleton key={i} variant="rounded" height={300} />)
          : latest.data.map((e) => <ShowcaseCard key={e.id} e={e} />)}
      </Box>
    </Box>
  );
}

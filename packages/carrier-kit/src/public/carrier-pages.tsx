import { useState, type ReactNode } from "react";
import { Link as RouterLink, useParams } from "react-router";
import { useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Chip from "@mui/material/Chip";
import Container from "@mui/material/Container";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { RecognitionLevel, type TRecognitionLevel } from "@qifu/domain";
import { EmptyState, ErrorState, LabelRow, LoadingState } from "@qifu/ui";
import type { PublicTownsClient, TPublicLang } from "@qifu/ui/public";

/**
 * The public pages of a service carrier (station, park, base, cluster, and any carrier the
 * generator adds): a list of the active ones, searchable and filtered by town (and the feature's
 * own selects), one card each and one column on a phone; and a page per carrier. The feature
 * supplies its procedures, texts, the content of a card and of the page.
 */

/** A carrier row as its public procedures return it: what the shared frame shows. */
export type TPublicCarrier = { id: string; name: string; townName: string; townNameEn?: string | null };

/** The town of a carrier in the page language (Chinese when it has no English name). */
export const carrierTownName = (x: { townName: string; townNameEn?: string | null }, lang: TPublicLang) =>
  (lang === "en" && x.townNameEn) || x.townName;

/** `{ list, one(id) }` of a carrier's public pages, from its URL segment. */
export const carrierPaths = (segment: string) => ({ list: `/${segment}`, one: (id: string) => `/${segment}/${encodeURIComponent(id)}` });

export type TCarrierListText = {
  title: string;
  intro: string;
  searchLabel: string;
  town: string;
  all: string;
  error: string;
  emptyTitle: string;
  emptyHint: string;
  resultCount: (n: number) => string;
};

/** The search every carrier's `publicList` takes; a feature adds its own select filters. */
export type TCarrierSearch = { q?: string; townId?: string; page: number; perPage: number };

/** A select filter of the feature's own (chain, kind …), shown before the town. */
export type TCarrierSelectFilter = { key: string; label: string; all: string; choices: { id: string; name: string }[] };

type TListProps<T extends TPublicCarrier> = {
  client: PublicTownsClient;
  lang: TPublicLang;
  text: TCarrierListText;
  /** react-query key of the list, e.g. "serviceStations.publicList" */
  queryKey: string;
  load: (search: TCarrierSearch, filters: Record<string, string | undefined>) => Promise<{ data: T[]; total: number }>;
  filters?: TCarrierSelectFilter[];
  introMaxWidth?: number;
  card: (x: T) => ReactNode;
};

export function CarrierListPage<T extends TPublicCarrier>({
  client,
  lang,
  text: t,
  queryKey,
  load,
  filters = [],
  introMaxWidth,
  card,
}: TListProps<T>) {
  const [q, setQ] = useState("");
  const [townId, setTownId] = useState("");
  const [picked, setPicked] = useState<Record<string, string>>({});
  const extra = Object.fromEntries(filters.map((f) => [f.key, picked[f.key] || undefined]));
  const towns = useQuery({ queryKey: ["network.publicTowns"], queryFn: () => client.network.publicTowns.query() });
  const list = useQuery({
    queryKey: [queryKey, { q, townId, ...extra }],
    queryFn: () => load({ q: q || undefined, townId: townId || undefined, page: 1, perPage: 60 }, extra),
  });
  // one select stays narrow beside the search box; several share the row
  const selectSx = filters.length ? { flex: "1 1 140px", minWidth: 130 } : { flex: "0 1 180px", minWidth: 140 };
  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>
        {t.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2, maxWidth: introMaxWidth }}>
        {t.intro}
      </Typography>
      <Box sx={{ display: "flex", gap: 1.5, flexWrap: "wrap", mb: 2 }}>
        <TextField size="small" label={t.searchLabel} value={q} onChange={(e) => setQ(e.target.value)} sx={{ flex: "1 1 220px" }} />
        {filters.map((f) => (
          <TextField
            key={f.key}
            size="small"
            select
            label={f.label}
            value={picked[f.key] ?? ""}
            onChange={(e) => setPicked({ ...picked, [f.key]: e.target.value })}
            sx={selectSx}
          >
            <MenuItem value="">{f.all}</MenuItem>
            {f.choices.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        ))}
        <TextField size="small" select label={t.town} value={townId} onChange={(e) => setTownId(e.target.value)} sx={selectSx}>
          <MenuItem value="">{t.all}</MenuItem>
          {(towns.data ?? []).map((town) => (
            <MenuItem key={town.id} value={town.id}>
              {lang === "en" && town.nameEn ? town.nameEn : town.name}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState message={t.error} onRetry={() => void list.refetch()} />
      ) : list.data.data.length === 0 ? (
        <Card>
          <EmptyState title={t.emptyTitle} description={t.emptyHint} />
        </Card>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t.resultCount(list.data.total)}
          </Typography>
          <Box
            component="ul"
            sx={{
              listStyle: "none",
              m: 0,
              p: 0,
              display: "grid",
              gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))", md: "repeat(3, minmax(0, 1fr))" },
              gap: 2,
            }}
          >
            {list.data.data.map((x) => (
              <li key={x.id}>{card(x)}</li>
            ))}
          </Box>
        </>
      )}
    </Container>
  );
}

/** The kind chip of a carrier and, when it is recognised (national … district demonstration), its level. */
export function CarrierBadges({
  kind,
  recognitionLevel,
  lang,
  mt,
}: {
  kind: string;
  recognitionLevel: TRecognitionLevel;
  lang: TPublicLang;
  mt?: number;
}) {
  return (
    <Box sx={{ display: "flex", gap: 0.75, flexWrap: "wrap", mt }}>
      <Chip label={kind} color="primary" size="small" />
      {recognitionLevel !== "NONE" && <Chip label={RecognitionLevel.label(recognitionLevel, lang)} size="small" variant="outlined" />}
    </Box>
  );
}

/**
 * One carrier in the list: a card that opens its page. With `badges` the lines stack with a gap
 * and `children` (figures) sit at the bottom, so cards of a row line up.
 */
export function CarrierCard({
  to,
  title,
  subtitle,
  badges,
  children,
}: {
  to: string;
  title: string;
  subtitle: ReactNode;
  badges?: ReactNode;
  children?: ReactNode;
}) {
  const stacked = badges !== undefined;
  return (
    <Card sx={{ height: "100%" }}>
      <CardActionArea
        component={RouterLink}
        to={to}
        sx={{ p: 2, height: "100%", ...(stacked ? { display: "flex", flexDirection: "column", alignItems: "stretch", gap: 1 } : {}) }}
      >
        {badges}
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, ...(stacked ? { lineHeight: 1.4 } : {}) }}>
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {subtitle}
        </Typography>
        {children}
      </CardActionArea>
    </Card>
  );
}

type TDetailProps<T extends TPublicCarrier> = {
  lang: TPublicLang;
  text: { back: string; notFound: string };
  listPath: string;
  /** react-query key of the page, e.g. "serviceStations.publicGet" */
  queryKey: string;
  load: (id: string) => Promise<T>;
  badges?: (x: T) => ReactNode;
  children: (x: T) => ReactNode;
};

/** One carrier's page: back to the list, its name and town, then what the feature shows; "not found" for an inactive or unknown id. */
export function CarrierDetailPage<T extends TPublicCarrier>({
  lang,
  text: t,
  listPath,
  queryKey,
  load,
  badges,
  children,
}: TDetailProps<T>) {
  const { id = "" } = useParams();
  const q = useQuery({ queryKey: [queryKey, { id }], queryFn: () => load(id), retry: false });
  if (q.isPending) return <LoadingState />;
  const back = (
    <Button component={RouterLink} to={listPath}>
      {t.back}
    </Button>
  );
  if (q.isError)
    return (
      <Container maxWidth="md" sx={{ py: 4 }}>
        <Card>
          <EmptyState title={t.notFound} action={back} />
        </Card>
      </Container>
    );
  const x = q.data;
  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, md: 4 } }}>
      {back}
      {badges?.(x)}
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" }, mt: 1, wordBreak: "break-word" }}>
        {x.name}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: badges ? 0.5 : 1 }}>
        {carrierTownName(x, lang)}
      </Typography>
      {children(x)}
    </Container>
  );
}

/** A card of "label：value" lines, the description last. */
export function FactsCard({ description, children }: { description?: string | null; children: ReactNode }) {
  return (
    <Card sx={{ p: { xs: 2, sm: 3 }, mt: 2, display: "grid", gap: 1.5 }}>
      {children}
      {description && (
        <Typography variant="body1" sx={{ whiteSpace: "pre-wrap", lineHeight: 1.8 }}>
          {description}
        </Typography>
      )}
    </Card>
  );
}

/** One "label：value" line of a FactsCard. */
export function FactLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Typography variant="body2">
      <b>{label}：</b>
      {children}
    </Typography>
  );
}

/** A card of label/value rows (side by side from `sm`, stacked on a phone), the description first. */
export function DetailCard({ description, children }: { description?: string | null; children: ReactNode }) {
  return (
    <Card sx={{ px: { xs: 2, sm: 3 }, py: 1, mt: 2 }}>
      {description && (
        <Typography variant="body1" sx={{ whiteSpace: "pre-wrap", lineHeight: 1.8, py: 1 }}>
          {description}
        </Typography>
      )}
      {children}
    </Card>
  );
}

/** One row of a DetailCard. */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <LabelRow label={label} valueSx={{ minWidth: 0, wordBreak: "break-word" }}>
      {children}
    </LabelRow>
  );
}

/** The enterprises of a carrier (members, residents): one line each, its name first, then what the feature adds. */
export function EnterpriseLines<T>({
  items,
  itemKey,
  name,
  empty,
  children,
}: {
  items: T[];
  itemKey: (x: T) => string;
  name: (x: T) => string;
  empty: string;
  children: (x: T) => ReactNode;
}) {
  if (items.length === 0)
    return (
      <Card>
        <EmptyState title={empty} compact />
      </Card>
    );
  return (
    <Card component="ul" sx={{ listStyle: "none", m: 0, p: 0 }}>
      {items.map((x) => (
        <Box
          component="li"
          key={itemKey(x)}
          sx={{
            display: "flex",
            alignItems: "center",
            gap: 1,
            flexWrap: "wrap",
            px: 2,
            py: 1.25,
            borderBottom: "1px solid",
            borderColor: "divider",
          }}
        >
          <Typography variant="body2" sx={{ fontWeight: 500, flex: "1 1 200px", minWidth: 0 }}>
            {name(x)}
          </Typography>
          {children(x)}
        </Box>
      ))}
    </Card>
  );
}

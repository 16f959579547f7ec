import { useState, type ReactNode } from "react";
import { Link as RouterLink, useParams } from "react-router";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import CardContent from "@mui/material/CardContent";
import Container from "@mui/material/Container";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, formatFen, LoadingState, StatusChip } from "@qifu/ui";
import { SearchResults } from "@qifu/ui/public";
import { PolicyLevel, SupportKind, type TPolicy, type TPolicyLevel, type TSupportKind } from "../schemas";
import { MY_POLICIES_PATH, POLICIES_PATH, usePoliciesPublic } from "./context";

/** "申报期 2026-01-06 至 2026-12-31", "免申即享" or "长期受理". */
/** What a policy gives, with its cap unless the words already state it ("最高50万元"). */
function supportLine(p: { supportText: string; maxAmountFen: number | null }, most: string, lang: "zh" | "en") {
  const said = /最高|上限|up to/i.test(p.supportText);
  return p.maxAmountFen !== null && !said ? `${p.supportText}（${most} ${formatFen(p.maxAmountFen, lang)}）` : p.supportText;
}

export function windowText(p: TPolicy, t: ReturnType<typeof usePoliciesPublic>["t"]) {
  if (p.autoGrant) return t.auto;
  if (!p.applyFrom && !p.applyTo) return t.noWindow;
  return `${t.window} ${t.windowOpen.replace("%s", p.applyFrom ?? "—").replace("%s", p.applyTo ?? "—")}`;
}

/** One policy as a card: title, issuer, support in a line, window; `children` adds an action or the reasons. */
export function PolicyCard({ p, children, link = true }: { p: TPolicy; children?: ReactNode; link?: boolean }) {
  const { t, lang } = usePoliciesPublic();
  const body = (
    <CardContent sx={{ display: "grid", gap: 0.5 }}>
      <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap" }}>
        <StatusChip label={PolicyLevel.label(p.level, lang)} tone="default" />
        <StatusChip label={SupportKind.label(p.supportKind, lang)} tone="info" />
        {p.autoGrant && <StatusChip label={t.auto} tone="success" />}
      </Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {p.title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {p.issuer}
        {p.docNumber ? ` · ${p.docNumber}` : ""}
      </Typography>
      <Typography variant="body2">{supportLine(p, t.most, lang)}</Typography>
      <Typography variant="caption" color="text.secondary">
        {windowText(p, t)}
      </Typography>
    </CardContent>
  );
  return (
    <Card variant="outlined" sx={{ height: "100%" }} data-testid="policy-card">
      {link ? (
        <CardActionArea component={RouterLink} to={`${POLICIES_PATH}/${p.id}`}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
      {children && <Box sx={{ px: 2, pb: 2 }}>{children}</Box>}
    </Card>
  );
}

/** A drop-down of an enum's choices with "all" first. */
function ChoiceFilter<T extends string>({
  all,
  value,
  onChange,
  choices,
  width,
}: {
  all: string;
  value: "" | T;
  onChange: (v: "" | T) => void;
  choices: { id: T; name: string }[];
  width: number;
}) {
  return (
    <TextField select size="small" label={all} value={value} onChange={(e) => onChange(e.target.value as "" | T)} sx={{ minWidth: width }}>
      <MenuItem value="">{all}</MenuItem>
      {choices.map((c) => (
        <MenuItem key={c.id} value={c.id}>
          {c.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** 惠企政策: search in Chinese (the server segments the words), filters, and the way to 我能享受什么. */
export function PoliciesPage() {
  const { client, t, lang } = usePoliciesPublic();
  const [q, setQ] = useState("");
  const [level, setLevel] = useState<"" | TPolicyLevel>("");
  const [kind, setKind] = useState<"" | TSupportKind>("");
  const result = useQuery({
    queryKey: ["policies", "public", q, level, kind],
    queryFn: () =>
      client.policies.publicList.query({ q: q || undefined, level: level || undefined, supportKind: kind || undefined, perPage: 50 }),
    placeholderData: keepPreviousData,
  });
  return (
    <Container maxWidth="lg" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.intro}
      </Typography>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 1 }}>
        <TextField
          size="small"
          label={t.search}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          sx={{ flex: "1 1 240px" }}
          slotProps={{ htmlInput: { "data-testid": "policy-search" } }}
        />
        <ChoiceFilter all={t.allLevels} value={level} onChange={setLevel} choices={PolicyLevel.choices(lang)} width={120} />
        <ChoiceFilter all={t.allKinds} value={kind} onChange={setKind} choices={SupportKind.choices(lang)} width={140} />
        <Button variant="contained" component={RouterLink} to={MY_POLICIES_PATH} sx={{ minHeight: 40 }} data-testid="policy-mine-cta">
          {t.mineCta}
        </Button>
      </Box>
      <SearchResults
        result={result}
        total={result.data?.total ?? 0}
        lang={lang}
        empty={{ title: t.empty, description: t.emptyHint }}
        card={(p) => <PolicyCard p={p} />}
        dimStale
      />
    </Container>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ display: "grid", gap: 0.5 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** One policy in plain words: the summary, who qualifies as sentences, the support, the window, how to apply; the document after. */
export function PolicyPage() {
  const { id = "" } = useParams();
  const { client, t, lang } = usePoliciesPublic();
  const policy = useQuery({ queryKey: ["policies", "public", id], queryFn: () => client.policies.publicGet.query({ id }), retry: false });
  const p = policy.data;
  return (
    <Container maxWidth="md" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
      <Button component={RouterLink} to={POLICIES_PATH} size="small" sx={{ mb: 1 }}>
        ← {t.back}
      </Button>
      {policy.isPending ? (
        <LoadingState />
      ) : policy.isError || !p ? (
        (policy.error as { data?: { code?: string } } | null)?.data?.code === "NOT_FOUND" ? (
          <EmptyState title={t.notFound} />
        ) : (
          <ErrorState message={policy.error?.message} onRetry={() => policy.refetch()} />
        )
      ) : (
        <Box sx={{ display: "grid", gap: 2.5 }} data-testid="policy-page">
          <Box>
            <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap", mb: 1 }}>
              <StatusChip label={PolicyLevel.label(p.level, lang)} tone="default" />
              <StatusChip label={SupportKind.label(p.supportKind, lang)} tone="info" />
              {p.autoGrant && <StatusChip label={t.auto} tone="success" />}
            </Box>
            <Typography variant="h5" component="h1">
              {p.title}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {p.issuer}
              {p.docNumber ? ` · ${p.docNumber}` : ""}
              {p.issuedOn ? ` · ${p.issuedOn}` : ""}
            </Typography>
          </Box>
          <Section title={t.summary}>
            <Typography variant="body1">{p.summary}</Typography>
          </Section>
          <Section title={t.who}>
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {p.whoQualifies.map((w) => (
                <li key={w.zh}>
                  <Typography variant="body1">{w[lang]}</Typography>
                </li>
              ))}
            </Box>
          </Section>
          <Section title={t.support}>
            <Typography variant="body1">{supportLine(p, t.most, lang)}</Typography>
          </Section>
          <Section title={t.howToApply}>
            <Typography variant="body1">{windowText(p, t)}</Typography>
            {p.howToApply && <Typography variant="body2">{p.howToApply}</Typography>}
            <Typography variant="body2" color="text.secondary">
              {t.handler}：{p.handlerName ?? "—"}
            </Typography>
            <Box>
              <Button variant="contained" component={RouterLink} to={MY_POLICIES_PATH} sx={{ minHeight: 40, mt: 1 }}>
                {t.mineCta}
              </Button>
            </Box>
          </Section>
          {p.fullText && (
            <Section title={t.fullText}>
              <Typography variant="body2" sx={{ whiteSpace: "pre-wrap", color: "text.secondary" }}>
                {p.fullText}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {t.effective}：{p.effectiveFrom ?? "—"} ～ {p.effectiveTo ?? "—"}
              </Typography>
            </Section>
          )}
        </Box>
      )}
    </Container>
  );
}

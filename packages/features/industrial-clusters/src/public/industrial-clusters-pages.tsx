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
import { CultivationTier, RecognitionLevel } from "@qifu/domain";
import { EmptyState, ErrorState, formatDate, formatNumber, LoadingState, StatusChip } from "@qifu/ui";
import { KeyChain, MemberRole, type TIndustrialCluster, type TKeyChain } from "../schemas";
import { ChainMap } from "../shared/chain-map";
import { useIndustrialClustersPublic } from "./context";

export const industrialClustersPaths = { list: "/industrial-clusters", one: (id: string) => `/industrial-clusters/${encodeURIComponent(id)}` };

function ClusterCard({ x }: { x: TIndustrialCluster }) {
  const { t, lang } = useIndustrialClustersPublic();
  return (
    <Card sx={{ height: "100%" }}>
      <CardActionArea component={RouterLink} to={industrialClustersPaths.one(x.id)} sx={{ p: 2, height: "100%", display: "flex", flexDirection: "column", alignItems: "stretch", gap: 1 }}>
        <Box sx={{ display: "flex", gap: 0.75, flexWrap: "wrap" }}>
          <Chip label={KeyChain.label(x.chain, lang)} color="primary" size="small" />
          {x.recognitionLevel !== "NONE" && <Chip label={RecognitionLevel.label(x.recognitionLevel, lang)} size="small" variant="outlined" />}
        </Box>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, lineHeight: 1.4 }}>{x.name}</Typography>
        <Typography variant="body2" color="text.secondary">{(lang === "en" && x.townNameEn) || x.townName} · {x.leadUnit}</Typography>
        <Box sx={{ mt: "auto", pt: 1, display: "flex", gap: 1, flexWrap: "wrap" }}>
          <StatusChip label={t.membersShort(x.memberCount)} tone="info" />
          <StatusChip label={x.gapCount ? t.gapsShort(x.gapCount) : t.noGaps} tone={x.gapCount ? "danger" : "success"} />
        </Box>
      </CardActionArea>
    </Card>
  );
}

/** The active clusters, searchable and filtered by town and chain; one card each, one column on a phone. */
export function IndustrialClustersListPage() {
  const { client, t, lang } = useIndustrialClustersPublic();
  const [q, setQ] = useState("");
  const [townId, setTownId] = useState("");
  const [chain, setChain] = useState<TKeyChain | "">("");
  const towns = useQuery({ queryKey: ["network.publicTowns"], queryFn: () => client.network.publicTowns.query() });
  const list = useQuery({
    queryKey: ["industrialClusters.publicList", { q, townId, chain }],
    queryFn: () => client.industrialClusters.publicList.query({ q: q || undefined, townId: townId || undefined, chain: chain || undefined, page: 1, perPage: 60 }),
  });
  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>{t.title}</Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2, maxWidth: 760 }}>{t.intro}</Typography>
      <Box sx={{ display: "flex", gap: 1.5, flexWrap: "wrap", mb: 2 }}>
        <TextField size="small" label={t.searchLabel} value={q} onChange={(e) => setQ(e.target.value)} sx={{ flex: "1 1 220px" }} />
        <TextField size="small" select label={t.chain} value={chain} onChange={(e) => setChain(e.target.value as TKeyChain | "")} sx={{ flex: "1 1 140px", minWidth: 130 }}>
          <MenuItem value="">{t.allChains}</MenuItem>
          {KeyChain.choices(lang).map((k) => <MenuItem key={k.id} value={k.id}>{k.name}</MenuItem>)}
        </TextField>
        <TextField size="small" select label={t.town} value={townId} onChange={(e) => setTownId(e.target.value)} sx={{ flex: "1 1 140px", minWidth: 130 }}>
          <MenuItem value="">{t.all}</MenuItem>
          {(towns.data ?? []).map((town) => (
            <MenuItem key={town.id} value={town.id}>{lang === "en" && town.nameEn ? town.nameEn : town.name}</MenuItem>
          ))}
        </TextField>
      </Box>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState message={t.error} onRetry={() => void list.refetch()} />
      ) : list.data.data.length === 0 ? (
        <Card><EmptyState title={t.emptyTitle} description={t.emptyHint} /></Card>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t.resultCount(list.data.total)}</Typography>
          <Box component="ul" sx={{ listStyle: "none", m: 0, p: 0, display: "grid", gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))", md: "repeat(3, minmax(0, 1fr))" }, gap: 2 }}>
            {list.data.data.map((x) => <li key={x.id}><ClusterCard x={x} /></li>)}
          </Box>
        </>
      )}
    </Container>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "120px minmax(0, 1fr)" }, gap: { xs: 0.25, sm: 2 }, py: 1, borderBottom: "1px solid", borderColor: "divider" }}>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
      <Box sx={{ typography: "body2", minWidth: 0, wordBreak: "break-word" }}>{children}</Box>
    </Box>
  );
}

/** One active cluster: its chain with the gaps, and the members covering each link. */
export function IndustrialClustersPage() {
  const { id = "" } = useParams();
  const { client, t, lang } = useIndustrialClustersPublic();
  const q = useQuery({ queryKey: ["industrialClusters.publicGet", { id }], queryFn: () => client.industrialClusters.publicGet.query({ id }), retry: false });
  if (q.isPending) return <LoadingState />;
  const back = <Button component={RouterLink} to={industrialClustersPaths.list}>{t.back}</Button>;
  if (q.isError)
    return (
      <Container maxWidth="md" sx={{ py: 4 }}>
        <Card><EmptyState title={t.notFound} action={back} /></Card>
      </Container>
    );
  const x = q.data;
  const linkName = new Map(x.links.map((l) => [l.key, l.name]));
  const gaps = x.links.filter((l) => l.gap);
  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, md: 4 } }}>
      {back}
      <Box sx={{ display: "flex", gap: 0.75, flexWrap: "wrap", mt: 1 }}>
        <Chip label={KeyChain.label(x.chain, lang)} color="primary" size="small" />
        {x.recognitionLevel !== "NONE" && <Chip label={RecognitionLevel.label(x.recognitionLevel, lang)} size="small" variant="outlined" />}
      </Box>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" }, mt: 1, wordBreak: "break-word" }}>{x.name}</Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5 }}>{(lang === "en" && x.townNameEn) || x.townName}</Typography>
      <Card sx={{ px: { xs: 2, sm: 3 }, py: 1, mt: 2 }}>
        {x.description && <Typography variant="body1" sx={{ whiteSpace: "pre-wrap", lineHeight: 1.8, py: 1 }}>{x.description}</Typography>}
        <Row label={t.leadUnit}>{x.leadUnit}</Row>
        {x.operatorNodeName && <Row label={t.node}>{x.operatorNodeName}</Row>}
        {x.annualOutputWan != null && <Row label={t.output}>{t.outputText(formatNumber(x.annualOutputWan, lang))}</Row>}
        <Row label={t.establishedOn}>{formatDate(x.establishedOn, lang)}</Row>
        {(x.contactName || x.contactPhone) && <Row label={t.contact}>{[x.contactName, x.contactPhone].filter(Boolean).join(" ")}</Row>}
      </Card>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>{t.chainMap}</Typography>
      <Card sx={{ p: { xs: 2, sm: 2.5 } }}>
        <ChainMap links={x.links} lang={lang} />
        {gaps.length > 0 && (
          <Typography variant="body2" sx={{ mt: 1.5, color: "error.main", fontWeight: 500 }}>
            {t.gaps}：{gaps.map((g) => g.name).join(lang === "zh" ? "、" : ", ")}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" sx={{ display: "block", mt: 1 }}>{t.chainHint}</Typography>
      </Card>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>{t.members}</Typography>
      {x.members.length === 0 ? (
        <Card><EmptyState title={t.noMembers} compact /></Card>
      ) : (
        <Card component="ul" sx={{ listStyle: "none", m: 0, p: 0 }}>
          {x.members.map((m) => (
            <Box component="li" key={m.enterpriseId} sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap", px: 2, py: 1.25, borderBottom: "1px solid", borderColor: "divider" }}>
              <Typography variant="body2" sx={{ fontWeight: 500, flex: "1 1 200px", minWidth: 0 }}>{m.name}</Typography>
              <StatusChip label={MemberRole.label(m.role, lang)} tone={m.role === "LEADER" ? "success" : m.role === "CORE" ? "info" : "default"} />
              {m.tier !== "NONE" && <Chip label={CultivationTier.label(m.tier, lang)} size="small" variant="outlined" />}
              <Typography variant="caption" color="text.secondary" sx={{ flexBasis: "100%" }}>
                {t.covers}：{m.linkKeys.map((k) => linkName.get(k)).filter(Boolean).join(lang === "zh" ? "、" : ", ") || "—"}
              </Typography>
            </Box>
          ))}
        </Card>
      )}
    </Container>
  );
}

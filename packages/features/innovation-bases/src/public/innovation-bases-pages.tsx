import { useState, type ReactNode } from "react";
import { Link as RouterLink, useParams } from "react-router";
import { useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Chip from "@mui/material/Chip";
import Container from "@mui/material/Container";
import LinearProgress from "@mui/material/LinearProgress";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { CultivationTier, RecognitionLevel } from "@qifu/domain";
import { EmptyState, ErrorState, formatDate, formatFen, formatNumber, formatPercent, LoadingState, StatCard, StatusChip } from "@qifu/ui";
import { InnovationBaseKind, ResidencyStatus, type TInnovationBase, type TInnovationBaseKind } from "../schemas";
import { useInnovationBasesPublic } from "./context";

export const innovationBasesPaths = { list: "/innovation-bases", one: (id: string) => `/innovation-bases/${encodeURIComponent(id)}` };

function BaseCard({ x }: { x: TInnovationBase }) {
  const { t, lang } = useInnovationBasesPublic();
  return (
    <Card sx={{ height: "100%" }}>
      <CardActionArea component={RouterLink} to={innovationBasesPaths.one(x.id)} sx={{ p: 2, height: "100%", display: "flex", flexDirection: "column", alignItems: "stretch", gap: 1 }}>
        <Box sx={{ display: "flex", gap: 0.75, flexWrap: "wrap" }}>
          <Chip label={InnovationBaseKind.label(x.kind, lang)} color="primary" size="small" />
          {x.recognitionLevel !== "NONE" && <Chip label={RecognitionLevel.label(x.recognitionLevel, lang)} size="small" variant="outlined" />}
        </Box>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, lineHeight: 1.4 }}>{x.name}</Typography>
        <Typography variant="body2" color="text.secondary">{(lang === "en" && x.townNameEn) || x.townName} · {x.operatorName}</Typography>
        <Box sx={{ mt: "auto", pt: 1 }}>
          <Box sx={{ display: "flex", justifyContent: "space-between", typography: "caption", color: "text.secondary", mb: 0.5 }}>
            <span>{t.occupancy} {formatPercent(x.occupancy)}</span>
            <span>{t.residentsShort(x.residentCount)}</span>
          </Box>
          <LinearProgress variant="determinate" value={x.occupancy * 100} sx={{ height: 6, borderRadius: 3 }} />
        </Box>
      </CardActionArea>
    </Card>
  );
}

/** The active bases, searchable and filtered by town and kind; one card each, one column on a phone. */
export function InnovationBasesListPage() {
  const { client, t, lang } = useInnovationBasesPublic();
  const [q, setQ] = useState("");
  const [townId, setTownId] = useState("");
  const [kind, setKind] = useState<TInnovationBaseKind | "">("");
  const towns = useQuery({ queryKey: ["network.publicTowns"], queryFn: () => client.network.publicTowns.query() });
  const list = useQuery({
    queryKey: ["innovationBases.publicList", { q, townId, kind }],
    queryFn: () => client.innovationBases.publicList.query({ q: q || undefined, townId: townId || undefined, kind: kind || undefined, page: 1, perPage: 60 }),
  });
  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>{t.title}</Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2, maxWidth: 760 }}>{t.intro}</Typography>
      <Box sx={{ display: "flex", gap: 1.5, flexWrap: "wrap", mb: 2 }}>
        <TextField size="small" label={t.searchLabel} value={q} onChange={(e) => setQ(e.target.value)} sx={{ flex: "1 1 220px" }} />
        <TextField size="small" select label={t.kind} value={kind} onChange={(e) => setKind(e.target.value as TInnovationBaseKind | "")} sx={{ flex: "1 1 140px", minWidth: 130 }}>
          <MenuItem value="">{t.allKinds}</MenuItem>
          {InnovationBaseKind.choices(lang).map((k) => <MenuItem key={k.id} value={k.id}>{k.name}</MenuItem>)}
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
            {list.data.data.map((x) => <li key={x.id}><BaseCard x={x} /></li>)}
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

/** One active base: its figures, space, team and the enterprises it incubates. */
export function InnovationBasesPage() {
  const { id = "" } = useParams();
  const { client, t, lang } = useInnovationBasesPublic();
  const q = useQuery({ queryKey: ["innovationBases.publicGet", { id }], queryFn: () => client.innovationBases.publicGet.query({ id }), retry: false });
  if (q.isPending) return <LoadingState />;
  const back = <Button component={RouterLink} to={innovationBasesPaths.list}>{t.back}</Button>;
  if (q.isError)
    return (
      <Container maxWidth="md" sx={{ py: 4 }}>
        <Card><EmptyState title={t.notFound} action={back} /></Card>
      </Container>
    );
  const x = q.data;
  const f = x.figures;
  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, md: 4 } }}>
      {back}
      <Box sx={{ display: "flex", gap: 0.75, flexWrap: "wrap", mt: 1 }}>
        <Chip label={InnovationBaseKind.label(x.kind, lang)} color="primary" size="small" />
        {x.recognitionLevel !== "NONE" && <Chip label={RecognitionLevel.label(x.recognitionLevel, lang)} size="small" variant="outlined" />}
      </Box>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" }, mt: 1, wordBreak: "break-word" }}>{x.name}</Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5 }}>{(lang === "en" && x.townNameEn) || x.townName}</Typography>
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "repeat(2, minmax(0, 1fr))", sm: "repeat(4, minmax(0, 1fr))" }, gap: { xs: 1, sm: 2 }, mt: 2 }}>
        <StatCard label={t.occupancy} value={formatPercent(f.occupancy)} />
        <StatCard label={t.inResidence} value={f.inResidence} tone="success" />
        <StatCard label={t.graduated} value={f.graduated} />
        <StatCard label={t.grown} value={f.grownAboveSize} tone="warning" />
      </Box>
      <Card sx={{ px: { xs: 2, sm: 3 }, py: 1, mt: 2 }}>
        {x.description && <Typography variant="body1" sx={{ whiteSpace: "pre-wrap", lineHeight: 1.8, py: 1 }}>{x.description}</Typography>}
        <Row label={t.space}>{t.area(formatNumber(x.floorAreaTotal, lang), formatNumber(x.floorAreaAvailable, lang))}</Row>
        <Row label={t.facilities}>
          <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>{x.sharedFacilities.length ? x.sharedFacilities.map((s) => <Chip key={s} label={s} size="small" variant="outlined" />) : "—"}</Box>
        </Row>
        <Row label={t.team}>{t.teamText(x.serviceTeamSize, x.mentorCount)}{x.serviceTeamNote ? `。${x.serviceTeamNote}` : ""}</Row>
        {f.financingFen > 0 && <Row label={t.financing}>{formatFen(f.financingFen, lang)}</Row>}
        <Row label={t.operator}>{x.operatorName}</Row>
        {x.address && <Row label={t.address}>{x.address}</Row>}
        {(x.contactName || x.contactPhone) && <Row label={t.contact}>{[x.contactName, x.contactPhone].filter(Boolean).join(" ")}</Row>}
        <Row label={t.openedOn}>{formatDate(x.openedOn, lang)}</Row>
      </Card>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>{t.residents}</Typography>
      {x.residents.length === 0 ? (
        <Card><EmptyState title={t.noResidents} compact /></Card>
      ) : (
        <Card component="ul" sx={{ listStyle: "none", m: 0, p: 0 }}>
          {x.residents.map((r) => (
            <Box component="li" key={r.enterpriseId} sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap", px: 2, py: 1.25, borderBottom: "1px solid", borderColor: "divider" }}>
              <Typography variant="body2" sx={{ fontWeight: 500, flex: "1 1 200px", minWidth: 0 }}>{r.name}</Typography>
              {r.tier !== "NONE" && <Chip label={CultivationTier.label(r.tier, lang)} size="small" variant="outlined" />}
              <StatusChip label={ResidencyStatus.label(r.status, lang)} tone={r.status === "GRADUATED" ? "success" : "info"} />
              <Typography variant="caption" color="text.secondary">{t.movedIn} {formatDate(r.movedInOn, lang)}</Typography>
            </Box>
          ))}
        </Card>
      )}
    </Container>
  );
}

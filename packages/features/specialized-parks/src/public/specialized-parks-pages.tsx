import { useState } from "react";
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
import { CultivationTier } from "@qifu/domain";
import { EmptyState, ErrorState, formatDate, formatNumber, LoadingState } from "@qifu/ui";
import { SpecializedParkStatus } from "../schemas";
import { useSpecializedParksPublic } from "./context";

export const specializedParksPaths = { list: "/specialized-parks", one: (id: string) => `/specialized-parks/${encodeURIComponent(id)}` };

/** The active ones, searchable and filtered by town; one card each, one column on a phone. */
export function SpecializedParksListPage() {
  const { client, t, lang } = useSpecializedParksPublic();
  const [q, setQ] = useState("");
  const [townId, setTownId] = useState("");
  const towns = useQuery({ queryKey: ["network.publicTowns"], queryFn: () => client.network.publicTowns.query() });
  const list = useQuery({
    queryKey: ["specializedParks.publicList", { q, townId }],
    queryFn: () => client.specializedParks.publicList.query({ q: q || undefined, townId: townId || undefined, page: 1, perPage: 60 }),
  });
  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>{t.title}</Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2 }}>{t.intro}</Typography>
      <Box sx={{ display: "flex", gap: 1.5, flexWrap: "wrap", mb: 2 }}>
        <TextField size="small" label={t.searchLabel} value={q} onChange={(e) => setQ(e.target.value)} sx={{ flex: "1 1 220px" }} />
        <TextField size="small" select label={t.town} value={townId} onChange={(e) => setTownId(e.target.value)} sx={{ flex: "0 1 180px", minWidth: 140 }}>
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
          <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr", md: "1fr 1fr 1fr" }, gap: 2 }}>
            {list.data.data.map((x) => (
              <Card key={x.id}>
                <CardActionArea component={RouterLink} to={specializedParksPaths.one(x.id)} sx={{ p: 2, height: "100%" }}>
                  <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{x.name}</Typography>
                  <Typography variant="body2" color="text.secondary">{(lang === "en" && x.townNameEn) || x.townName} · {SpecializedParkStatus.label(x.status, lang)}</Typography>
                  {x.leadingIndustry && <Typography variant="body2" sx={{ mt: 0.5 }}>{x.leadingIndustry}</Typography>}
                  <Typography variant="body2" color="primary.dark">{t.residents(x.residentCount)}</Typography>
                </CardActionArea>
              </Card>
            ))}
          </Box>
        </>
      )}
    </Container>
  );
}

/** One active one, with its details. */
export function SpecializedParksPage() {
  const { id = "" } = useParams();
  const { client, t, lang } = useSpecializedParksPublic();
  const q = useQuery({ queryKey: ["specializedParks.publicGet", { id }], queryFn: () => client.specializedParks.publicGet.query({ id }), retry: false });
  if (q.isPending) return <LoadingState />;
  const back = <Button component={RouterLink} to={specializedParksPaths.list}>{t.back}</Button>;
  if (q.isError)
    return (
      <Container maxWidth="md" sx={{ py: 4 }}>
        <Card><EmptyState title={t.notFound} action={back} /></Card>
      </Container>
    );
  const x = q.data;
  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, md: 4 } }}>
      {back}
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" }, mt: 1, wordBreak: "break-word" }}>{x.name}</Typography>
      <Typography color="text.secondary" sx={{ mt: 1 }}>{(lang === "en" && x.townNameEn) || x.townName}</Typography>
      <Card sx={{ p: { xs: 2, sm: 3 }, mt: 2, display: "grid", gap: 1.5 }}>
        <Box><Chip size="small" color={x.status === "OPERATING" ? "success" : "warning"} label={SpecializedParkStatus.label(x.status, lang)} /></Box>
        <Typography variant="body2"><b>{t.developer}：</b>{x.developer}</Typography>
        {x.leadingIndustry && <Typography variant="body2"><b>{t.industry}：</b>{x.leadingIndustry}</Typography>}
        {x.address && <Typography variant="body2"><b>{t.address}：</b>{x.address}</Typography>}
        <Typography variant="body2"><b>{t.area}：</b>{t.areaText(formatNumber(x.landAreaSqm), formatNumber(x.floorAreaSqm))}</Typography>
        {x.openedOn && <Typography variant="body2"><b>{t.openedOn}：</b>{formatDate(x.openedOn, lang)}</Typography>}
        {x.description && <Typography variant="body1" sx={{ whiteSpace: "pre-wrap", lineHeight: 1.8 }}>{x.description}</Typography>}
      </Card>
      <Card sx={{ p: { xs: 2, sm: 3 }, mt: 2 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>{t.residents(x.residents.length)}</Typography>
        {x.residents.length === 0 ? (
          <Typography variant="body2" color="text.secondary">{t.noResidents}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: "none" }}>
            {x.residents.map((r) => (
              <Box component="li" key={r.id} sx={{ display: "flex", gap: 1, alignItems: "center", py: 0.75, borderBottom: "1px solid", borderColor: "divider", flexWrap: "wrap" }}>
                <Typography variant="body2" sx={{ flex: "1 1 180px" }}>{r.enterpriseName}</Typography>
                {r.tier !== "NONE" && <Chip size="small" color="primary" variant="outlined" label={CultivationTier.label(r.tier, lang)} />}
              </Box>
            ))}
          </Box>
        )}
      </Card>
    </Container>
  );
}

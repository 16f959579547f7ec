import { useState } from "react";
import { Link as RouterLink, useParams } from "react-router";
import { useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Chip from "@mui/material/Chip";
import Container from "@mui/material/Container";
import Link from "@mui/material/Link";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { ServiceCategory } from "@qifu/domain";
import { EmptyState, ErrorState, formatDate, LoadingState } from "@qifu/ui";
import { StationOperatorKind } from "../schemas";
import { useServiceStationsPublic } from "./context";

export const serviceStationsPaths = { list: "/service-stations", one: (id: string) => `/service-stations/${encodeURIComponent(id)}` };

/** The active ones, searchable and filtered by town; one card each, one column on a phone. */
export function ServiceStationsListPage() {
  const { client, t, lang } = useServiceStationsPublic();
  const [q, setQ] = useState("");
  const [townId, setTownId] = useState("");
  const towns = useQuery({ queryKey: ["network.publicTowns"], queryFn: () => client.network.publicTowns.query() });
  const list = useQuery({
    queryKey: ["serviceStations.publicList", { q, townId }],
    queryFn: () => client.serviceStations.publicList.query({ q: q || undefined, townId: townId || undefined, page: 1, perPage: 60 }),
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
                <CardActionArea component={RouterLink} to={serviceStationsPaths.one(x.id)} sx={{ p: 2, height: "100%" }}>
                  <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{x.name}</Typography>
                  <Typography variant="body2" color="text.secondary">{(lang === "en" && x.townNameEn) || x.townName} · {x.operatorName}</Typography>
                  <Typography variant="body2" sx={{ mt: 0.5 }}>{x.openingHours}</Typography>
                  <Typography variant="body2" color="primary.dark">{t.onCall}：{x.onCallPhone}</Typography>
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
export function ServiceStationsPage() {
  const { id = "" } = useParams();
  const { client, t, lang } = useServiceStationsPublic();
  const q = useQuery({ queryKey: ["serviceStations.publicGet", { id }], queryFn: () => client.serviceStations.publicGet.query({ id }), retry: false });
  if (q.isPending) return <LoadingState />;
  const back = <Button component={RouterLink} to={serviceStationsPaths.list}>{t.back}</Button>;
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
        <Box sx={{ p: 1.5, borderRadius: 1, bgcolor: "primary.50", border: "1px solid", borderColor: "primary.light" }}>
          <Typography variant="subtitle2" color="primary.dark">{t.onCall}</Typography>
          <Link href={`tel:${x.onCallPhone.replace(/[^0-9+]/g, "")}`} variant="h6" underline="hover">{x.onCallPhone}</Link>
          {x.onCallName && <Typography variant="body2" component="span" sx={{ ml: 1 }}>{x.onCallName}</Typography>}
        </Box>
        <Typography variant="body2"><b>{t.hours}：</b>{x.openingHours}</Typography>
        <Typography variant="body2"><b>{t.operator}：</b>{x.operatorName}（{StationOperatorKind.label(x.operatorKind, lang)}）</Typography>
        {x.address && <Typography variant="body2"><b>{t.address}：</b>{x.address}</Typography>}
        <Typography variant="body2"><b>{t.staff}：</b>{x.staffOnDuty}</Typography>
        <Typography variant="body2"><b>{t.openedOn}：</b>{formatDate(x.openedOn, lang)}</Typography>
        <Box>
          <Typography variant="body2" sx={{ fontWeight: 700, mb: 0.5 }}>{t.services}</Typography>
          <Box sx={{ display: "flex", gap: 0.75, flexWrap: "wrap" }}>
            {x.serviceCategories.map((c) => <Chip key={c} size="small" label={ServiceCategory.label(c, lang)} />)}
          </Box>
        </Box>
        {x.description && <Typography variant="body1" sx={{ whiteSpace: "pre-wrap", lineHeight: 1.8 }}>{x.description}</Typography>}
      </Card>
    </Container>
  );
}

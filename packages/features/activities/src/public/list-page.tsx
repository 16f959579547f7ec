import { useState } from "react";
import Box from "@mui/material/Box";
import Container from "@mui/material/Container";
import MenuItem from "@mui/material/MenuItem";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { SearchResults } from "@qifu/ui/public";
import { RegistrationStatus } from "../schemas";
import { ActivityCard } from "./activity-card";
import { useActivitiesPublic, useMe } from "./context";

/** An enterprise's own registrations, above the list. */
function MyActivities() {
  const { client, t, lang } = useActivitiesPublic();
  const mine = useQuery({ queryKey: ["activities", "mine"], queryFn: () => client.activities.mine.query() });
  const upcoming = (mine.data ?? []).filter((r) => new Date(r.activity.endsAt).getTime() > Date.now() || (r.attendedAt && !r.rating));
  if (!mine.data) return null;
  return (
    <Box sx={{ mb: 3 }} data-testid="my-activities">
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t.mine}
      </Typography>
      {upcoming.length === 0 ? (
        <Typography color="text.secondary">{t.mineEmpty}</Typography>
      ) : (
        <Box
          sx={{
            display: "grid",
            gap: 2,
            gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "repeat(2, minmax(0, 1fr))", lg: "repeat(3, minmax(0, 1fr))" },
          }}
        >
          {upcoming.map((r) => (
            <ActivityCard
              key={r.id}
              a={r.activity}
              note={
                r.status === "WAITING" ? t.waiting(r.waitingPosition) : r.attendedAt ? t.attended : RegistrationStatus.label(r.status, lang)
              }
            />
          ))}
        </Box>
      )}
    </Box>
  );
}

/** 活动培训: published activities, upcoming or past, by series and words. */
export function ActivitiesListPage() {
  const { client, t, lang } = useActivitiesPublic();
  const me = useMe();
  const [when, setWhen] = useState<"upcoming" | "past">("upcoming");
  const [seriesId, setSeriesId] = useState("");
  const [q, setQ] = useState("");
  const series = useQuery({
    queryKey: ["activities", "series"],
    queryFn: () => client.activities.publicSeries.query(),
    staleTime: 300_000,
  });
  const input = { when, q: q.trim() || undefined, seriesId: seriesId || undefined, page: 1, perPage: 24 };
  const result = useQuery({
    queryKey: ["activities", "public", input],
    queryFn: () => client.activities.publicList.query(input),
    placeholderData: keepPreviousData,
  });
  return (
    <Container maxWidth="lg" sx={{ py: { xs: 2, md: 4 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>
        {t.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2 }}>
        {t.intro}
      </Typography>
      {me.data?.role === "ENTERPRISE" && <MyActivities />}
      <Box sx={{ display: "flex", gap: 1.5, flexWrap: "wrap", alignItems: "center", mb: 1 }}>
        <TextField
          size="small"
          label={t.search}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          sx={{ flex: "1 1 220px" }}
          slotProps={{ htmlInput: { maxLength: 60 } }}
        />
        <TextField
          select
          size="small"
          label={t.allSeries}
          value={seriesId}
          onChange={(e) => setSeriesId(e.target.value)}
          sx={{ flex: "0 1 180px", minWidth: 140 }}
        >
          <MenuItem value="">{t.allSeries}</MenuItem>
          {(series.data ?? []).map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {lang === "zh" ? s.name : s.nameEn}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <Tabs value={when} onChange={(_, v: "upcoming" | "past") => setWhen(v)} sx={{ mb: 1 }}>
        <Tab value="upcoming" label={t.upcoming} />
        <Tab value="past" label={t.past} />
      </Tabs>
      <SearchResults
        result={result}
        total={result.data?.total ?? 0}
        lang={lang}
        dimStale
        empty={{ title: t.empty, description: t.emptyHint }}
        card={(a) => <ActivityCard a={a} />}
      />
    </Container>
  );
}

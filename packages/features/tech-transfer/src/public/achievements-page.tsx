import { useState } from "react";
import { Link as RouterLink } from "react-router";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Container from "@mui/material/Container";
import MenuItem from "@mui/material/MenuItem";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { SearchResults } from "@qifu/ui/public";
import { TechField, type TLab, type TPlatform, type TTechField } from "../schemas";
import { AchievementCard } from "./achievement-card";
import { MY_NEEDS_PATH, useTechTransferPublic } from "./context";

function LabCard({ l }: { l: TLab }) {
  const { t, lang } = useTechTransferPublic();
  return (
    <Card variant="outlined" sx={{ height: "100%" }} data-testid="tt-lab">
      <CardContent sx={{ display: "grid", gap: 0.5 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {l.name}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {l.enterpriseName} × {l.institution}
        </Typography>
        <Typography variant="caption">
          {TechField.label(l.field, lang)} · {t.established.replace("%s", l.establishedOn)}
          {l.townName ? ` · ${l.townName}` : ""}
        </Typography>
      </CardContent>
    </Card>
  );
}

function PlatformCard({ p }: { p: TPlatform }) {
  const { t, lang } = useTechTransferPublic();
  return (
    <Card variant="outlined" sx={{ height: "100%" }} data-testid="tt-platform">
      <CardContent sx={{ display: "grid", gap: 0.5 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {p.name}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {p.operator}
          {p.townName ? ` · ${p.townName}` : ""} · {TechField.label(p.field, lang)}
        </Typography>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {p.services.map((s) => (
            <li key={s.name}>
              <Typography variant="body2">
                {s.name}
                {s.fee ? `（${s.fee}）` : ""}
              </Typography>
            </li>
          ))}
        </Box>
        {p.contact && (
          <Typography variant="caption">
            {t.contact}：{p.contact}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/** 成果转化: the published achievements, joint laboratories and service platforms, for anyone; an enterprise goes on to post a need. */
export function AchievementsPage() {
  const { client, t, lang } = useTechTransferPublic();
  const [tab, setTab] = useState<"a" | "l" | "p">("a");
  const [q, setQ] = useState("");
  const [field, setField] = useState<"" | TTechField>("");
  const achievements = useQuery({
    queryKey: ["techTransfer", "achievements", q, field],
    queryFn: () => client.techAchievements.publicList.query({ q: q || undefined, field: field || undefined, perPage: 60 }),
    placeholderData: keepPreviousData,
    enabled: tab === "a",
  });
  const labs = useQuery({
    queryKey: ["techTransfer", "labs", q],
    queryFn: () => client.jointLabs.publicList.query({ q: q || undefined, perPage: 60 }),
    placeholderData: keepPreviousData,
    enabled: tab === "l",
  });
  const platforms = useQuery({
    queryKey: ["techTransfer", "platforms", q],
    queryFn: () => client.techPlatforms.publicList.query({ q: q || undefined, perPage: 60 }),
    placeholderData: keepPreviousData,
    enabled: tab === "p",
  });
  return (
    <Container maxWidth="lg" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.intro}
      </Typography>
      <Tabs value={tab} onChange={(_, v) => setTab(v)} variant="scrollable" allowScrollButtonsMobile sx={{ mb: 1 }}>
        <Tab value="a" label={t.tabAchievements} />
        <Tab value="l" label={t.tabLabs} />
        <Tab value="p" label={t.tabPlatforms} />
      </Tabs>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 1 }}>
        <TextField size="small" label={t.search} value={q} onChange={(e) => setQ(e.target.value)} sx={{ flex: "1 1 220px" }} />
        {tab === "a" && (
          <TextField
            select
            size="small"
            label={t.allFields}
            value={field}
            onChange={(e) => setField(e.target.value as typeof field)}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">{t.allFields}</MenuItem>
            {TechField.choices(lang).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Button variant="contained" component={RouterLink} to={MY_NEEDS_PATH} sx={{ minHeight: 40 }}>
          {t.postCta}
        </Button>
      </Box>
      {tab === "a" && (
        <SearchResults
          result={achievements}
          total={achievements.data?.total ?? 0}
          lang={lang}
          empty={{ title: t.empty, description: t.intro }}
          card={(a) => <AchievementCard a={a} t={t} lang={lang} />}
          dimStale
        />
      )}
      {tab === "l" && (
        <SearchResults
          result={labs}
          total={labs.data?.total ?? 0}
          lang={lang}
          empty={{ title: t.labsEmpty, description: t.intro }}
          card={(l) => <LabCard l={l} />}
          dimStale
        />
      )}
      {tab === "p" && (
        <SearchResults
          result={platforms}
          total={platforms.data?.total ?? 0}
          lang={lang}
          empty={{ title: t.platformsEmpty, description: t.intro }}
          card={(p) => <PlatformCard p={p} />}
          dimStale
        />
      )}
    </Container>
  );
}

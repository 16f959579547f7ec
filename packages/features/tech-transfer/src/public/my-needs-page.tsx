import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Container from "@mui/material/Container";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, formatFen, LoadingState, MatchList, messageOf, StatusChip } from "@qifu/ui";
import { AccountGate } from "@qifu/ui/public";
import {
  ContactStatus,
  TechField,
  TechNeedStatus,
  WantedMode,
  type TContact,
  type TNeed,
  type TProject,
  type TTechField,
  type TWantedMode,
} from "../schemas";
import { AchievementCard } from "./achievement-card";
import { useTechTransferPublic } from "./context";

const NEEDS_KEY = ["techTransfer", "myNeeds"] as const;
const CONTACTS_KEY = ["techTransfer", "myContacts"] as const;
const PROJECTS_KEY = ["techTransfer", "myProjects"] as const;
const splitWords = (s: string) =>
  s
    .split(/[,，、;；\s]+/)
    .map((w) => w.trim())
    .filter(Boolean);

function PostForm({ onPosted }: { onPosted: (need: TNeed) => void }) {
  const { client, t, lang } = useTechTransferPublic();
  const qc = useQueryClient();
  const [field, setField] = useState<TTechField>("LEATHER");
  const [problem, setProblem] = useState("");
  const [keywords, setKeywords] = useState("");
  const [budget, setBudget] = useState("");
  const [deadline, setDeadline] = useState("");
  const [mode, setMode] = useState<TWantedMode>("ANY");
  const post = useMutation({
    mutationFn: () =>
      client.techNeeds.create.mutate({
        field,
        problem: problem.trim(),
        keywords: splitWords(keywords),
        budgetFen: budget.trim() ? Math.round(Number(budget) * 1_000_000) : null,
        deadline: deadline || null,
        wantedMode: mode,
      }),
    onSuccess: (need) => {
      setProblem("");
      setKeywords("");
      void qc.invalidateQueries({ queryKey: NEEDS_KEY });
      onPosted(need);
    },
  });
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent
        component="form"
        onSubmit={(e) => (e.preventDefault(), post.mutate())}
        sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}
      >
        <TextField select label={t.field} value={field} onChange={(e) => setField(e.target.value as TTechField)}>
          {TechField.choices(lang).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t.wantedMode} value={mode} onChange={(e) => setMode(e.target.value as TWantedMode)}>
          {WantedMode.choices(lang).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          required
          multiline
          minRows={2}
          label={t.problem}
          value={problem}
          onChange={(e) => setProblem(e.target.value)}
          inputProps={{ maxLength: 1000, "data-testid": "need-problem" }}
          sx={{ gridColumn: "1 / -1" }}
        />
        <TextField
          label={t.keywords}
          value={keywords}
          onChange={(e) => setKeywords(e.target.value)}
          inputProps={{ "data-testid": "need-keywords" }}
          sx={{ gridColumn: "1 / -1" }}
        />
        <TextField
          label={t.budgetWan}
          type="number"
          inputProps={{ min: 0, step: 0.01, "data-testid": "need-budget" }}
          value={budget}
          onChange={(e) => setBudget(e.target.value)}
        />
        <TextField
          label={t.deadline}
          type="date"
          InputLabelProps={{ shrink: true }}
          inputProps={{ "data-testid": "need-deadline" }}
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
        />
        {post.error && (
          <Alert severity="error" sx={{ gridColumn: "1 / -1" }}>
            {messageOf(post.error, lang)}
          </Alert>
        )}
        <Box sx={{ gridColumn: "1 / -1" }}>
          <Button type="submit" variant="contained" disabled={post.isPending} sx={{ minHeight: 44, width: { xs: "100%", sm: "auto" } }}>
            {t.post}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}

/** The achievements matched to one need, with the reasons; a card's button contacts its provider. */
function Matches({ need }: { need: TNeed }) {
  const { client, t, lang } = useTechTransferPublic();
  const qc = useQueryClient();
  const matches = useQuery({
    queryKey: ["techTransfer", "matches", need.id],
    queryFn: () => client.techNeeds.matches.query({ needId: need.id }),
  });
  const contact = useMutation({
    mutationFn: (achievementId: string) => client.techContacts.create.mutate({ needId: need.id, achievementId }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["techTransfer", "matches", need.id] });
      void qc.invalidateQueries({ queryKey: CONTACTS_KEY });
    },
  });
  if (matches.isPending) return <LoadingState label={t.loading} />;
  if (matches.error) return <ErrorState message={messageOf(matches.error, lang)} onRetry={() => matches.refetch()} />;
  const m = matches.data;
  return (
    <MatchList
      lang={lang}
      title={t.matches}
      testId="tt"
      emptyTitle={t.empty}
      error={contact.error ? messageOf(contact.error, lang) : null}
      matches={m.matches}
      keyOf={(x) => x.achievement.id}
      renderCard={(x, body) => (
        <AchievementCard a={x.achievement} t={t} lang={lang}>
          {body}
        </AchievementCard>
      )}
      action={(x) => ({
        label: x.contacted ? t.contacted : t.contactProvider,
        done: x.contacted,
        disabled: contact.isPending || need.status !== "OPEN",
        onClick: () => contact.mutate(x.achievement.id),
      })}
      excluded={m.excluded}
      excludedTitle={t.excluded}
      excludedKeyOf={(x) => x.achievement.id}
      excludedName={(x) => `${x.achievement.title} · ${x.achievement.providerName}`}
    />
  );
}

function Progress({ contacts, projects }: { contacts: TContact[]; projects: TProject[] }) {
  const { t, lang } = useTechTransferPublic();
  if (!contacts.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {t.noAnswers}
      </Typography>
    );
  return (
    <Box sx={{ display: "grid", gap: 0.75 }} data-testid="tt-progress">
      {contacts.map((c) => {
        const p = projects.find((x) => x.id === c.projectId);
        return (
          <Box key={c.id} sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
            <Typography variant="body2">
              {c.providerName} · {c.achievementTitle}
            </Typography>
            <StatusChip
              label={ContactStatus.label(c.status, lang)}
              tone={c.status === "SIGNED" ? "success" : c.status === "DECLINED" ? "default" : c.status === "SENT" ? "warning" : "info"}
            />
            <Typography variant="caption" color="text.secondary">
              {p ? t.project.replace("%s", p.title).replace("%a", formatFen(p.contractFen, lang)) : (c.answer ?? "")}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}

/** 我的技术需求: post a need (on a phone too), see its matches with reasons, contact providers, follow the answers and projects. */
export function MyNeedsPage() {
  const { client, t, lang } = useTechTransferPublic();
  const [open, setOpen] = useState<string | null>(null);
  const needs = useQuery({ queryKey: NEEDS_KEY, queryFn: () => client.techNeeds.list.query({ pagination: { page: 1, perPage: 50 } }) });
  const contacts = useQuery({
    queryKey: CONTACTS_KEY,
    queryFn: () => client.techContacts.list.query({ pagination: { page: 1, perPage: 200 } }),
  });
  const projects = useQuery({
    queryKey: PROJECTS_KEY,
    queryFn: () => client.techProjects.list.query({ pagination: { page: 1, perPage: 200 } }),
  });
  return (
    <Container maxWidth="md" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.myTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.myIntro}
      </Typography>
      <AccountGate action={t.postAction}>
        <PostForm onPosted={(n) => setOpen(n.id)} />
        {needs.isPending ? (
          <LoadingState label={t.loading} />
        ) : needs.error ? (
          <ErrorState message={messageOf(needs.error, lang)} onRetry={() => needs.refetch()} />
        ) : needs.data.total === 0 ? (
          <EmptyState title={t.noNeeds} />
        ) : (
          <Box sx={{ display: "grid", gap: 1.5 }}>
            {needs.data.data.map((n) => (
              <Card key={n.id} variant="outlined" data-testid="tt-need">
                <CardContent sx={{ display: "grid", gap: 1 }}>
                  <Box sx={{ display: "flex", gap: 1, alignItems: "baseline", flexWrap: "wrap" }}>
                    <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                      {n.problem}
                    </Typography>
                    <StatusChip label={TechNeedStatus.label(n.status, lang)} tone={n.status === "SIGNED" ? "success" : "info"} />
                  </Box>
                  <Typography variant="caption" color="text.secondary">
                    {n.postedOn} · {TechField.label(n.field, lang)} · {WantedMode.label(n.wantedMode, lang)}
                    {n.budgetFen !== null ? ` · ${formatFen(n.budgetFen, lang)}` : ""}
                    {n.deadline ? ` · ${n.deadline}` : ""}
                  </Typography>
                  <Progress contacts={(contacts.data?.data ?? []).filter((c) => c.needId === n.id)} projects={projects.data?.data ?? []} />
                  <Box>
                    <Button size="small" onClick={() => setOpen(open === n.id ? null : n.id)} sx={{ minHeight: 40 }}>
                      {open === n.id ? t.hideMatches : t.showMatches}
                    </Button>
                  </Box>
                  {open === n.id && <Matches need={n} />}
                </CardContent>
              </Card>
            ))}
          </Box>
        )}
      </AccountGate>
    </Container>
  );
}

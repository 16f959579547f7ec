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
import { Collateral, NeedStatus, SendingStatus, Urgency, type TCollateral, type TNeed, type TSending, type TUrgency } from "../schemas";
import { useFinancingPublic } from "./context";
import { ProductCard } from "./product-card";

const NEEDS_KEY = ["financing", "myNeeds"] as const;
const SENDINGS_KEY = ["financing", "mySendings"] as const;

function PostForm({ onPosted }: { onPosted: (need: TNeed) => void }) {
  const { client, t, lang } = useFinancingPublic();
  const qc = useQueryClient();
  const [amount, setAmount] = useState("");
  const [purpose, setPurpose] = useState("");
  const [term, setTerm] = useState("12");
  const [collateral, setCollateral] = useState<TCollateral>("NONE");
  const [urgency, setUrgency] = useState<TUrgency>("NORMAL");
  const [activityId, setActivityId] = useState("");
  // the 金融+ 对接会 the need may say it was raised at (registered for, or held lately)
  const events = useQuery({ queryKey: ["financing", "events"], queryFn: () => client.financingNeeds.events.query({}) });
  const post = useMutation({
    mutationFn: () =>
      client.financingNeeds.create.mutate({
        amountFen: Math.round(Number(amount) * 1_000_000),
        purpose: purpose.trim(),
        termMonths: Number(term),
        collateral,
        urgency,
        activityId: activityId || null,
      }),
    onSuccess: (need) => {
      setAmount("");
      setPurpose("");
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
        <TextField
          required
          label={t.amountWan}
          type="number"
          inputProps={{ min: 0.01, step: 0.01, "data-testid": "need-amount" }}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
        <TextField
          required
          label={t.termMonths}
          type="number"
          inputProps={{ min: 1, max: 360 }}
          value={term}
          onChange={(e) => setTerm(e.target.value)}
        />
        <TextField
          required
          label={t.purpose}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
          inputProps={{ maxLength: 200, "data-testid": "need-purpose" }}
          sx={{ gridColumn: "1 / -1" }}
        />
        <TextField select label={t.collateral} value={collateral} onChange={(e) => setCollateral(e.target.value as TCollateral)}>
          {Collateral.choices(lang).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t.urgency} value={urgency} onChange={(e) => setUrgency(e.target.value as TUrgency)}>
          {Urgency.choices(lang).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        {!!events.data?.length && (
          <TextField
            select
            label={t.raisedAt}
            value={activityId}
            onChange={(e) => setActivityId(e.target.value)}
            helperText={t.raisedAtHint}
            sx={{ gridColumn: "1 / -1" }}
            inputProps={{ "data-testid": "need-event" }}
          >
            <MenuItem value="">{t.noEvent}</MenuItem>
            {events.data.map((e) => (
              <MenuItem key={e.id} value={e.id}>
                {e.startsOn} · {e.title}
              </MenuItem>
            ))}
          </TextField>
        )}
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

/** The products matched to one need, with the reasons; a product's button sends the need to its institution. */
function Matches({ need }: { need: TNeed }) {
  const { client, t, lang } = useFinancingPublic();
  const qc = useQueryClient();
  const matches = useQuery({
    queryKey: ["financing", "matches", need.id],
    queryFn: () => client.financingNeeds.matches.query({ needId: need.id }),
  });
  const send = useMutation({
    mutationFn: (productId: string) => client.financingSendings.create.mutate({ needId: need.id, productId }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["financing", "matches", need.id] });
      void qc.invalidateQueries({ queryKey: SENDINGS_KEY });
    },
  });
  if (matches.isPending) return <LoadingState label={t.loading} />;
  if (matches.error) return <ErrorState message={messageOf(matches.error, lang)} onRetry={() => matches.refetch()} />;
  const m = matches.data;
  return (
    <MatchList
      lang={lang}
      title={t.matches}
      testId="financing"
      emptyTitle={t.noMatches}
      error={send.error ? messageOf(send.error, lang) : null}
      matches={m.matches}
      keyOf={(x) => x.product.id}
      renderCard={(x, body) => (
        <ProductCard p={x.product} t={t} lang={lang}>
          {body}
        </ProductCard>
      )}
      action={(x) => ({
        label: x.sent ? t.sent : t.send,
        done: x.sent,
        disabled: send.isPending || need.status !== "OPEN",
        onClick: () => send.mutate(x.product.id),
      })}
      excluded={m.excluded}
      excludedTitle={t.excluded}
      excludedKeyOf={(x) => x.product.id}
      excludedName={(x) => `${x.product.name} · ${x.product.nodeName}`}
    />
  );
}

function Answers({ sendings }: { sendings: TSending[] }) {
  const { t, lang } = useFinancingPublic();
  if (!sendings.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {t.noAnswers}
      </Typography>
    );
  return (
    <Box sx={{ display: "grid", gap: 0.75 }} data-testid="financing-answers">
      {sendings.map((s) => (
        <Box key={s.id} sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
          <Typography variant="body2">{s.nodeName}</Typography>
          <StatusChip
            label={SendingStatus.label(s.status, lang)}
            tone={s.status === "GRANTED" ? "success" : s.status === "DECLINED" ? "default" : s.status === "SENT" ? "warning" : "info"}
          />
          <Typography variant="caption" color="text.secondary">
            {s.status === "DECLINED"
              ? s.declineReason
              : [
                  s.approvedFen !== null ? t.approved.replace("%s", formatFen(s.approvedFen, lang)) : null,
                  s.grantedFen !== null ? t.granted.replace("%s", formatFen(s.grantedFen, lang)).replace("%d", s.grantedOn ?? "") : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** 我的融资需求: post a need (on a phone too), see its matches with reasons, send it, follow the answers. */
export function MyNeedsPage() {
  const { client, t, lang } = useFinancingPublic();
  const [open, setOpen] = useState<string | null>(null);
  const needs = useQuery({
    queryKey: NEEDS_KEY,
    queryFn: () => client.financingNeeds.list.query({ pagination: { page: 1, perPage: 50 } }),
  });
  const sendings = useQuery({
    queryKey: SENDINGS_KEY,
    queryFn: () => client.financingSendings.list.query({ pagination: { page: 1, perPage: 200 } }),
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
              <Card key={n.id} variant="outlined" data-testid="financing-need">
                <CardContent sx={{ display: "grid", gap: 1 }}>
                  <Box sx={{ display: "flex", gap: 1, alignItems: "baseline", flexWrap: "wrap" }}>
                    <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                      {formatFen(n.amountFen, lang)} · {n.purpose}
                    </Typography>
                    <StatusChip label={NeedStatus.label(n.status, lang)} tone={n.status === "GRANTED" ? "success" : "info"} />
                  </Box>
                  <Typography variant="caption" color="text.secondary">
                    {n.postedOn} · {n.termMonths}
                    {lang === "zh" ? "个月" : " months"} · {Collateral.label(n.collateral, lang)} · {Urgency.label(n.urgency, lang)}
                  </Typography>
                  <Answers sendings={(sendings.data?.data ?? []).filter((s) => s.needId === n.id)} />
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

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
import { EmptyState, ErrorState, LoadingState, MatchList, messageOf, StatusChip } from "@qifu/ui";
import { AccountGate } from "@qifu/ui/public";
import { KeyChain, PostingKind, type TContact, type TPosting, type TPostingKind } from "../schemas";
import { useSupplyChainPublic } from "./context";

const POSTINGS_KEY = ["supplyChain", "myPostings"] as const;
const CONTACTS_KEY = ["supplyChain", "myContacts"] as const;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const inAYear = () => new Date(Date.now() + (8 * 3600 + 365 * 86400) * 1000).toISOString().slice(0, 10);

function PostForm({ onPosted }: { onPosted: (p: TPosting) => void }) {
  const { client, t, lang } = useSupplyChainPublic();
  const qc = useQueryClient();
  const chains = useQuery({ queryKey: ["supplyChain", "chains"], queryFn: () => client.supplyChain.chains.query() });
  const [kind, setKind] = useState<TPostingKind>("DEMAND");
  const [clusterId, setClusterId] = useState("");
  const [linkKey, setLinkKey] = useState("");
  const [product, setProduct] = useState("");
  const [quantity, setQuantity] = useState("");
  const [unit, setUnit] = useState("件");
  const [specification, setSpecification] = useState("");
  const [periodFrom, setFrom] = useState(today);
  const [periodTo, setTo] = useState(inAYear);
  const clusters = (chains.data ?? []).flatMap((c) => c.clusters.map((x) => ({ ...x, chain: c.chain })));
  const links = clusters.find((c) => c.id === clusterId)?.links ?? [];
  const post = useMutation({
    mutationFn: () =>
      client.supplyChainPostings.create.mutate({
        kind,
        clusterId,
        linkKey,
        product: product.trim(),
        quantity: Number(quantity),
        unit: unit.trim(),
        specification: specification.trim() || null,
        periodFrom,
        periodTo,
      }),
    onSuccess: (p) => {
      setProduct("");
      setQuantity("");
      setSpecification("");
      void qc.invalidateQueries({ queryKey: POSTINGS_KEY });
      onPosted(p);
    },
  });
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent
        component="form"
        onSubmit={(e) => (e.preventDefault(), post.mutate())}
        sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "minmax(0, 1fr)", sm: "1fr 1fr" } }}
      >
        <TextField select label={t.kind} value={kind} onChange={(e) => setKind(e.target.value as TPostingKind)}>
          {PostingKind.choices(lang).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          required
          label={t.cluster}
          value={clusterId}
          onChange={(e) => (setClusterId(e.target.value), setLinkKey(""))}
          disabled={!chains.data}
        >
          {clusters.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {KeyChain.label(c.chain, lang)} · {c.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField select required label={t.link} value={linkKey} onChange={(e) => setLinkKey(e.target.value)} disabled={!links.length}>
          {links.map((l) => (
            <MenuItem key={l.key} value={l.key}>
              {l.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField required label={t.product} value={product} onChange={(e) => setProduct(e.target.value)} inputProps={{ maxLength: 60 }} />
        <TextField
          required
          label={t.quantity}
          type="number"
          inputProps={{ min: 1, max: 1_000_000_000, step: 1 }}
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
        />
        <TextField required label={t.unit} value={unit} onChange={(e) => setUnit(e.target.value)} inputProps={{ maxLength: 10 }} />
        <TextField
          label={t.periodFrom}
          type="date"
          required
          value={periodFrom}
          onChange={(e) => setFrom(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          label={t.periodTo}
          type="date"
          required
          value={periodTo}
          onChange={(e) => setTo(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          label={t.specification}
          value={specification}
          onChange={(e) => setSpecification(e.target.value)}
          inputProps={{ maxLength: 500 }}
          sx={{ gridColumn: "1 / -1" }}
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

/** The counterparts of one posting with the reasons; a button asks the other side for contact. */
function Matches({ posting }: { posting: TPosting }) {
  const { client, t, lang } = useSupplyChainPublic();
  const qc = useQueryClient();
  const key = ["supplyChain", "matches", posting.id];
  const matches = useQuery({ queryKey: key, queryFn: () => client.supplyChainPostings.matches.query({ postingId: posting.id }) });
  const contact = useMutation({
    mutationFn: (counterpartId: string) => client.supplyChainContacts.create.mutate({ postingId: posting.id, counterpartId }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: key });
      void qc.invalidateQueries({ queryKey: CONTACTS_KEY });
    },
  });
  if (matches.isPending) return <LoadingState label={t.loading} />;
  if (matches.error) return <ErrorState message={messageOf(matches.error, lang)} onRetry={() => matches.refetch()} />;
  const m = matches.data;
  const status = { REQUESTED: t.requested, ACCEPTED: t.accepted, DECLINED: t.declined };
  return (
    <MatchList
      lang={lang}
      title={posting.kind === "DEMAND" ? t.matchedSuppliers : t.matchedBuyers}
      testId="supply-chain"
      emptyTitle={t.noMatches}
      error={contact.error ? messageOf(contact.error, lang) : null}
      matches={m.matches}
      keyOf={(x) => x.posting.id}
      renderCard={(x, body) => (
        <Box sx={{ border: "1px solid", borderColor: "divider", borderRadius: 1, p: 1.25, display: "grid", gap: 0.75 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {x.posting.enterpriseName}
            <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
              {x.posting.townName ?? ""}
            </Typography>
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {x.posting.product} · {x.posting.quantity}
            {x.posting.unit} · {x.posting.periodFrom}—{x.posting.periodTo}
          </Typography>
          {body}
        </Box>
      )}
      action={(x) => ({
        label: x.contact ? status[x.contact.status] : t.contact,
        done: !!x.contact,
        disabled: contact.isPending || posting.status !== "PUBLISHED",
        onClick: () => contact.mutate(x.posting.id),
      })}
      excluded={m.excluded}
      excludedTitle={t.excluded}
      excludedKeyOf={(x) => x.posting.id}
      excludedName={(x) => `${x.posting.enterpriseName} · ${x.posting.product}`}
    />
  );
}

function ContactRow({ c }: { c: TContact }) {
  const { client, t, lang } = useSupplyChainPublic();
  const qc = useQueryClient();
  const answer = useMutation({
    mutationFn: (decision: "ACCEPT" | "DECLINE") => client.supplyChainContacts.answer.mutate({ id: c.id, decision }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: CONTACTS_KEY }),
  });
  const iBuy = c.mySide === "BUYER";
  const them = iBuy ? c.supplier : c.buyer;
  const asked = c.requesterId !== (iBuy ? c.buyer : c.supplier).enterpriseId;
  return (
    <Box sx={{ borderBottom: "1px solid", borderColor: "divider", py: 1, display: "grid", gap: 0.5 }} data-testid="supply-chain-contact">
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {iBuy ? t.supplier : t.buyer}：{them.name}
        </Typography>
        <StatusChip
          label={c.status === "ACCEPTED" ? t.accepted : c.status === "DECLINED" ? t.declined : t.requested}
          tone={c.status === "ACCEPTED" ? "success" : c.status === "DECLINED" ? "default" : "warning"}
        />
      </Box>
      <Typography variant="caption" color="text.secondary">
        {c.demand.linkName ?? ""} · {iBuy ? c.demand.product : c.supply.product} ↔ {iBuy ? c.supply.product : c.demand.product} ·{" "}
        {c.requestedOn}
      </Typography>
      {c.status === "ACCEPTED" ? (
        <Typography variant="body2">
          {t.contactPerson}：{them.contactName ?? "—"} {them.contactPhone ?? ""}
        </Typography>
      ) : c.status === "REQUESTED" && asked ? (
        <Box sx={{ display: "flex", gap: 1 }}>
          <Button
            size="small"
            variant="contained"
            disabled={answer.isPending}
            onClick={() => answer.mutate("ACCEPT")}
            sx={{ minHeight: 40 }}
          >
            {t.accept}
          </Button>
          <Button size="small" disabled={answer.isPending} onClick={() => answer.mutate("DECLINE")} sx={{ minHeight: 40 }}>
            {t.decline}
          </Button>
        </Box>
      ) : c.status === "REQUESTED" ? (
        <Typography variant="caption" color="text.secondary">
          {t.waiting}
        </Typography>
      ) : null}
      {answer.error && <Alert severity="error">{messageOf(answer.error, lang)}</Alert>}
    </Box>
  );
}

/** 配套协作: post supply or demand on a chain link (on a phone too), see the matches with reasons, contact, follow the contacts. */
export function SupplyChainPage() {
  const { client, t, lang } = useSupplyChainPublic();
  const [open, setOpen] = useState<string | null>(null);
  const postings = useQuery({
    queryKey: POSTINGS_KEY,
    queryFn: () => client.supplyChainPostings.list.query({ pagination: { page: 1, perPage: 50 }, filter: { mine: true } }),
  });
  const contacts = useQuery({
    queryKey: CONTACTS_KEY,
    queryFn: () => client.supplyChainContacts.list.query({ pagination: { page: 1, perPage: 100 } }),
  });
  return (
    <Container maxWidth="md" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t.intro}
      </Typography>
      <AccountGate action={t.postAction}>
        <PostForm onPosted={(p) => setOpen(p.id)} />
        <Typography variant="h6" component="h2" sx={{ mt: 1, mb: 1 }}>
          {t.mine}
        </Typography>
        {postings.isPending ? (
          <LoadingState label={t.loading} />
        ) : postings.error ? (
          <ErrorState message={messageOf(postings.error, lang)} onRetry={() => postings.refetch()} />
        ) : postings.data.total === 0 ? (
          <EmptyState title={t.noPostings} />
        ) : (
          <Box sx={{ display: "grid", gap: 1.5 }}>
            {postings.data.data.map((p) => (
              <Card key={p.id} variant="outlined" data-testid="supply-chain-posting">
                <CardContent sx={{ display: "grid", gap: 0.75, gridTemplateColumns: "minmax(0, 1fr)" }}>
                  <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
                    <StatusChip label={PostingKind.label(p.kind, lang)} tone={p.kind === "DEMAND" ? "info" : "success"} />
                    <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                      {p.product}
                    </Typography>
                  </Box>
                  <Typography variant="caption" color="text.secondary">
                    {KeyChain.label(p.chain, lang)} · {p.linkName ?? "—"} · {p.quantity}
                    {p.unit} · {p.periodFrom}—{p.periodTo}
                    {p.onBehalf ? ` · ${t.onBehalf}` : ""}
                  </Typography>
                  <Box>
                    <Button size="small" onClick={() => setOpen(open === p.id ? null : p.id)} sx={{ minHeight: 40 }}>
                      {open === p.id ? t.hideMatches : t.showMatches}
                    </Button>
                  </Box>
                  {open === p.id && <Matches posting={p} />}
                </CardContent>
              </Card>
            ))}
          </Box>
        )}
        <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
          {t.contacts}
        </Typography>
        {contacts.isPending ? (
          <LoadingState label={t.loading} />
        ) : contacts.error ? (
          <ErrorState message={messageOf(contacts.error, lang)} onRetry={() => contacts.refetch()} />
        ) : contacts.data.total === 0 ? (
          <EmptyState title={t.noContacts} compact />
        ) : (
          <Box>
            {contacts.data.data.map((c) => (
              <ContactRow key={c.id} c={c} />
            ))}
          </Box>
        )}
      </AccountGate>
    </Container>
  );
}

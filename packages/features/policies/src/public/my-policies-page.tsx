import { useState } from "react";
import { Link as RouterLink } from "react-router";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Container from "@mui/material/Container";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { EmptyState, ErrorState, formatFen, LoadingState, MatchChips, MatchList, messageOf, StatusChip } from "@qifu/ui";
import { AccountGate } from "@qifu/ui/public";
import type { TPolicyFit } from "../schemas";
import { POLICIES_PATH, usePoliciesPublic } from "./context";
import { PolicyCard } from "./policies-page";

const TONE = { SUBMITTED: "warning", APPROVED: "success", REJECTED: "danger", WITHDRAWN: "default" } as const;

/** The application form: a note on the material and, optionally, the amount asked. */
function ApplyDialog({ fit, onClose, onDone }: { fit: TPolicyFit; onClose: () => void; onDone: () => void }) {
  const { client, t, lang } = usePoliciesPublic();
  const qc = useQueryClient();
  const [material, setMaterial] = useState("");
  const [amount, setAmount] = useState("");
  const apply = useMutation({
    mutationFn: () =>
      client.policyApplications.create.mutate({
        policyId: fit.policy.id,
        material,
        ...(amount ? { requestedFen: Math.round(Number(amount) * 100) } : {}),
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["policies", "mine"] });
      onDone();
    },
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t.applyTitle.replace("%s", fit.policy.title)}</DialogTitle>
      <DialogContent sx={{ display: "grid", gap: 2, pt: "8px !important" }}>
        <TextField
          label={t.material}
          helperText={t.materialHint}
          value={material}
          onChange={(e) => setMaterial(e.target.value)}
          multiline
          minRows={3}
          required
          slotProps={{ htmlInput: { "data-testid": "apply-material" } }}
        />
        <TextField label={t.amount} type="number" value={amount} onChange={(e) => setAmount(e.target.value)} />
        {apply.error && <Alert severity="error">{messageOf(apply.error, lang)}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t.cancel}</Button>
        <Button
          variant="contained"
          disabled={material.trim().length < 10 || apply.isPending}
          onClick={() => apply.mutate()}
          data-testid="apply-submit"
        >
          {t.submit}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** 我能享受什么: what the signed-in enterprise qualifies for (and applies to), nearly qualifies for (the missing criterion), and cannot use (why). */
function Fits() {
  const { client, t, lang } = usePoliciesPublic();
  const [applying, setApplying] = useState<TPolicyFit | null>(null);
  const [done, setDone] = useState(false);
  const fits = useQuery({ queryKey: ["policies", "mine", "fits"], queryFn: () => client.policies.forEnterprise.query({}) });
  const apps = useQuery({
    queryKey: ["policies", "mine", "applications"],
    queryFn: () => client.policyApplications.list.query({ pagination: { page: 1, perPage: 50 } }),
  });
  if (fits.isPending) return <LoadingState />;
  if (fits.isError) return <ErrorState message={messageOf(fits.error, lang)} onRetry={() => fits.refetch()} />;
  const f = fits.data;
  const label = (fit: TPolicyFit) =>
    fit.policy.autoGrant
      ? fit.applicationStatus === "APPROVED"
        ? t.granted
        : t.autoAction
      : fit.applicationStatus === "SUBMITTED"
        ? t.applied
        : fit.applicationStatus === "APPROVED"
          ? t.granted
          : t.apply;
  return (
    <Box sx={{ display: "grid", gap: 3 }}>
      {done && (
        <Alert severity="success" onClose={() => setDone(false)} data-testid="apply-done">
          {t.submitted}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary">
        {f.enterpriseName} · {t.myIntro}
      </Typography>
      <MatchList
        lang={lang}
        title={t.qualifies.replace("%s", String(f.qualifies.length))}
        testId="policy"
        emptyTitle={t.noneQualifies}
        matches={f.qualifies.map((x) => ({ ...x, score: 1, concerns: [] }))}
        keyOf={(m) => m.policy.id}
        renderCard={(m, body) => <PolicyCard p={m.policy}>{body}</PolicyCard>}
        action={(m) => ({
          label: label(m),
          done: m.policy.autoGrant || m.applicationStatus !== null,
          disabled: false,
          onClick: () => setApplying(m),
        })}
        excluded={f.nearly.map((x) => ({ ...x, failed: x.missing }))}
        excludedTitle={t.nearly.replace("%s", String(f.nearly.length))}
        excludedKeyOf={(x) => x.policy.id}
        excludedName={(x) => x.policy.title}
        excludedLimit={50}
      />
      {f.cannot.length > 0 && (
        <Box sx={{ display: "grid", gap: 1 }} data-testid="policy-cannot">
          <Typography variant="subtitle2" color="text.secondary">
            {t.cannot.replace("%s", String(f.cannot.length))}
          </Typography>
          {f.cannot.map((x) => (
            <Box key={x.policy.id} sx={{ display: "flex", gap: 0.5, flexWrap: "wrap", alignItems: "center", minWidth: 0 }}>
              <Typography variant="body2" component={RouterLink} to={`${POLICIES_PATH}/${x.policy.id}`} sx={{ mr: 1, color: "inherit" }}>
                {x.policy.title}
              </Typography>
              <MatchChips lang={lang} failed={x.missing} />
            </Box>
          ))}
        </Box>
      )}
      <Box sx={{ display: "grid", gap: 1 }} data-testid="my-applications">
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {t.myApplications}
        </Typography>
        {apps.isPending ? (
          <LoadingState />
        ) : apps.isError ? (
          <ErrorState message={messageOf(apps.error, lang)} onRetry={() => apps.refetch()} />
        ) : apps.data.data.length === 0 ? (
          <EmptyState title={t.noApplications} compact />
        ) : (
          apps.data.data.map((a) => (
            <Box
              key={a.id}
              sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", borderBottom: 1, borderColor: "divider", py: 0.75 }}
            >
              <Typography variant="body2" sx={{ flex: "1 1 200px" }}>
                {a.policyTitle}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {a.submittedAt.slice(0, 10)}
              </Typography>
              {a.grantedFen !== null && <Typography variant="body2">{formatFen(a.grantedFen, lang)}</Typography>}
              <StatusChip label={t.status[a.status] ?? a.status} tone={TONE[a.status]} />
              {a.reviewNote && a.status === "REJECTED" && (
                <Typography variant="caption" color="text.secondary" sx={{ flexBasis: "100%" }}>
                  {a.reviewNote}
                </Typography>
              )}
            </Box>
          ))
        )}
      </Box>
      {applying && (
        <ApplyDialog
          fit={applying}
          onClose={() => setApplying(null)}
          onDone={() => {
            setApplying(null);
            setDone(true);
          }}
        />
      )}
    </Box>
  );
}

export function MyPoliciesPage() {
  const { t } = usePoliciesPublic();
  return (
    <Container maxWidth="lg" sx={{ py: 3, px: { xs: 1.5, sm: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t.myTitle}
      </Typography>
      <AccountGate action={t.applyAction}>
        <Fits />
      </AccountGate>
    </Container>
  );
}

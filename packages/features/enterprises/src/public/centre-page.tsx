import { useEffect, useState, type FormEvent } from "react";
import { Navigate } from "react-router";
import { loginHref } from "@qifu/ui/public";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Chip from "@mui/material/Chip";
import Container from "@mui/material/Container";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { CultivationTier, industryLabel, SizeClass } from "@qifu/domain";
import { fieldErrorsOf, formatDateTime, LoadingState, messageOf } from "@qifu/ui";
import type { TEnterprise } from "../schemas";
import { useEnterprisePublic } from "./context";
import { enterprisePaths } from "./register-page";

/**
 * The enterprise centre: sign-in for enterprise accounts, the claim's state while it waits for
 * verification, and the enterprise's own profile once verified.
 */
export function EnterpriseCentrePage() {
  const { client, t } = useEnterprisePublic();
  const me = useQuery({ queryKey: ["auth.me"], queryFn: () => client.auth.me.query() });
  const queryClient = useQueryClient();
  const logout = useMutation({ mutationFn: () => client.auth.logout.mutate(), onSuccess: () => queryClient.invalidateQueries() });
  let body;
  if (me.isPending) body = <LoadingState />;
  else if (!me.data) body = <Navigate to={loginHref(enterprisePaths.centre)} replace />;
  else if (me.data.role !== "ENTERPRISE")
    body = (
      <Alert severity="info" action={<Button href="/admin/">{t.toAdmin}</Button>}>
        {t.notEnterprise}
      </Alert>
    );
  else body = <MyEnterprise />;
  return (
    <Container maxWidth="md" sx={{ py: { xs: 2, md: 5 } }}>
      <Box sx={{ display: "flex", alignItems: "flex-end", gap: 2, flexWrap: "wrap", mb: 3 }}>
        <Box sx={{ flex: "1 1 280px" }}>
          <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" } }}>
            {t.title}
          </Typography>
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            {me.data ? me.data.displayName : t.intro}
          </Typography>
        </Box>
        {me.data && (
          <Button variant="outlined" onClick={() => logout.mutate()} sx={{ minHeight: 40 }}>
            {t.logout}
          </Button>
        )}
      </Box>
      {body}
    </Container>
  );
}

function MyEnterprise() {
  const { client, t, lang } = useEnterprisePublic();
  const mine = useQuery({ queryKey: ["enterpriseAccount.mine"], queryFn: () => client.enterpriseAccount.mine.query() });
  if (mine.isPending) return <LoadingState />;
  if (mine.isError) return <Alert severity="error">{messageOf(mine.error, lang)}</Alert>;
  const { claim, enterprise } = mine.data;
  if (enterprise) return <Profile enterprise={enterprise} />;
  if (!claim) return <Alert severity="info">{t.pendingText}</Alert>;
  return (
    <Alert severity={claim.status === "REJECTED" ? "error" : "warning"} data-testid="claim-state">
      <AlertTitle>{claim.status === "REJECTED" ? t.rejectedTitle : t.pendingTitle}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {claim.status === "REJECTED" ? `${t.rejectedText}${claim.reviewNote ?? ""}` : t.pendingText}
      </Typography>
      <Typography variant="body2">
        {claim.name} ·{" "}
        <Box component="span" sx={{ fontFamily: "monospace" }}>
          {claim.creditCode}
        </Box>{" "}
        · {claim.townName}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {t.filedAt} {formatDateTime(claim.createdAt, lang)}
        {claim.status === "REJECTED" ? ` · ${t.rejectedHint}` : ""}
      </Typography>
    </Alert>
  );
}

const EDITABLE = ["address", "contactName", "contactPhone", "contactEmail", "employees", "revenueWan", "description"] as const;
type TEditable = (typeof EDITABLE)[number];

/** The verified enterprise's own profile; identity, town and tier are shown, not edited. */
function Profile({ enterprise }: { enterprise: TEnterprise }) {
  const { client, t, lang } = useEnterprisePublic();
  const queryClient = useQueryClient();
  const initial = () =>
    Object.fromEntries(EDITABLE.map((k) => [k, enterprise[k] == null ? "" : String(enterprise[k])])) as Record<TEditable, string>;
  const [values, setValues] = useState(initial);
  useEffect(() => setValues(initial()), [enterprise.updatedAt]);
  const save = useMutation({
    mutationFn: () => {
      const num = (s: string) => (s.trim() === "" ? null : Number(s));
      const data = { ...values, employees: num(values.employees), revenueWan: num(values.revenueWan) };
      const changed = Object.fromEntries(Object.entries(data).filter(([k, v]) => (v === "" ? null : v) !== enterprise[k as TEditable]));
      return client.enterprises.update.mutate({ id: enterprise.id, data: changed });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["enterpriseAccount.mine"] }),
  });
  const errors = save.error ? fieldErrorsOf(save.error, lang) : {};
  const err = (k: string) => errors[`data.${k}`] ?? errors[k];
  const input = (k: TEditable, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      name={k}
      label={label}
      value={values[k]}
      onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
      error={!!err(k)}
      helperText={err(k)}
      fullWidth
      {...extra}
    />
  );
  return (
    <Card
      component="form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
      sx={{ p: { xs: 2, sm: 3 }, display: "flex", flexDirection: "column", gap: 2 }}
    >
      <Box>
        <Typography variant="h6" component="h2">
          {enterprise.name}
        </Typography>
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", mt: 0.5, color: "text.secondary" }}>
          <Box component="span" sx={{ fontFamily: "monospace" }}>
            {enterprise.creditCode}
          </Box>
          {enterprise.townName && <span>· {enterprise.townName}</span>}
          {enterprise.sizeClass && <Chip size="small" label={`${t.sizeClass}：${SizeClass.label(enterprise.sizeClass, lang)}`} />}
          {enterprise.tier !== "NONE" && (
            <Chip size="small" color="primary" variant="outlined" label={CultivationTier.label(enterprise.tier, lang)} />
          )}
        </Box>
        {enterprise.industryCode && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {t.industry}：{industryLabel(enterprise.industryCode, lang)}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary">
          {t.readOnly}
        </Typography>
      </Box>
      {save.isSuccess && <Alert severity="success">{t.saved}</Alert>}
      {save.error && !Object.keys(errors).length && <Alert severity="error">{messageOf(save.error, lang)}</Alert>}
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}>
        {input("contactName", t.contactName)}
        {input("contactPhone", t.contactPhone, { type: "tel" })}
        {input("contactEmail", t.contactEmail, { type: "email" })}
        {input("employees", t.employees, { type: "number", slotProps: { htmlInput: { min: 0, step: 1 } } })}
        {input("revenueWan", t.revenueWan, { type: "number", slotProps: { htmlInput: { min: 0, step: 1 } } })}
      </Box>
      {input("address", t.address)}
      {input("description", t.description, { multiline: true, minRows: 3 })}
      <Box>
        <Button type="submit" variant="contained" disabled={save.isPending} sx={{ minHeight: 44, minWidth: 120 }}>
          {t.save}
        </Button>
      </Box>
    </Card>
  );
}

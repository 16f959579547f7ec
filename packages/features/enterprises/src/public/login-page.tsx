import { useState } from "react";
import { Link as RouterLink, useNavigate, useSearchParams } from "react-router";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Container from "@mui/material/Container";
import Link from "@mui/material/Link";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useQueryClient } from "@tanstack/react-query";
import { ZLoginInput } from "@qifu/domain";
import { messageOf } from "@qifu/ui";
import { ACCOUNT_PATHS, ME_QUERY_KEY, useZodForm } from "@qifu/ui/public";
import { useEnterprisePublic } from "./context";

/**
 * The public site's one sign-in (ACCOUNT_PATHS.login), for enterprise accounts; staff use the
 * admin console. Every "登录后…" button comes here with `?next=` and returns after; without it,
 * the enterprise centre.
 */
export function EnterpriseLoginPage() {
  const { client, t, lang } = useEnterprisePublic();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useZodForm(ZLoginInput, { username: "", password: "" }, lang);
  const [error, setError] = useState<string | null>(null);
  const [staff, setStaff] = useState(false);
  const [busy, setBusy] = useState(false);
  const next = params.get("next");

  async function onSubmit({ username, password }: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    setStaff(false);
    try {
      await client.auth.login.mutate({ username, password });
      const me = await client.auth.me.query();
      if (me?.role !== "ENTERPRISE") {
        // a staff account: do not keep a staff session on the public site
        await client.auth.logout.mutate();
        setStaff(true);
        return;
      }
      queryClient.setQueryData(ME_QUERY_KEY, me);
      navigate(next?.startsWith("/") && !next.startsWith("//") ? next : ACCOUNT_PATHS.centre, { replace: true });
    } catch (err) {
      if (!form.serverError(err)) setError(messageOf(err, lang));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container maxWidth="sm" sx={{ py: { xs: 3, md: 6 } }}>
      <Card
        component="form"
        ref={form.formRef}
        onSubmit={form.handleSubmit(onSubmit)}
        noValidate
        sx={{ p: { xs: 2.5, sm: 4 }, display: "flex", flexDirection: "column", gap: 2 }}
      >
        <Typography variant="h5" component="h1">
          {t.loginTitle}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t.loginIntro}
        </Typography>
        {next && <Alert severity="info">{t.needLogin}</Alert>}
        {error && <Alert severity="error">{error}</Alert>}
        {staff && (
          <Alert
            severity="warning"
            action={
              <Button color="inherit" size="small" href="/admin/">
                {t.toAdmin}
              </Button>
            }
          >
            {t.loginStaff}
          </Alert>
        )}
        <TextField label={t.username} {...form.field("username")} autoComplete="username" required autoFocus />
        <TextField label={t.password} type="password" {...form.field("password")} autoComplete="current-password" required />
        <Button type="submit" variant="contained" size="large" disabled={busy}>
          {t.login}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {t.noAccount}{" "}
          <Link component={RouterLink} to={ACCOUNT_PATHS.register} sx={{ fontWeight: 600 }}>
            {t.register}
          </Link>
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t.staffHint} <Link href="/admin/">{t.toAdmin}</Link>
        </Typography>
      </Card>
    </Container>
  );
}

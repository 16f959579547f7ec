import type { ReactNode } from "react";
import { Link as RouterLink, useNavigate } from "react-router";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import Container from "@mui/material/Container";
import Link from "@mui/material/Link";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { fieldErrorsOf, messageOf } from "@qifu/ui";
import { loginHref, useZodForm } from "@qifu/ui/public";
import { ZRegisterInput } from "../schemas";
import { useEnterprisePublic } from "./context";

export const enterprisePaths = { centre: "/enterprise", register: "/enterprise/register" };

type TField = "username" | "password" | "creditCode" | "name" | "townId" | "contactName" | "contactPhone";

/** Self-registration: the account and its claim in one form; the server checks everything again. */
export function RegisterPage() {
  const { client, t, lang } = useEnterprisePublic();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const towns = useQuery({ queryKey: ["network.publicTowns"], queryFn: () => client.network.publicTowns.query(), staleTime: 300_000 });
  const form = useZodForm(
    ZRegisterInput,
    { username: "", password: "", creditCode: "", name: "", townId: "", contactName: "", contactPhone: "" },
    lang,
  );
  const register = useMutation({
    mutationFn: () => client.enterpriseAccount.register.mutate(form.values),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      navigate(enterprisePaths.centre);
    },
  });
  const serverFields = register.error ? fieldErrorsOf(register.error, lang) : {};
  const submit = form.handleSubmit(() => register.mutate(undefined, { onError: (err) => form.serverError(err) }));
  const field = (name: TField, label: string, extra: Record<string, unknown> = {}, hint?: string, children?: ReactNode) => (
    <TextField label={label} {...form.field(name)} helperText={form.errors[name] ?? hint} required fullWidth {...extra}>
      {children}
    </TextField>
  );
  return (
    <Container maxWidth="sm" sx={{ py: { xs: 2, md: 5 } }}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: "1.5rem", md: "2rem" }, mb: 1 }}>
        {t.registerTitle}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t.registerIntro}
      </Typography>
      <Card
        component="form"
        ref={form.formRef}
        onSubmit={submit}
        noValidate
        sx={{ p: { xs: 2, sm: 3 }, display: "flex", flexDirection: "column", gap: 2 }}
      >
        {register.error && Object.keys(serverFields).length === 0 && <Alert severity="error">{messageOf(register.error, lang)}</Alert>}
        {field("name", t.name)}
        {field(
          "creditCode",
          t.creditCode,
          { slotProps: { htmlInput: { maxLength: 18, style: { fontFamily: "monospace", letterSpacing: 1 } } } },
          t.creditCodeHint,
        )}
        {field(
          "townId",
          t.town,
          { select: true },
          undefined,
          (towns.data ?? []).map((tw) => (
            <MenuItem key={tw.id} value={tw.id}>
              {lang === "en" && tw.nameEn ? tw.nameEn : tw.name}
            </MenuItem>
          )),
        )}
        <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}>
          {field("contactName", t.contactName)}
          {field("contactPhone", t.contactPhone, { type: "tel" })}
        </Box>
        {field("username", t.username, { autoComplete: "username" }, t.usernameHint)}
        {field("password", t.password, { type: "password", autoComplete: "new-password" }, t.passwordHint)}
        <Button type="submit" variant="contained" size="large" disabled={register.isPending} sx={{ minHeight: 48 }}>
          {t.submit}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {t.haveAccount}{" "}
          <Link component={RouterLink} to={loginHref(enterprisePaths.centre)}>
            {t.login}
          </Link>
        </Typography>
      </Card>
    </Container>
  );
}

import { useState, type FormEvent } from "react";
import { useIsAuthenticated, useLogin, useTranslate, type AuthActionResponse } from "@refinedev/core";
import { Navigate, useSearchParams } from "react-router";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import IconButton from "@mui/material/IconButton";
import InputAdornment from "@mui/material/InputAdornment";
import Link from "@mui/material/Link";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import Visibility from "@mui/icons-material/Visibility";
import VisibilityOff from "@mui/icons-material/VisibilityOff";
import InsightsOutlined from "@mui/icons-material/InsightsOutlined";
import FlagOutlined from "@mui/icons-material/FlagOutlined";
import HubOutlined from "@mui/icons-material/HubOutlined";
import { qifuPalette } from "@qifu/ui";
import type { TAppErrorBody } from "@qifu/domain";
import { BrandMark } from "../components/brand-mark";
import { LanguageSwitch } from "../components/language-switch";
import { useLocale } from "../i18n-store";

/**
 * The board's sign-in page. Errors show on the form (the board has no snackbar): the server's
 * bilingual message, or the refusal for enterprise accounts from the auth provider.
 */
export function LoginPage() {
  const t = useTranslate();
  const { mutate: login, isPending, data } = useLogin<{ username: string; password: string }>();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const [missing, setMissing] = useState(false);
  const lang = useLocale() === "en" ? "en" : "zh";
  const result = data as AuthActionResponse | undefined;
  // Errors carry the server's bilingual body (data-provider's toHttpError): re-translated on a language switch.
  const error = result?.success === false ? (result.error as (Error & { app?: TAppErrorBody }) | undefined) : undefined;
  const failed = error ? (error.app?.message[lang] ?? error.message) : undefined;
  const { data: auth } = useIsAuthenticated();
  // Back to the page that sent here (refine's CatchAllNavigate adds ?to=); only paths of this app.
  const to = useSearchParams()[0].get("to");
  const back = to && to.startsWith("/") && !to.startsWith("//") ? to : "/";

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) return setMissing(true);
    setMissing(false);
    login({ username, password });
  };

  const points = [
    { icon: <HubOutlined />, key: "login.pointNetwork" },
    { icon: <FlagOutlined />, key: "login.pointTargets" },
    { icon: <InsightsOutlined />, key: "login.pointDemonstration" },
  ];

  // Already signed in (or just signed in): straight to the board.
  if (auth?.authenticated) return <Navigate to={back} replace />;

  return (
    <Box sx={{ minHeight: "100vh", display: "flex", bgcolor: "background.default" }}>
      {/* The left panel says what the board is for; phones skip it. */}
      <Box
        sx={{
          flex: "1 1 55%",
          display: { xs: "none", md: "flex" },
          flexDirection: "column",
          justifyContent: "space-between",
          p: 6,
          color: "#fff",
          background: `linear-gradient(135deg, ${qifuPalette.primaryDark} 0%, ${qifuPalette.primary} 60%, #3f8ae0 100%)`,
        }}
      >
        <Box sx={{ display: "flex", alignItems: "center", gap: 1.5 }}>
          <Box sx={{ bgcolor: "rgba(255,255,255,0.15)", borderRadius: 2, p: 0.5 }}>
            <BrandMark size={36} />
          </Box>
          <Typography sx={{ fontWeight: 600, fontSize: 18, letterSpacing: 1 }}>{t("app.org")}</Typography>
        </Box>
        <Box sx={{ maxWidth: 560 }}>
          <Typography component="h1" sx={{ fontSize: { md: 36, lg: 44 }, fontWeight: 700, lineHeight: 1.25, mb: 2 }}>
            {t("app.board")}
          </Typography>
          <Typography sx={{ fontSize: 17, opacity: 0.9, mb: 4, lineHeight: 1.7 }}>{t("login.tagline")}</Typography>
          <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
            {points.map((p) => (
              <Box key={p.key} sx={{ display: "flex", alignItems: "center", gap: 1.5 }}>
                <Box sx={{ width: 40, height: 40, flexShrink: 0, borderRadius: 2, bgcolor: "rgba(255,255,255,0.15)", display: "flex", alignItems: "center", justifyContent: "center" }}>{p.icon}</Box>
                <Typography sx={{ fontSize: 15, opacity: 0.95 }}>{t(p.key)}</Typography>
              </Box>
            ))}
          </Box>
        </Box>
        <Typography sx={{ fontSize: 13, opacity: 0.75 }}>{t("login.footer")}</Typography>
      </Box>

      <Box sx={{ flex: "1 1 45%", display: "flex", flexDirection: "column", alignItems: "center", justifyContent: "center", p: { xs: 2, sm: 4 }, position: "relative" }}>
        <LanguageSwitch sx={{ position: "absolute", top: 16, right: 16 }} />
        <Card component="form" onSubmit={submit} noValidate sx={{ width: "100%", maxWidth: 400, p: { xs: 3, sm: 4 } }}>
          <Box sx={{ display: { xs: "flex", md: "none" }, alignItems: "center", gap: 1, mb: 2 }}>
            <BrandMark size={28} />
            <Typography sx={{ fontWeight: 600, fontSize: 14 }}>{t("app.name")}</Typography>
          </Box>
          <Typography variant="h5" component="h2" sx={{ mb: 0.5 }}>
            {t("login.title")}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {t("login.subtitle")}
          </Typography>
          {(failed || missing) && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {missing ? t("login.required") : failed}
            </Alert>
          )}
          <TextField
            label={t("login.username")}
            name="username"
            autoComplete="username"
            autoFocus
            fullWidth
            margin="normal"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            error={missing && !username.trim()}
          />
          <TextField
            label={t("login.password")}
            name="password"
            type={showPassword ? "text" : "password"}
            autoComplete="current-password"
            fullWidth
            margin="normal"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={missing && !password}
            slotProps={{
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <IconButton
                      aria-label={showPassword ? t("login.hidePassword") : t("login.showPassword")}
                      onClick={() => setShowPassword((v) => !v)}
                      edge="end"
                      size="small"
                    >
                      {showPassword ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
                    </IconButton>
                  </InputAdornment>
                ),
              },
            }}
          />
          <Button type="submit" variant="contained" size="large" fullWidth disabled={isPending} sx={{ mt: 3, py: 1.25, fontSize: 16 }}>
            {isPending ? t("login.submitting") : t("login.submit")}
          </Button>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 3, textAlign: "center" }}>
            {t("login.enterpriseHint")}{" "}
            <Link href="/" underline="hover">
              {t("login.portal")}
            </Link>
          </Typography>
        </Card>
      </Box>
    </Box>
  );
}

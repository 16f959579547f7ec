import { useState, type FormEvent } from "react";
import { LocalesMenuButton, useLogin, useTranslate } from "react-admin";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CircularProgress from "@mui/material/CircularProgress";
import IconButton from "@mui/material/IconButton";
import InputAdornment from "@mui/material/InputAdornment";
import Link from "@mui/material/Link";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import Visibility from "@mui/icons-material/Visibility";
import VisibilityOff from "@mui/icons-material/VisibilityOff";
import { qifuPalette } from "@qifu/ui";
import { ENTERPRISE_REFUSED } from "./auth-provider";
import { BrandMark } from "./brand";

/**
 * The console's sign-in page. Stable hooks for end-to-end tests: inputs name="username" and
 * name="password", one submit button (type="submit"), errors in role="alert".
 */
export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const usernameMissing = touched && !username.trim();
  const passwordMissing = touched && !password;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!username.trim() || !password) return;
    setBusy(true);
    setError(null);
    try {
      await login({ username, password });
    } catch (err) {
      setError(err instanceof Error && err.message ? err.message : "qifu.login.failed");
      setPassword("");
      setTouched(false); // the cleared password is not the user's mistake
      setBusy(false);
    }
  }

  return (
    <Box sx={{ minHeight: "100vh", display: "grid", gridTemplateColumns: { xs: "1fr", md: "minmax(0, 1.1fr) minmax(440px, 1fr)" }, bgcolor: "background.default" }}>
      <Box
        component="aside"
        sx={{
          display: { xs: "none", md: "flex" },
          flexDirection: "column",
          justifyContent: "space-between",
          p: 6,
          color: "#fff",
          background: `linear-gradient(140deg, ${qifuPalette.primaryDark} 0%, ${qifuPalette.primary} 60%, #3f8ae0 100%)`,
        }}
      >
        <Box sx={{ display: "flex", alignItems: "center", gap: 1.5 }}>
          <BrandMark size={40} inverted />
          <Typography variant="h6" component="span" sx={{ fontWeight: 700, letterSpacing: 1 }}>
            {translate("qifu.app.short")}
          </Typography>
        </Box>
        <Box sx={{ maxWidth: 560 }}>
          <Typography variant="h4" component="p" sx={{ fontWeight: 700, lineHeight: 1.4, mb: 2 }}>
            {translate("qifu.app.name")}
          </Typography>
          <Typography sx={{ opacity: 0.85, fontSize: "1.05rem" }}>{translate("qifu.login.tagline")}</Typography>
        </Box>
        <Typography variant="body2" sx={{ opacity: 0.7 }}>
          © {new Date().getFullYear()} {translate("qifu.login.footer")}
        </Typography>
      </Box>

      <Box component="main" sx={{ display: "flex", flexDirection: "column", p: { xs: 2, sm: 4 } }}>
        <Box sx={{ display: "flex", justifyContent: "flex-end" }}>
          <LocalesMenuButton />
        </Box>
        <Box sx={{ flex: 1, display: "flex", alignItems: "center", justifyContent: "center" }}>
          <Card sx={{ width: "100%", maxWidth: 420, p: { xs: 3, sm: 4 } }}>
            <Box sx={{ display: { xs: "flex", md: "none" }, alignItems: "center", gap: 1, mb: 2 }}>
              <BrandMark size={32} />
              <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
                {translate("qifu.app.name")}
              </Typography>
            </Box>
            <Typography variant="h5" component="h1" sx={{ mb: 0.5 }}>
              {translate("qifu.login.heading")}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
              {translate("qifu.login.subheading")}
            </Typography>

            {error && (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {translate(error, { _: error })}
                {error === ENTERPRISE_REFUSED && (
                  <Box sx={{ mt: 0.5 }}>
                    <Link href="/">{translate("qifu.login.go_public")}</Link>
                  </Box>
                )}
              </Alert>
            )}

            <Box component="form" onSubmit={submit} noValidate sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
              <TextField
                name="username"
                label={translate("ra.auth.username")}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                autoComplete="username"
                autoFocus
                variant="outlined"
                margin="none"
                size="medium"
                fullWidth
                required
                error={usernameMissing}
                helperText={usernameMissing ? translate("qifu.login.username_required") : undefined}
                disabled={busy}
              />
              <TextField
                name="password"
                type={showPassword ? "text" : "password"}
                label={translate("ra.auth.password")}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="current-password"
                variant="outlined"
                margin="none"
                size="medium"
                fullWidth
                required
                error={passwordMissing}
                helperText={passwordMissing ? translate("qifu.login.password_required") : undefined}
                disabled={busy}
                slotProps={{
                  input: {
                    endAdornment: (
                      <InputAdornment position="end">
                        <IconButton
                          aria-label={translate(showPassword ? "ra.input.password.toggle_visible" : "ra.input.password.toggle_hidden")}
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
              <Button type="submit" variant="contained" size="large" disabled={busy} startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined} sx={{ mt: 1, py: 1.25 }}>
                {translate(busy ? "qifu.login.submitting" : "qifu.login.submit")}
              </Button>
            </Box>
          </Card>
        </Box>
      </Box>
    </Box>
  );
}

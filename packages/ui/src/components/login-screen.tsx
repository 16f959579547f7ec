import { useState, type FormEvent, type ReactNode } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CircularProgress from "@mui/material/CircularProgress";
import IconButton from "@mui/material/IconButton";
import InputAdornment from "@mui/material/InputAdornment";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import Visibility from "@mui/icons-material/Visibility";
import VisibilityOff from "@mui/icons-material/VisibilityOff";
import { qifuPalette } from "../theme";
import { PageHeading } from "./page-heading";

/** Every word of the form, in the language on screen (the apps translate; the kit does not). */
export interface LoginScreenLabels {
  username: string;
  password: string;
  submit: string;
  /** On the button while signing in. */
  submitting: string;
  showPassword: string;
  hidePassword: string;
  usernameRequired: string;
  passwordRequired: string;
}

export interface LoginScreenProps {
  /** The app's mark at `size` px; `onDark` on the blue panel, otherwise on white above the form (phones). */
  brandMark: (size: number, onDark: boolean) => ReactNode;
  /** Next to the mark on the panel. */
  brandName: string;
  /** The panel's headline. */
  productName: string;
  /** Next to the mark above the form on phones, where the panel is hidden; `productName` when absent. */
  compactName?: string;
  tagline: string;
  /** What the product is for, one line each, below the tagline. */
  highlights?: { icon: ReactNode; text: string }[];
  /** The organisation at the foot of the panel (after "© year"). */
  footer: string;
  title: string;
  subtitle?: string;
  labels: LoginScreenLabels;
  /** The failed sign-in's message, already in the language on screen. */
  error?: string;
  submitting: boolean;
  /** Called with the trimmed username once both fields are filled in. */
  onSubmit: (username: string, password: string) => void;
  /** Top right of the page, e.g. the language switch. */
  toolbar?: ReactNode;
  /** Below the form, e.g. where enterprise users sign in instead. */
  belowForm?: ReactNode;
}

/**
 * The sign-in page of the staff front ends: a blue panel that says what the product is (wide
 * screens only) and the sign-in card. Presentational: the app brings its login call, texts and
 * redirects. Stable hooks for end-to-end tests: inputs name="username" and name="password", one
 * button[type="submit"], the failure in role="alert".
 */
export function LoginScreen(props: LoginScreenProps) {
  const {
    brandMark,
    brandName,
    productName,
    compactName,
    tagline,
    highlights,
    footer,
    title,
    subtitle,
    labels,
    error,
    submitting,
    onSubmit,
    toolbar,
    belowForm,
  } = props;
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const [touched, setTouched] = useState(false);
  const [wasSubmitting, setWasSubmitting] = useState(submitting);
  // A failed attempt clears the password; the emptied field is not the user's mistake.
  if (submitting !== wasSubmitting) {
    setWasSubmitting(submitting);
    if (!submitting && error) {
      setPassword("");
      setTouched(false);
    }
  }

  const usernameMissing = touched && !username.trim();
  const passwordMissing = touched && !password;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (username.trim() && password) onSubmit(username.trim(), password);
  };

  // Fields shared by both inputs; react-admin's theme would make them dense and filled otherwise.
  const field = { variant: "outlined", margin: "none", size: "medium", fullWidth: true, required: true, disabled: submitting } as const;

  return (
    <Box
      sx={{
        minHeight: "100vh",
        display: "grid",
        gridTemplateColumns: { xs: "1fr", md: "minmax(0, 1.1fr) minmax(440px, 1fr)" },
        bgcolor: "background.default",
      }}
    >
      {/* What the product is for; phones skip it. */}
      <Box
        component="aside"
        sx={{
          display: { xs: "none", md: "flex" },
          flexDirection: "column",
          justifyContent: "space-between",
          gap: 4,
          p: 6,
          color: "#fff",
          background: `linear-gradient(140deg, ${qifuPalette.primaryDark} 0%, ${qifuPalette.primary} 60%, #3f8ae0 100%)`,
        }}
      >
        <Box sx={{ display: "flex", alignItems: "center", gap: 1.5 }}>
          {brandMark(40, true)}
          <Typography component="span" sx={{ fontWeight: 700, fontSize: 18, letterSpacing: 1 }}>
            {brandName}
          </Typography>
        </Box>
        <Box sx={{ maxWidth: 560 }}>
          <Typography component="p" sx={{ fontSize: { md: 32, lg: 40 }, fontWeight: 700, lineHeight: 1.3, mb: 2 }}>
            {productName}
          </Typography>
          <Typography sx={{ fontSize: 17, opacity: 0.9, lineHeight: 1.7 }}>{tagline}</Typography>
          {highlights && highlights.length > 0 && (
            <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0, mt: 4, display: "flex", flexDirection: "column", gap: 2 }}>
              {highlights.map((h) => (
                <Box component="li" key={h.text} sx={{ display: "flex", alignItems: "center", gap: 1.5 }}>
                  <Box
                    aria-hidden
                    sx={{
                      width: 40,
                      height: 40,
                      flexShrink: 0,
                      borderRadius: 2,
                      bgcolor: "rgba(255,255,255,0.15)",
                      display: "flex",
                      alignItems: "center",
                      justifyContent: "center",
                    }}
                  >
                    {h.icon}
                  </Box>
                  <Typography sx={{ fontSize: 15, opacity: 0.95 }}>{h.text}</Typography>
                </Box>
              ))}
            </Box>
          )}
        </Box>
        <Typography variant="body2" sx={{ opacity: 0.75 }}>
          © {new Date().getFullYear()} {footer}
        </Typography>
      </Box>

      <Box component="main" sx={{ display: "flex", flexDirection: "column", p: { xs: 2, sm: 4 } }}>
        <Box sx={{ display: "flex", justifyContent: "flex-end", minHeight: 40 }}>{toolbar}</Box>
        <Box sx={{ flex: 1, display: "flex", alignItems: "center", justifyContent: "center" }}>
          <Card sx={{ width: "100%", maxWidth: 420, p: { xs: 3, sm: 4 } }}>
            <Box sx={{ display: { xs: "flex", md: "none" }, alignItems: "center", gap: 1, mb: 2 }}>
              {brandMark(32, false)}
              <Typography component="span" sx={{ fontWeight: 700, fontSize: { xs: 14, sm: 16 }, lineHeight: 1.4 }}>
                {compactName ?? productName}
              </Typography>
            </Box>
            <Box sx={{ mb: 3 }}>
              <PageHeading title={title} subtitle={subtitle} />
            </Box>

            {error && (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {error}
              </Alert>
            )}

            <Box component="form" onSubmit={submit} noValidate sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
              <TextField
                {...field}
                name="username"
                label={labels.username}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                autoComplete="username"
                autoFocus
                error={usernameMissing}
                helperText={usernameMissing ? labels.usernameRequired : undefined}
              />
              <TextField
                {...field}
                name="password"
                type={showPassword ? "text" : "password"}
                label={labels.password}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="current-password"
                error={passwordMissing}
                helperText={passwordMissing ? labels.passwordRequired : undefined}
                slotProps={{
                  input: {
                    endAdornment: (
                      <InputAdornment position="end">
                        <IconButton
                          aria-label={showPassword ? labels.hidePassword : labels.showPassword}
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
              <Button
                type="submit"
                variant="contained"
                size="large"
                disabled={submitting}
                startIcon={submitting ? <CircularProgress size={18} color="inherit" /> : undefined}
                sx={{ mt: 1, py: 1.25, fontSize: 16 }}
              >
                {submitting ? labels.submitting : labels.submit}
              </Button>
            </Box>

            {belowForm && (
              <Typography variant="body2" component="div" color="text.secondary" sx={{ mt: 3, textAlign: "center" }}>
                {belowForm}
              </Typography>
            )}
          </Card>
        </Box>
      </Box>
    </Box>
  );
}

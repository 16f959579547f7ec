import { useIsAuthenticated, useLogin, useTranslate, type AuthActionResponse } from "@refinedev/core";
import { Navigate, useSearchParams } from "react-router";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import InsightsOutlined from "@mui/icons-material/InsightsOutlined";
import FlagOutlined from "@mui/icons-material/FlagOutlined";
import HubOutlined from "@mui/icons-material/HubOutlined";
import { LoginScreen } from "@qifu/ui";
import type { TAppErrorBody } from "@qifu/domain";
import { BrandMark } from "../components/brand-mark";
import { LanguageSwitch } from "../components/language-switch";
import { useLocale } from "../i18n-store";

/**
 * The board's sign-in page: the UI kit's LoginScreen with refine's login and the board's texts.
 * Errors show on the form (the board has no snackbar): the server's bilingual message, or the
 * refusal for enterprise accounts from the auth provider.
 */
export function LoginPage() {
  const t = useTranslate();
  const { mutate: login, isPending, data } = useLogin<{ username: string; password: string }>();
  const lang = useLocale() === "en" ? "en" : "zh";
  const result = data as AuthActionResponse | undefined;
  // Errors carry the server's bilingual body (data-provider's toHttpError): re-translated on a language switch.
  const error = result?.success === false ? (result.error as (Error & { app?: TAppErrorBody }) | undefined) : undefined;
  const failed = error ? (error.app?.message[lang] ?? error.message) : undefined;
  const { data: auth } = useIsAuthenticated();
  // Back to the page that sent here (refine's CatchAllNavigate adds ?to=); only paths of this app.
  const to = useSearchParams()[0].get("to");
  const back = to && to.startsWith("/") && !to.startsWith("//") ? to : "/";

  // Already signed in (or just signed in): straight to the board.
  if (auth?.authenticated) return <Navigate to={back} replace />;

  return (
    <LoginScreen
      // The mark is blue itself: on the blue panel it sits on a light tile.
      brandMark={(size, onDark) =>
        onDark ? (
          <Box sx={{ bgcolor: "rgba(255,255,255,0.15)", borderRadius: 2, p: 0.5 }}>
            <BrandMark size={size - 8} />
          </Box>
        ) : (
          <BrandMark size={size} />
        )
      }
      brandName={t("app.org")}
      productName={t("app.board")}
      compactName={t("app.name")}
      tagline={t("login.tagline")}
      highlights={[
        { icon: <HubOutlined />, text: t("login.pointNetwork") },
        { icon: <FlagOutlined />, text: t("login.pointTargets") },
        { icon: <InsightsOutlined />, text: t("login.pointDemonstration") },
      ]}
      footer={t("login.footer")}
      title={t("login.title")}
      subtitle={t("login.subtitle")}
      labels={{
        username: t("login.username"),
        password: t("login.password"),
        submit: t("login.submit"),
        submitting: t("login.submitting"),
        showPassword: t("login.showPassword"),
        hidePassword: t("login.hidePassword"),
        usernameRequired: t("login.usernameRequired"),
        passwordRequired: t("login.passwordRequired"),
      }}
      error={failed}
      submitting={isPending}
      onSubmit={(username, password) => login({ username, password })}
      toolbar={<LanguageSwitch />}
      belowForm={
        <>
          {t("login.enterpriseHint")}{" "}
          <Link href="/" underline="hover">
            {t("login.portal")}
          </Link>
        </>
      }
    />
  );
}

import { useState } from "react";
import { LocalesMenuButton, useLogin, useTranslate } from "react-admin";
import Link from "@mui/material/Link";
import { LoginScreen } from "@qifu/ui";
import { BrandMark } from "./brand";

/**
 * The console's sign-in page: the UI kit's LoginScreen with react-admin's login (which
 * redirects on success) and the console's texts. A failure's message is kept as a key or the
 * server's words (auth-provider) and translated on render, so it follows a language switch.
 */
export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(username: string, password: string) {
    setBusy(true);
    setError(undefined);
    try {
      await login({ username, password });
    } catch (err) {
      setError(err instanceof Error && err.message ? err.message : "qifu.login.failed");
      setBusy(false);
    }
  }

  return (
    <LoginScreen
      brandMark={(size, onDark) => <BrandMark size={size} inverted={onDark} />}
      brandName={translate("qifu.app.short")}
      productName={translate("qifu.app.name")}
      tagline={translate("qifu.login.tagline")}
      footer={translate("qifu.login.footer")}
      title={translate("qifu.login.heading")}
      subtitle={translate("qifu.login.subheading")}
      labels={{
        username: translate("ra.auth.username"),
        password: translate("ra.auth.password"),
        submit: translate("qifu.login.submit"),
        submitting: translate("qifu.login.submitting"),
        // react-admin names the toggle by the state it is in: "visible" hides, "hidden" shows
        showPassword: translate("ra.input.password.toggle_hidden"),
        hidePassword: translate("ra.input.password.toggle_visible"),
        usernameRequired: translate("qifu.login.username_required"),
        passwordRequired: translate("qifu.login.password_required"),
      }}
      error={error && translate(error, { _: error })}
      submitting={busy}
      onSubmit={submit}
      toolbar={<LocalesMenuButton />}
      belowForm={
        <>
          {translate("qifu.login.enterprise_hint")}{" "}
          <Link href="/" underline="hover">
            {translate("qifu.login.go_public")}
          </Link>
        </>
      }
    />
  );
}

import { Suspense, useMemo, type ReactNode } from "react";
import { BrowserRouter, Outlet, Route, Routes } from "react-router";
import { Authenticated, Refine, useTranslate, type RefineProps } from "@refinedev/core";
import { ErrorComponent, ThemedLayout } from "@refinedev/mui";
import routerProvider, { CatchAllNavigate, DocumentTitleHandler } from "@refinedev/react-router";
import CssBaseline from "@mui/material/CssBaseline";
import GlobalStyles from "@mui/material/GlobalStyles";
import { ThemeProvider } from "@mui/material/styles";
import { EmptyState, LoadingState, qifuThemeFor, UiLanguageProvider } from "@qifu/ui";
import type { TBoardFeature } from "@qifu/ui/board";
import { MissingFeaturesNotice, useFeatureRemotes } from "@qifu/ui/remotes";
import { authProvider } from "./auth-provider";
import { BoardHeader } from "./components/board-header";
import { BrandTitle } from "./components/brand-title";
import { createDataProvider } from "./data-provider";
import { compose, Composition } from "./composition";
import { boardFeatureNames } from "./features";
import { createI18nProvider, translateIn, useLocale } from "./i18n";
import { AllSectionsPage, HomePage } from "./pages/home";
import { LoginPage } from "./pages/login";
import { accessControlProvider, usePermitted } from "./permissions";

const dataProvider = createDataProvider();

/** A wall board stays open for hours: every query refreshes itself every five minutes. */
const refineOptions: RefineProps["options"] = {
  disableTelemetry: true,
  syncWithLocation: false,
  warnWhenUnsavedChanges: false,
  reactQuery: { clientConfig: { defaultOptions: { queries: { staleTime: 60_000, refetchInterval: 5 * 60_000, retry: 1 } } } },
};

/** "目标进度 · 企服 · 评价看板" in the browser tab. */
function TitleHandler() {
  const t = useTranslate();
  const suffix = t("app.tabTitle");
  return (
    <DocumentTitleHandler
      handler={({ resource, pathname }) => {
        const page =
          pathname === "/login" ? t("login.title") : resource?.name ? t(`${resource.name}.${resource.name}`) : t("dashboard.title");
        return `${page} · ${suffix}`;
      }}
    />
  );
}

/** A feature's page for a role its data would refuse: a plain sentence instead of a 403. */
function PermittedPage({ requires, children }: { requires?: string; children: ReactNode }) {
  const t = useTranslate();
  const permitted = usePermitted()(requires);
  if (permitted === undefined) return <LoadingState label={t("app.loading")} />;
  if (!permitted) return <EmptyState title={t("app.notPermitted")} description={t("app.notPermittedHint")} />;
  return children;
}

export function App() {
  const locale = useLocale();
  const lang = locale === "en" ? "en" : "zh";
  const loaded = useFeatureRemotes<TBoardFeature>("board", boardFeatureNames, "boardFeature");
  const composed = useMemo(() => (loaded ? compose(loaded) : null), [loaded]);
  // a new provider per locale, and once the features' words have arrived
  const i18nProvider = useMemo(() => createI18nProvider(locale), [locale, composed]);
  if (!composed)
    return (
      <ThemeProvider theme={qifuThemeFor(lang)}>
        <UiLanguageProvider lang={lang}>
          <CssBaseline />
          <LoadingState label={translateIn(locale, "app.loading")} />
        </UiLanguageProvider>
      </ThemeProvider>
    );

  return (
    <Composition.Provider value={composed}>
      <BrowserRouter basename="/board">
        {/* The platform's one theme, with MUI's own texts in the language on screen. */}
        <ThemeProvider theme={qifuThemeFor(lang)}>
          <UiLanguageProvider lang={lang}>
            <CssBaseline />
            <GlobalStyles styles={{ body: { WebkitFontSmoothing: "antialiased" } }} />
            <Refine
              dataProvider={dataProvider}
              authProvider={authProvider}
              accessControlProvider={accessControlProvider}
              i18nProvider={i18nProvider}
              routerProvider={routerProvider}
              resources={composed.resources}
              options={refineOptions}
            >
              <Routes>
                <Route
                  element={
                    <Authenticated
                      key="board"
                      fallback={<CatchAllNavigate to="/login" />}
                      loading={<LoadingState label={translateIn(locale, "app.loading")} />}
                    >
                      <ThemedLayout Header={BoardHeader} Title={BrandTitle}>
                        <MissingFeaturesNotice missing={composed.missing} />
                        <Suspense fallback={<LoadingState label={translateIn(locale, "app.loading")} />}>
                          <Outlet />
                        </Suspense>
                      </ThemedLayout>
                    </Authenticated>
                  }
                >
                  <Route index element={<HomePage />} />
                  <Route path="/sections" element={<AllSectionsPage />} />
                  {composed.routes.map(({ path, Component, requires }) => (
                    <Route
                      key={path}
                      path={path}
                      element={
                        <PermittedPage requires={requires}>
                          <Component />
                        </PermittedPage>
                      }
                    />
                  ))}
                  <Route path="*" element={<ErrorComponent />} />
                </Route>
                {/* Not inside <Authenticated>: its re-check after a failed sign-in would remount the form and lose the error. */}
                <Route path="/login" element={<LoginPage />} />
              </Routes>
              <TitleHandler />
            </Refine>
          </UiLanguageProvider>
        </ThemeProvider>
      </BrowserRouter>
    </Composition.Provider>
  );
}

import { useMemo, type ComponentType } from "react";
import { Admin, Resource, type DashboardComponent, type I18nProvider } from "react-admin";
import CssBaseline from "@mui/material/CssBaseline";
import { ThemeProvider, createTheme } from "@mui/material/styles";
import { LoadingState, UiLanguageProvider } from "@qifu/ui";
import { createAdminQueryClient, type TAdminFeature, type TAdminResource } from "@qifu/ui/admin";
import { MissingFeaturesNotice, useFeatureRemotes, withFeatureBoundary, type TLoadedFeatures } from "@qifu/ui/remotes";
import { createAuthProvider } from "./auth-provider";
import { callThrough, createDataProvider } from "./data-provider";
import { adminFeatureNames } from "./features";
import { createI18nProvider, langOf } from "./i18n";
import { QifuLayout } from "./layout";
import { LoginPage } from "./login-page";
import { FeatureLabels, MissingFeatures, useMissingFeatures } from "./missing-features";
import { MenuFeatures } from "./menu";
import { adminTheme } from "./theme";
import { TodoPanel } from "./todo-panel";
import { trpc } from "./trpc";

/** Each screen of a feature inside that feature's error boundary: one feature's crash leaves the console standing. */
function bounded(feature: string, resource: TAdminResource): TAdminResource {
  const wrap = <C,>(c: C) => (c ? (withFeatureBoundary(feature, c as never) as C) : c);
  return { ...resource, list: wrap(resource.list), create: wrap(resource.create), edit: wrap(resource.edit), show: wrap(resource.show) };
}

/** Features' small notices (e.g. the working calendar's) above the home page. */
function withNotices(notices: ComponentType[], Home: ComponentType) {
  return function HomeWithNotices() {
    return (
      <>
        {notices.map((Notice, i) => (
          <Notice key={i} />
        ))}
        <Home />
      </>
    );
  };
}

/** The home page when no loaded feature brings one (the network feature did not load). */
function FallbackDashboard() {
  return <MissingFeaturesNotice missing={useMissingFeatures()} />;
}

/** Every staff member lands on their to-dos, above the loaded feature's overview. */
function withTodos(Overview: ComponentType): ComponentType {
  return function Home() {
    return (
      <>
        <TodoPanel />
        <Overview />
      </>
    );
  };
}

function Console({ loaded }: { loaded: TLoadedFeatures<TAdminFeature> }) {
  const { features, missing, labels } = loaded;
  const setup = useMemo(() => {
    const resources = features.flatMap((f) => f.resources.map((r) => bounded(f.name, r)));
    const i18nProvider: I18nProvider = createI18nProvider(features);
    const currentLang = () => langOf(i18nProvider.getLocale());
    const dataProvider = createDataProvider(callThrough(trpc), currentLang);
    const authProvider = createAuthProvider(
      { login: (input) => trpc.auth.login.mutate(input), logout: () => trpc.auth.logout.mutate(), me: () => trpc.auth.me.query() },
      currentLang,
      resources,
    );
    const home = features.find((f) => f.dashboard);
    const homePage = withTodos(home?.dashboard ? withFeatureBoundary(home.name, home.dashboard) : FallbackDashboard) as ComponentType;
    const notices = features.flatMap((f) => (f.notices ?? []).map((n) => withFeatureBoundary(f.name, n) as ComponentType));
    const dashboard = (notices.length ? withNotices(notices, homePage) : homePage) as DashboardComponent;
    return { resources, i18nProvider, dataProvider, authProvider, dashboard, queryClient: createAdminQueryClient() };
  }, [features]);

  return (
    <MissingFeatures.Provider value={missing}>
      <FeatureLabels.Provider value={labels}>
        <MenuFeatures.Provider value={features}>
          <Admin
            disableTelemetry
            title="花都区中小企业公共服务平台 · 管理后台"
            dataProvider={setup.dataProvider}
            queryClient={setup.queryClient}
            authProvider={setup.authProvider}
            i18nProvider={setup.i18nProvider}
            theme={adminTheme}
            layout={QifuLayout}
            loginPage={LoginPage}
            dashboard={setup.dashboard}
            requireAuth
          >
            {setup.resources.map(({ name, list, create, edit, show, recordRepresentation, icon, options }) => (
              <Resource
                key={name}
                name={name}
                list={list}
                create={create}
                edit={edit}
                show={show}
                recordRepresentation={recordRepresentation}
                icon={icon}
                options={options}
              />
            ))}
          </Admin>
        </MenuFeatures.Provider>
      </FeatureLabels.Provider>
    </MissingFeatures.Provider>
  );
}

const bootTheme = createTheme(adminTheme as object);

/** react-admin's remembered locale, before react-admin is mounted. */
function storedLang() {
  try {
    return langOf(JSON.parse(localStorage.getItem("RaStore.locale") ?? '"zh-CN"') as string);
  } catch {
    return "zh";
  }
}

/** While the features' remotes load: the console's theme and a loading state. */
function Booting() {
  return (
    <ThemeProvider theme={bootTheme}>
      <CssBaseline />
      <UiLanguageProvider lang={storedLang()}>
        <LoadingState />
      </UiLanguageProvider>
    </ThemeProvider>
  );
}

/**
 * The admin console for district, town and node staff. Its features (features.ts) are
 * remotes loaded at runtime; what each role may see and do is decided by the server,
 * mirrored by authProvider.canAccess for menus and buttons.
 */
export function App() {
  const loaded = useFeatureRemotes<TAdminFeature>("admin", adminFeatureNames, "adminFeature");
  return loaded ? <Console loaded={loaded} /> : <Booting />;
}

import { Admin, Resource } from "react-admin";
import { createAuthProvider } from "./auth-provider";
import { callThrough, createDataProvider } from "./data-provider";
import { adminResources, Dashboard } from "./features";
import { i18nProvider, langOf } from "./i18n";
import { QifuLayout } from "./layout";
import { LoginPage } from "./login-page";
import { adminTheme } from "./theme";
import { trpc } from "./trpc";

const currentLang = () => langOf(i18nProvider.getLocale());

const dataProvider = createDataProvider(callThrough(trpc), currentLang);
const authProvider = createAuthProvider(
  { login: (input) => trpc.auth.login.mutate(input), logout: () => trpc.auth.logout.mutate(), me: () => trpc.auth.me.query() },
  currentLang,
  adminResources,
);

/**
 * The admin console for district, town and node staff. Resources come from the features
 * (features.ts); what each role may see and do is decided by the server, mirrored by
 * authProvider.canAccess for menus and buttons.
 */
export function App() {
  return (
    <Admin
      disableTelemetry
      title="花都区中小企业公共服务平台 · 管理后台"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      theme={adminTheme}
      layout={QifuLayout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      requireAuth
    >
      {adminResources.map(({ name, list, create, edit, show, recordRepresentation, icon, options }) => (
        <Resource key={name} name={name} list={list} create={create} edit={edit} show={show} recordRepresentation={recordRepresentation} icon={icon} options={options} />
      ))}
    </Admin>
  );
}

import type { AuthProvider, UserIdentity } from "react-admin";
import { STAFF_ROLES, type TLabel, type TRole } from "@qifu/domain";
import { isUnauthenticated, messageOf, rememberedAccount } from "@qifu/ui";
import type { TAdminAction, TAdminResource } from "@qifu/ui/admin";
import type { TLang } from "./i18n";

/** What auth.me returns. */
export type TMe = {
  id: string;
  username: string;
  displayName: string;
  role: TRole;
  roleLabel: TLabel;
  townId: string | null;
  townName: string | null;
  nodeId: string | null;
  nodeName: string | null;
};

export type TAuthApi = {
  login: (input: { username: string; password: string }) => Promise<unknown>;
  logout: () => Promise<unknown>;
  me: () => Promise<TMe | null>;
};

/** Thrown (as the error's message) when an enterprise account tries the console; the login page translates it. */
export const ENTERPRISE_REFUSED = "qifu.login.enterprise_refused";

const isStaff = (me: TMe | null): me is TMe => !!me && STAFF_ROLES.includes(me.role);

/**
 * Cookie-session auth over auth.login / auth.logout / auth.me. The account is fetched once
 * and kept until a login, a logout or a 401; react-admin asks for it on every page.
 * `canAccess` follows each resource's `access` declaration (features.ts).
 */
export function createAuthProvider(api: TAuthApi, getLang: () => TLang, resources: TAdminResource[]): AuthProvider {
  const { me, known, forget } = rememberedAccount(api.me);

  return {
    async login({ username, password }: { username: string; password: string }) {
      forget();
      try {
        await api.login({ username: String(username ?? "").trim(), password: String(password ?? "") });
      } catch (err) {
        // wrong password, lockout, rate limit: the server's own words, in the current language
        throw new Error(messageOf(err, getLang()));
      }
      const account = await me();
      if (!isStaff(account)) {
        // Enterprise users work on the public site; do not leave a console session behind.
        await api.logout().catch(() => undefined);
        forget();
        throw new Error(ENTERPRISE_REFUSED);
      }
    },

    async logout() {
      const account = await (known() ?? Promise.resolve(null)).catch(() => null);
      forget();
      // An enterprise user who opened /admin/ by mistake keeps their portal session.
      if (account && !isStaff(account)) return;
      await api.logout().catch(() => undefined);
    },

    async checkAuth() {
      const account = await me();
      if (!isStaff(account)) throw { redirectTo: "/login", message: false };
    },

    async checkError(error: { status?: number }) {
      if (error?.status === 401 || isUnauthenticated(error)) {
        forget();
        throw { redirectTo: "/login", message: "ra.notification.logged_out" };
      }
      // 403 and the rest: the page shows the message; the session stays.
    },

    async getIdentity(): Promise<UserIdentity> {
      const account = await me();
      if (!account) throw new Error("not signed in");
      return {
        id: account.id,
        fullName: account.displayName,
        role: account.role,
        roleLabel: account.roleLabel,
        townId: account.townId,
        townName: account.townName,
        nodeId: account.nodeId,
        nodeName: account.nodeName,
      };
    },

    async getPermissions() {
      return (await me())?.role;
    },

    async canAccess({ action, resource }: { action: string; resource: string }) {
      const account = await me();
      if (!isStaff(account)) return false;
      const allowed = resources.find((r) => r.name === resource)?.access?.[action as TAdminAction];
      return !allowed || allowed.includes(account.role);
    },
  };
}

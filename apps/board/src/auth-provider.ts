import type { AuthProvider, HttpError } from "@refinedev/core";
import { appErrorOf, isUnauthenticated, rememberedAccount } from "@qifu/ui";
import { toHttpError } from "./data-provider";
import { currentLang, translateIn } from "./i18n";
import { client } from "./trpc";

export type TMe = NonNullable<Awaited<ReturnType<typeof client.auth.me.query>>>;
/** What refine's useGetIdentity returns on the board: the account plus `name` for the header. */
export type TIdentity = TMe & { name: string };

/** The board is for staff; an enterprise account is signed out again at once. */
const REFUSED_ROLES = new Set(["ENTERPRISE"]);

class RefusedError extends Error {}

/** The refusal as an HttpError with both languages, like a server error, so the form can re-translate it. */
function refusal(): HttpError {
  const message = { zh: translateIn("zh-CN", "login.enterpriseRefused"), en: translateIn("en", "login.enterpriseRefused") };
  return { name: "FORBIDDEN", statusCode: 403, message: message[currentLang()], app: { code: "FORBIDDEN", message, fields: [] } };
}

/** auth.me, or null when nobody is signed in (the cookie is httpOnly: only the server knows); kept until a sign-in, sign-out or 401. */
const account = rememberedAccount(async (): Promise<TMe | null> => {
  try {
    return await client.auth.me.query();
  } catch (err) {
    if (isUnauthenticated(err)) return null;
    throw err;
  }
});
export const me = account.me;

export const authProvider: AuthProvider = {
  login: async ({ username, password }: { username?: string; password?: string }) => {
    try {
      account.forget();
      await client.auth.login.mutate({ username: String(username ?? "").trim(), password: String(password ?? "") });
      const user = await me();
      if (user && REFUSED_ROLES.has(user.role)) {
        await client.auth.logout.mutate().catch(() => undefined);
        account.forget();
        throw new RefusedError();
      }
      return { success: true, redirectTo: "/" };
    } catch (err) {
      const error = err instanceof RefusedError ? refusal() : toHttpError(err);
      return { success: false, error };
    }
  },

  logout: async () => {
    await client.auth.logout.mutate().catch(() => undefined);
    account.forget();
    return { success: true, redirectTo: "/login" };
  },

  check: async () => {
    try {
      const user = await me();
      if (user && !REFUSED_ROLES.has(user.role)) return { authenticated: true };
    } catch (err) {
      return { authenticated: false, redirectTo: "/login", error: toHttpError(err) };
    }
    return { authenticated: false, redirectTo: "/login", logout: true };
  },

  // A 401 from any call means the session ended (idle timeout): back to the login page.
  onError: async (error: unknown) => {
    const status = (error as { statusCode?: number } | null)?.statusCode;
    if (status === 401 || appErrorOf(error)?.code === "UNAUTHENTICATED") {
      account.forget();
      return { logout: true, redirectTo: "/login", error: error as Error };
    }
    return {};
  },

  getIdentity: async (): Promise<TIdentity | null> => {
    const user = await me();
    return user ? { ...user, name: user.displayName } : null;
  },

  getPermissions: async () => (await me())?.role ?? null,
};

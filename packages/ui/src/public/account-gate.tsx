import { createContext, useContext, type ReactNode } from "react";
import { Link as RouterLink, useLocation } from "react-router";
import { useQuery } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import type { TLabel } from "@qifu/domain";
import { LoadingState } from "../components/loading-state";
import type { TPublicLang } from "./context";

/** The public site's account pages (the enterprises feature serves them). */
export const ACCOUNT_PATHS = { login: "/login", register: "/enterprise/register", centre: "/enterprise", services: "/services" } as const;
/** The query key of auth.me on the public site: the sign-in page sets it, every gate reads it. */
export const ME_QUERY_KEY = ["auth", "me"] as const;
/** `/login?next=<here>`: every "登录后…" button goes through the one sign-in page and comes back. */
export const loginHref = (next: string) => `${ACCOUNT_PATHS.login}?next=${encodeURIComponent(next)}`;

type TClaimState = { status: string; reviewNote: string | null } | null;
/** What the gate reads, structurally: auth.me and the enterprise account's claim. */
export interface AccountGateClient {
  auth: { me: { query(): Promise<{ role: string; enterpriseId: string | null } | null> } };
  enterpriseAccount: { mine: { query(): Promise<{ claim: TClaimState; enterprise: unknown }> } };
}

const Ctx = createContext<{ client: AccountGateClient; lang: TPublicLang } | null>(null);
/** The app gives the gate its client once (apps/public/src/features.ts). */
export function AccountGateProvider({ client, lang, children }: { client: AccountGateClient; lang: TPublicLang; children: ReactNode }) {
  return <Ctx.Provider value={{ client, lang }}>{children}</Ctx.Provider>;
}

const TEXT = {
  zh: {
    signIn: "登录",
    register: "注册企业账号",
    needSignIn: (a: string) => `请先登录企业账号，再${a}。`,
    noAccount: "还没有账号？",
    staff: (a: string) => `工作人员账号不能${a}，请使用管理后台。`,
    pendingTitle: "企业认领审核中",
    rejectedTitle: "企业认领未通过",
    noClaimTitle: "尚未认领企业",
    pending: (a: string) =>
      `您的账号已注册，企业认领正在等待镇街或区里审核，审核通过后即可${a}。在此之前，您可以浏览服务目录、联系所在镇街的服务站，并在企业中心查看审核进度。`,
    rejected: (a: string, note: string) =>
      `您的企业认领未通过审核${note ? `（${note}）` : ""}，暂时不能${a}。请在企业中心核对信息后重新提交，或联系所在镇街的服务站。`,
    noClaim: (a: string) => `账号还没有关联企业，暂时不能${a}。请在企业中心提交企业认领。`,
    centre: "查看认领进度",
    services: "浏览服务目录",
  },
  en: {
    signIn: "Sign in",
    register: "Register an enterprise account",
    needSignIn: (a: string) => `Sign in with an enterprise account to ${a}.`,
    noAccount: "No account yet?",
    staff: (a: string) => `Staff accounts cannot ${a}; please use the admin console.`,
    pendingTitle: "Your claim is being reviewed",
    rejectedTitle: "Your claim was not approved",
    noClaimTitle: "No enterprise claimed yet",
    pending: (a: string) =>
      `Your account is registered and its enterprise claim awaits review by the town or district; once approved you can ${a}. Meanwhile you can browse the service catalogue, contact your town's service station and follow the review in the enterprise centre.`,
    rejected: (a: string, note: string) =>
      `Your enterprise claim was not approved${note ? ` (${note})` : ""}, so you cannot ${a} yet. Check your details in the enterprise centre and file it again, or contact your town's service station.`,
    noClaim: (a: string) => `This account has no enterprise yet, so you cannot ${a}. File a claim in the enterprise centre.`,
    centre: "See the review",
    services: "Browse services",
  },
};

/**
 * Shows its children (a form) only to an account that can submit it: a verified enterprise.
 * Anyone else is told first, at the place they would act, what they can do instead: sign in
 * (coming back here), wait for the claim's review (and meanwhile…), or file the claim again
 * (issue 10 point 11). `action` names what the form does ("提交诉求", "申请服务").
 */
export function AccountGate({ action, children, compact = false }: { action: TLabel; children: ReactNode; compact?: boolean }) {
  const ctx = useContext(Ctx);
  const location = useLocation();
  const me = useQuery({ queryKey: ME_QUERY_KEY, queryFn: () => ctx!.client.auth.me.query(), staleTime: 30_000, enabled: !!ctx });
  const verified = me.data?.role === "ENTERPRISE" && !!me.data.enterpriseId;
  const mine = useQuery({
    queryKey: ["enterpriseAccount.mine"],
    queryFn: () => ctx!.client.enterpriseAccount.mine.query(),
    enabled: !!ctx && me.data?.role === "ENTERPRISE" && !verified,
  });
  if (!ctx || verified) return <>{children}</>;
  const lang = ctx.lang;
  const t = TEXT[lang];
  const a = action[lang];
  if (me.isPending || (me.data?.role === "ENTERPRISE" && mine.isPending)) return compact ? null : <LoadingState />;
  const links = (withCentre: boolean) => (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mt: 1 }}>
      {withCentre && (
        <Button size="small" variant="contained" component={RouterLink} to={ACCOUNT_PATHS.centre} sx={{ minHeight: 40 }}>
          {t.centre}
        </Button>
      )}
      <Button size="small" variant="outlined" component={RouterLink} to={ACCOUNT_PATHS.services} sx={{ minHeight: 40 }}>
        {t.services}
      </Button>
    </Box>
  );
  if (!me.data)
    return (
      <Alert severity="info" data-testid="account-gate" data-state="anonymous">
        {t.needSignIn(a)}
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mt: 1, alignItems: "center" }}>
          <Button
            size="small"
            variant="contained"
            component={RouterLink}
            to={loginHref(location.pathname + location.search)}
            sx={{ minHeight: 40 }}
          >
            {t.signIn}
          </Button>
          <Button size="small" component={RouterLink} to={ACCOUNT_PATHS.register} sx={{ minHeight: 40 }}>
            {t.register}
          </Button>
        </Box>
      </Alert>
    );
  if (me.data.role !== "ENTERPRISE")
    return (
      <Alert severity="info" data-testid="account-gate" data-state="staff">
        {t.staff(a)}
      </Alert>
    );
  const claim = mine.data?.claim ?? null;
  const state = claim?.status === "REJECTED" ? "rejected" : claim ? "pending" : "none";
  return (
    <Alert
      severity={state === "rejected" ? "error" : state === "pending" ? "warning" : "info"}
      data-testid="account-gate"
      data-state={state}
    >
      <AlertTitle>{state === "rejected" ? t.rejectedTitle : state === "pending" ? t.pendingTitle : t.noClaimTitle}</AlertTitle>
      {state === "rejected" ? t.rejected(a, claim?.reviewNote ?? "") : state === "pending" ? t.pending(a) : t.noClaim(a)}
      {links(true)}
    </Alert>
  );
}

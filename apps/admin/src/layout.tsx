import type { ReactNode } from "react";
import {
  AppBar,
  Layout,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useLocaleState,
  useTranslate,
} from "react-admin";
import Box from "@mui/material/Box";
import Divider from "@mui/material/Divider";
import Typography from "@mui/material/Typography";
import type { TLabel } from "@qifu/domain";
import { NotificationBell, UiLanguageProvider } from "@qifu/ui";
import { MissingFeaturesNotice } from "@qifu/ui/remotes";
import { BrandMark } from "./brand";
import { langOf } from "./i18n";
import { useMissingFeatures } from "./missing-features";
import { QifuMenu } from "./menu";
import { trpc } from "./trpc";

/** The inbox procedures for the bell (DESIGN.md §6 Notifications). */
const inbox = {
  list: () => trpc.notifications.list.query({ pagination: { page: 1, perPage: 20 } }),
  unreadCount: () => trpc.notifications.unreadCount.query(),
  markRead: (ids: string[]) => trpc.notifications.markRead.mutate({ ids }),
  markAllRead: () => trpc.notifications.markAllRead.mutate(),
};

/** Who is signed in: name, role and scope (town or node), at the top of the user menu. */
function IdentityHeader() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!identity) return null;
  const roleLabel = (identity.roleLabel as TLabel | undefined)?.[langOf(locale)];
  const rows: [string, unknown][] = [
    ["qifu.user.role", roleLabel],
    ["qifu.user.town", identity.townName],
    ["qifu.user.node", identity.nodeName],
  ];
  return (
    <Box sx={{ px: 2, pt: 1, pb: 1.5, minWidth: 240 }}>
      <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>
        {identity.fullName}
      </Typography>
      {rows
        .filter(([, v]) => v)
        .map(([key, value]) => (
          <Typography key={key} variant="caption" color="text.secondary" sx={{ display: "block" }}>
            {translate(key)}：{String(value)}
          </Typography>
        ))}
    </Box>
  );
}

function RoleBadge() {
  const { identity } = useGetIdentity();
  const [locale] = useLocaleState();
  const label = (identity?.roleLabel as TLabel | undefined)?.[langOf(locale)];
  if (!label) return null;
  return (
    <Box
      component="span"
      sx={{
        display: { xs: "none", md: "inline-block" },
        px: 1,
        py: 0.25,
        mr: 1,
        borderRadius: 1,
        fontSize: 12,
        bgcolor: "rgba(255,255,255,0.16)",
        whiteSpace: "nowrap",
      }}
    >
      {label}
    </Box>
  );
}

function QifuUserMenu() {
  return (
    <UserMenu>
      <IdentityHeader />
      <Divider />
      <Logout />
    </UserMenu>
  );
}

function QifuAppBar() {
  const translate = useTranslate();
  return (
    <AppBar
      color="primary"
      userMenu={<QifuUserMenu />}
      toolbar={
        <>
          <RoleBadge />
          <NotificationBell api={inbox} />
          {/* on a phone only the language icon: the name would wrap the header onto two lines */}
          <Box
            sx={{
              "& .MuiButton-root": { whiteSpace: "nowrap", minWidth: 0 },
              "@media (max-width: 599.95px)": {
                "& .MuiButton-root": { fontSize: 0, px: 1 },
                "& .MuiButton-startIcon": { m: 0 },
                "& .MuiButton-endIcon": { display: "none" },
              },
            }}
          >
            <LocalesMenuButton />
          </Box>
          <LoadingIndicator />
        </>
      }
    >
      <Box sx={{ display: "flex", alignItems: "center", gap: 1.25, mr: 2, minWidth: 0 }}>
        <BrandMark size={28} inverted />
        <Typography component="span" sx={{ fontWeight: 700, fontSize: 16, whiteSpace: "nowrap", display: { xs: "none", lg: "inline" } }}>
          {translate("qifu.app.title")}
        </Typography>
        <Typography component="span" sx={{ fontWeight: 700, fontSize: 16, whiteSpace: "nowrap", display: { xs: "inline", lg: "none" } }}>
          {translate("qifu.app.console")}
        </Typography>
      </Box>
      <Box
        sx={{ width: "1px", alignSelf: "stretch", my: 1.5, mr: 2, bgcolor: "rgba(255,255,255,0.3)", display: { xs: "none", sm: "block" } }}
      />
      <TitlePortal sx={{ fontSize: 15, fontWeight: 500, opacity: 0.92 }} />
    </AppBar>
  );
}

/**
 * The console's frame; the UI kit's own words (empty, loading, retry…) follow the screen
 * language. Features whose remote did not load are named above every page.
 */
export function QifuLayout({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  return (
    <UiLanguageProvider lang={langOf(locale)}>
      <Layout appBar={QifuAppBar} menu={QifuMenu}>
        <MissingFeaturesNotice missing={useMissingFeatures()} />
        {children}
      </Layout>
    </UiLanguageProvider>
  );
}

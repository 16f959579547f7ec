import { useState, type MouseEvent } from "react";
import { NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from "react-router";
import { useQuery } from "@tanstack/react-query";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Container from "@mui/material/Container";
import Divider from "@mui/material/Divider";
import Drawer from "@mui/material/Drawer";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemText from "@mui/material/ListItemText";
import ListSubheader from "@mui/material/ListSubheader";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import CloseIcon from "@mui/icons-material/Close";
import ExpandMore from "@mui/icons-material/ExpandMore";
import MenuIcon from "@mui/icons-material/Menu";
import OpenInNew from "@mui/icons-material/OpenInNew";
import TranslateIcon from "@mui/icons-material/Translate";
import type { TLabel } from "@qifu/domain";
import { NotificationBell, qifuPalette } from "@qifu/ui";
import { loginHref } from "@qifu/ui/public";
import { api } from "./api";
import { featureRoutes, type TPublicRoute } from "./features";
import { useI18n } from "./lang-context";

/** The other front ends on the same server; plain links, they are separate apps. */
const OTHER_APPS = [
  { key: "admin", href: "/admin/" },
  { key: "board", href: "/board/" },
] as const;

/** Header entries in order: a page, or a drop-down of the pages that share a `navGroup`. */
type TNavEntry = { kind: "page"; route: TPublicRoute } | { kind: "group"; label: TLabel; routes: TPublicRoute[] };
const navEntries: TNavEntry[] = [];
for (const route of featureRoutes.filter((r) => r.nav)) {
  const group =
    route.navGroup &&
    navEntries.find((e): e is Extract<TNavEntry, { kind: "group" }> => e.kind === "group" && e.label.zh === route.navGroup!.zh);
  if (group) group.routes.push(route);
  else if (route.navGroup) navEntries.push({ kind: "group", label: route.navGroup, routes: [route] });
  else navEntries.push({ kind: "page", route });
}

export function SiteLayout() {
  return (
    <Box sx={{ minHeight: "100vh", display: "flex", flexDirection: "column" }}>
      <Header />
      <Box component="main" id="main" sx={{ flex: 1, minWidth: 0 }}>
        <Outlet />
      </Box>
      <Footer />
      <ScrollRestoration />
    </Box>
  );
}

function Logo() {
  return (
    <Box component="svg" viewBox="0 0 32 32" aria-hidden sx={{ width: 32, height: 32, flexShrink: 0 }}>
      <rect width="32" height="32" rx="7" fill={qifuPalette.primary} />
      <circle cx="16" cy="16" r="5" fill="#fff" />
      <circle cx="7" cy="9" r="2.5" fill="#fff" />
      <circle cx="25" cy="9" r="2.5" fill="#fff" />
      <circle cx="16" cy="27" r="2.5" fill="#fff" />
    </Box>
  );
}

/** The signed-in visitor's inbox (DESIGN.md §6 Notifications); nothing for anonymous visitors. */
const inbox = {
  list: () => api.notifications.list.query({ pagination: { page: 1, perPage: 20 } }),
  unreadCount: () => api.notifications.unreadCount.query(),
  markRead: (ids: string[]) => api.notifications.markRead.mutate({ ids }),
  markAllRead: () => api.notifications.markAllRead.mutate(),
};
function InboxBell() {
  const { lang } = useI18n();
  const navigate = useNavigate();
  const me = useQuery({ queryKey: ["auth", "me"], queryFn: () => api.auth.me.query(), staleTime: 30_000 });
  if (!me.data) return null;
  return (
    <NotificationBell
      api={inbox}
      lang={lang}
      color="default"
      onNavigate={(link) => (link.startsWith("/admin") || link.startsWith("/board") ? window.location.assign(link) : navigate(link))}
    />
  );
}

/** 登录/注册 for anonymous visitors: the one sign-in page, coming back to this page. */
function SignInLink({ drawer = false, onClick }: { drawer?: boolean; onClick?: () => void }) {
  const { t } = useI18n();
  const location = useLocation();
  const me = useQuery({ queryKey: ["auth", "me"], queryFn: () => api.auth.me.query(), staleTime: 30_000 });
  if (me.isPending || me.data) return null;
  const to = location.pathname === "/login" ? `/login${location.search}` : loginHref(location.pathname + location.search);
  if (drawer)
    return (
      <ListItemButton component={NavLink} to={to} onClick={onClick} sx={{ minHeight: 48 }} data-testid="drawer-sign-in">
        <ListItemText primary={t.signIn} />
      </ListItemButton>
    );
  return (
    <Button
      component={NavLink}
      to={to}
      variant="outlined"
      size="small"
      sx={{ minHeight: 40, flexShrink: 0, whiteSpace: "nowrap", display: { xs: "none", sm: "inline-flex" } }}
    >
      {t.signIn}
    </Button>
  );
}

function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Button
      onClick={() => setLang(lang === "zh" ? "en" : "zh")}
      startIcon={<TranslateIcon />}
      aria-label={t.switchLangLabel}
      lang={lang === "zh" ? "en" : "zh-CN"}
      color="inherit"
      sx={{
        minHeight: 40,
        minWidth: 40,
        flexShrink: 0,
        color: "text.secondary",
        textTransform: "none",
        px: { xs: 1, sm: 1.5 },
        "& .MuiButton-startIcon": { display: { xs: "none", sm: "inherit" } },
      }}
    >
      <Box component="span" sx={{ display: { xs: "none", sm: "inline" } }}>
        {t.switchLang}
      </Box>
      <Box component="span" sx={{ display: { sm: "none" } }}>
        {t.switchLangShort}
      </Box>
    </Button>
  );
}

const navButtonSx = (active: boolean) => ({
  minHeight: 40,
  px: 1.25,
  fontSize: "0.9375rem",
  whiteSpace: "nowrap",
  flexShrink: 0,
  color: active ? "primary.main" : "text.primary",
  fontWeight: active ? 700 : 500,
  position: "relative",
  "&::after": active
    ? { content: '""', position: "absolute", left: 12, right: 12, bottom: -12, height: 3, borderRadius: 2, bgcolor: "primary.main" }
    : {},
});

/** A header entry that opens a drop-down of its pages (the service carriers). */
function NavGroupButton({ label, routes, active }: { label: string; routes: TPublicRoute[]; active: boolean }) {
  const { lang } = useI18n();
  const location = useLocation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color="inherit"
        aria-haspopup="menu"
        aria-expanded={Boolean(anchor)}
        endIcon={<ExpandMore />}
        onClick={(ev: MouseEvent<HTMLElement>) => setAnchor(ev.currentTarget)}
        sx={navButtonSx(active)}
      >
        {label}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {routes.map((r) => (
          <MenuItem
            key={r.path}
            component={NavLink}
            to={r.path}
            selected={location.pathname.startsWith(r.path)}
            onClick={() => setAnchor(null)}
            sx={{ minHeight: 44 }}
          >
            {r.nav![lang]}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

function Header() {
  const { lang, t } = useI18n();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const isActive = (path: string) =>
    path === "/" ? location.pathname === "/" : location.pathname === path || location.pathname.startsWith(`${path}/`);
  // The header's links fit from 1200 px in Chinese and from 1536 px in (longer) English; below, the menu.
  const navFrom = lang === "en" ? "xl" : "lg";

  return (
    <AppBar
      position="sticky"
      color="inherit"
      elevation={0}
      sx={{ borderBottom: "1px solid", borderColor: "divider", bgcolor: "rgba(255,255,255,0.96)", backdropFilter: "blur(6px)" }}
    >
      <Container maxWidth="xl" disableGutters>
        <Toolbar sx={{ gap: 1, minHeight: { xs: 56, md: 64 }, px: { xs: 1.5, sm: 3 } }}>
          <Box
            component={NavLink}
            to="/"
            sx={{
              display: "flex",
              alignItems: "center",
              gap: 1,
              color: "text.primary",
              textDecoration: "none",
              minWidth: 0,
              flex: { xs: 1, [navFrom]: "0 1 auto" },
              minHeight: 40,
            }}
          >
            <Logo />
            <Typography
              component="span"
              noWrap
              title={t.siteName}
              sx={{ fontWeight: 700, fontSize: { xs: "0.9375rem", sm: "1.0625rem" }, color: "primary.dark" }}
            >
              {/* The English name does not fit a phone's header; the Chinese one does. */}
              {lang === "en" ? (
                <>
                  <Box component="span" sx={{ display: { xs: "none", sm: "inline" } }}>
                    {t.siteName}
                  </Box>
                  <Box component="span" sx={{ display: { sm: "none" } }}>
                    {t.siteShort}
                  </Box>
                </>
              ) : (
                t.siteName
              )}
            </Typography>
          </Box>

          <Box
            component="nav"
            aria-label={t.mainNav}
            sx={{ display: { xs: "none", [navFrom]: "flex" }, alignItems: "center", gap: 0.25, ml: 2, flex: 1 }}
          >
            {navEntries.map((e) =>
              e.kind === "page" ? (
                <Button
                  key={e.route.path}
                  component={NavLink}
                  to={e.route.path}
                  end={e.route.path === "/"}
                  color="inherit"
                  sx={navButtonSx(isActive(e.route.path))}
                >
                  {e.route.nav![lang]}
                </Button>
              ) : (
                <NavGroupButton key={e.label.zh} label={e.label[lang]} routes={e.routes} active={e.routes.some((r) => isActive(r.path))} />
              ),
            )}
            <Box sx={{ flex: 1 }} />
            {OTHER_APPS.map((a) => (
              // staff links fit the header only on wide screens; the footer always has them
              <Button
                key={a.key}
                href={a.href}
                color="inherit"
                sx={{
                  minHeight: 40,
                  color: "text.secondary",
                  whiteSpace: "nowrap",
                  flexShrink: 0,
                  display: { xs: "none", xl: "inline-flex" },
                }}
              >
                {t[a.key]}
              </Button>
            ))}
          </Box>
          <InboxBell />
          <SignInLink />
          <LangSwitch />
          <IconButton aria-label={t.menu} onClick={() => setOpen(true)} sx={{ display: { [navFrom]: "none" }, width: 44, height: 44 }}>
            <MenuIcon />
          </IconButton>
        </Toolbar>
      </Container>

      <Drawer anchor="right" open={open} onClose={() => setOpen(false)} slotProps={{ paper: { sx: { width: 280, maxWidth: "85vw" } } }}>
        <Box sx={{ display: "flex", alignItems: "center", justifyContent: "space-between", px: 2, py: 1 }}>
          <Logo />
          <IconButton aria-label={t.closeMenu} onClick={() => setOpen(false)} sx={{ width: 44, height: 44 }}>
            <CloseIcon />
          </IconButton>
        </Box>
        <Divider />
        <List component="nav" aria-label={t.mainNav}>
          <SignInLink drawer onClick={() => setOpen(false)} />
          {navEntries.flatMap((e) => {
            const item = (r: TPublicRoute, nested = false) => (
              <ListItemButton
                key={r.path}
                component={NavLink}
                to={r.path}
                end={r.path === "/"}
                selected={isActive(r.path)}
                onClick={() => setOpen(false)}
                sx={{ minHeight: 48, pl: nested ? 4 : 2 }}
              >
                <ListItemText primary={r.nav![lang]} slotProps={{ primary: { sx: { fontWeight: isActive(r.path) ? 700 : 500 } } }} />
              </ListItemButton>
            );
            return e.kind === "page"
              ? [item(e.route)]
              : [
                  <ListSubheader key={e.label.zh} sx={{ lineHeight: "36px" }}>
                    {e.label[lang]}
                  </ListSubheader>,
                  ...e.routes.map((r) => item(r, true)),
                ];
          })}
          <Divider sx={{ my: 1 }} />
          {OTHER_APPS.map((a) => (
            <ListItemButton key={a.key} component="a" href={a.href} sx={{ minHeight: 48 }}>
              <ListItemText primary={t[a.key]} />
              <OpenInNew fontSize="small" color="action" />
            </ListItemButton>
          ))}
        </List>
      </Drawer>
    </AppBar>
  );
}

function Footer() {
  const { t } = useI18n();
  return (
    <Box component="footer" sx={{ mt: { xs: 5, md: 8 }, bgcolor: "#1b2a41", color: "rgba(255,255,255,0.85)", py: { xs: 3, md: 4 } }}>
      <Container maxWidth="lg" sx={{ display: "flex", flexDirection: "column", gap: 0.75 }}>
        <Typography sx={{ fontWeight: 700, color: "#fff" }}>{t.siteName}</Typography>
        <Typography variant="body2">{t.footerHost}</Typography>
        <Typography variant="body2" sx={{ opacity: 0.7 }}>
          {t.footerNetwork}
        </Typography>
        <Box sx={{ display: "flex", gap: 2, mt: 0.5 }}>
          {OTHER_APPS.map((a) => (
            <Box
              key={a.key}
              component="a"
              href={a.href}
              sx={{ color: "rgba(255,255,255,0.85)", fontSize: 14, minHeight: 32, display: "inline-flex", alignItems: "center" }}
            >
              {t[a.key]}
            </Box>
          ))}
        </Box>
      </Container>
    </Box>
  );
}

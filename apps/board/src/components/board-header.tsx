import { useGetIdentity, useTranslate } from "@refinedev/core";
import { HamburgerMenu } from "@refinedev/mui";
import AppBar from "@mui/material/AppBar";
import Avatar from "@mui/material/Avatar";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Divider from "@mui/material/Divider";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import CalendarTodayOutlined from "@mui/icons-material/CalendarTodayOutlined";
import PersonOutline from "@mui/icons-material/PersonOutline";
import type { TIdentity } from "../auth-provider";
import { useLocale } from "../i18n";
import { LanguageSwitch } from "./language-switch";

/** Today in Beijing time, as a wall board shows it: 2026年11月26日 星期四. */
function today(locale: string) {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "full" }).format(new Date());
}

/** ThemedLayout's header: today's date, the language switch, and who is signed in with which scope. */
export function BoardHeader() {
  const t = useTranslate();
  const locale = useLocale();
  const lang = locale === "en" ? "en" : "zh";
  const { data: me } = useGetIdentity<TIdentity>();
  const scope = me?.townName ?? me?.nodeName ?? (me?.role === "DISTRICT_ADMIN" ? t("app.scopeDistrict") : null);

  return (
    <AppBar position="sticky" color="inherit" elevation={0} sx={{ borderBottom: 1, borderColor: "divider", bgcolor: "background.paper" }}>
      <Toolbar sx={{ gap: 1.5 }}>
        <HamburgerMenu />
        <Box sx={{ flex: 1, minWidth: 0, display: "flex", alignItems: "center", gap: 1, color: "text.secondary" }}>
          <CalendarTodayOutlined sx={{ fontSize: 18, display: { xs: "none", sm: "block" } }} />
          <Typography variant="body2" noWrap sx={{ display: { xs: "none", sm: "block" } }}>
            {today(locale)}
          </Typography>
        </Box>
        <LanguageSwitch />
        {me && (
          <>
            <Divider orientation="vertical" flexItem sx={{ my: 1.5 }} />
            <Box sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 0 }}>
              <Avatar sx={{ width: 32, height: 32, bgcolor: "primary.main" }}>
                <PersonOutline fontSize="small" />
              </Avatar>
              <Box sx={{ display: { xs: "none", md: "block" }, lineHeight: 1.2, minWidth: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: "nowrap" }}>
                  {me.displayName}
                </Typography>
                <Box sx={{ display: "flex", gap: 0.5, alignItems: "center" }}>
                  <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: "nowrap" }}>
                    {me.roleLabel[lang]}
                  </Typography>
                  {scope && <Chip size="small" color="primary" variant="outlined" label={scope} sx={{ height: 18, fontSize: 11 }} />}
                </Box>
              </Box>
            </Box>
          </>
        )}
      </Toolbar>
    </AppBar>
  );
}

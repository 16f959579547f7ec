import { useCallback, useEffect, useState } from "react";
import Badge from "@mui/material/Badge";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemText from "@mui/material/ListItemText";
import Popover from "@mui/material/Popover";
import Typography from "@mui/material/Typography";
import NotificationsIcon from "@mui/icons-material/NotificationsNone";
import type { TLabel } from "@qifu/domain";
import { useUiLang, type TUiLang } from "../ui-text";

/** One inbox item as `notifications.list` returns it. */
export type TBellItem = { id: string; title: TLabel; body: TLabel; link: string | null; readAt: string | null; createdAt: string };

/** The inbox procedures (trpc-core's notificationsRouter), passed in so the kit imports no API. */
export type TBellApi = {
  list(): Promise<{ data: TBellItem[]; unread: number }>;
  unreadCount(): Promise<{ count: number }>;
  markRead(ids: string[]): Promise<unknown>;
  markAllRead(): Promise<unknown>;
};

const TEXT = {
  zh: { inbox: "消息通知", empty: "暂无消息", markAll: "全部标为已读", failed: "消息加载失败", unread: (n: number) => `${n} 条未读` },
  en: {
    inbox: "Notifications",
    empty: "No notifications",
    markAll: "Mark all read",
    failed: "Could not load notifications",
    unread: (n: number) => `${n} unread`,
  },
};

const when = (iso: string, lang: TUiLang) =>
  new Date(iso).toLocaleString(lang === "zh" ? "zh-CN" : "en-GB", {
    timeZone: "Asia/Shanghai",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });

/**
 * The in-app inbox bell (DESIGN.md §6 Notifications): a badge with the unread count (polled),
 * a popover list; opening an item marks it read and follows its link.
 */
export function NotificationBell({
  api,
  lang: langProp,
  onNavigate,
  pollMs = 60_000,
  color = "inherit",
}: {
  api: TBellApi;
  lang?: TUiLang;
  /** Follow an item's link (defaults to a full page load). */
  onNavigate?: (link: string) => void;
  pollMs?: number;
  color?: "inherit" | "default" | "primary";
}) {
  const ctxLang = useUiLang();
  const lang = langProp ?? ctxLang;
  const t = TEXT[lang];
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [count, setCount] = useState(0);
  const [items, setItems] = useState<TBellItem[] | null>(null);
  const [failed, setFailed] = useState(false);

  const refreshCount = useCallback(
    () =>
      api.unreadCount().then(
        (r) => setCount(r.count),
        () => {},
      ),
    [api],
  );
  const load = useCallback(() => {
    setFailed(false);
    return api.list().then(
      (r) => (setItems(r.data), setCount(r.unread)),
      () => setFailed(true),
    );
  }, [api]);

  useEffect(() => {
    void refreshCount();
    const timer = setInterval(refreshCount, pollMs);
    return () => clearInterval(timer);
  }, [refreshCount, pollMs]);

  const open = (el: HTMLElement) => {
    setAnchor(el);
    setItems(null);
    void load();
  };
  const follow = async (n: TBellItem) => {
    if (!n.readAt) await api.markRead([n.id]).catch(() => {});
    setAnchor(null);
    void refreshCount();
    if (n.link) (onNavigate ?? ((l: string) => window.location.assign(l)))(n.link);
  };

  return (
    <>
      <IconButton
        color={color}
        aria-label={`${t.inbox}${count ? `（${t.unread(count)}）` : ""}`}
        onClick={(e) => open(e.currentTarget)}
        sx={{ width: 44, height: 44 }}
      >
        <Badge badgeContent={count} color="error" max={99}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
        transformOrigin={{ vertical: "top", horizontal: "right" }}
        slotProps={{ paper: { sx: { width: 360, maxWidth: "calc(100vw - 16px)", maxHeight: 480 } } }}
      >
        <Box sx={{ display: "flex", alignItems: "center", justifyContent: "space-between", px: 2, py: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {t.inbox}
          </Typography>
          <Button size="small" disabled={!count} onClick={() => api.markAllRead().then(load, () => {})}>
            {t.markAll}
          </Button>
        </Box>
        <Divider />
        {failed ? (
          <Typography color="error" sx={{ p: 2 }}>
            {t.failed}
          </Typography>
        ) : items === null ? (
          <Typography color="text.secondary" sx={{ p: 2 }}>
            …
          </Typography>
        ) : items.length === 0 ? (
          <Typography color="text.secondary" sx={{ p: 2 }}>
            {t.empty}
          </Typography>
        ) : (
          <List dense disablePadding>
            {items.map((n) => (
              <ListItemButton
                key={n.id}
                onClick={() => follow(n)}
                sx={{
                  alignItems: "flex-start",
                  bgcolor: n.readAt ? undefined : "action.hover",
                  borderBottom: "1px solid",
                  borderColor: "divider",
                }}
              >
                <ListItemText
                  primary={n.title[lang]}
                  secondary={
                    <>
                      {n.body[lang]}
                      <Box component="span" sx={{ display: "block", fontSize: 12, mt: 0.5 }}>
                        {when(n.createdAt, lang)}
                      </Box>
                    </>
                  }
                  slotProps={{ primary: { sx: { fontWeight: n.readAt ? 400 : 700 } } }}
                />
              </ListItemButton>
            ))}
          </List>
        )}
      </Popover>
    </>
  );
}

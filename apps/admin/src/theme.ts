import { defaultTheme, type RaThemeOptions } from "react-admin";
import { qifuPalette, qifuThemeOptions } from "@qifu/ui";
import { deepMerge } from "./merge";

/**
 * react-admin's default theme (its component defaults: dense filled inputs, sidebar sizes…)
 * in the platform's look (qifuThemeOptions: palette, type, shapes, cards, buttons), plus what
 * only the console has: sidebar, app bar, menu and list styles.
 */
export const adminTheme: RaThemeOptions = deepMerge<RaThemeOptions>(defaultTheme, qifuThemeOptions, {
  sidebar: { width: 220, closedWidth: 56 },
  components: {
    MuiAppBar: { styleOverrides: { root: { boxShadow: "none" } } },
    RaLayout: { styleOverrides: { root: { "& .RaLayout-content": { paddingLeft: 24, paddingRight: 24 } } } },
    RaMenuItemLink: {
      styleOverrides: {
        root: {
          borderRadius: 8,
          margin: "2px 8px",
          "&.RaMenuItemLink-active": { backgroundColor: "rgba(31,95,191,0.10)", color: qifuPalette.primary, fontWeight: 600 },
          "&.RaMenuItemLink-active .RaMenuItemLink-icon": { color: qifuPalette.primary },
        },
      },
    },
    RaList: { styleOverrides: { root: { "& .RaList-content": { border: "1px solid #e3e8f0" } } } },
  },
});

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
    // minWidth 0 (react-admin's layout is fit-content wide): the content column may shrink to the phone's width, so a wide table scrolls
    // inside its list instead of widening the page (issue 10 point 15)
    RaLayout: {
      styleOverrides: {
        root: {
          minWidth: 0,
          "& .RaLayout-appFrame": { minWidth: 0 },
          "& .RaLayout-content": { paddingLeft: 24, paddingRight: 24, minWidth: 0 },
          "@media (max-width:599.95px)": { "& .RaLayout-content": { paddingLeft: 8, paddingRight: 8 } },
        },
      },
    },
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
    // the field staff's lists are cards on a phone (ResponsiveDataTable); a configuration table
    // that stays a table scrolls sideways within its card
    RaList: {
      styleOverrides: {
        root: { "& .RaList-main": { minWidth: 0 }, "& .RaList-content": { border: "1px solid #e3e8f0", overflowX: "auto" } },
      },
    },
  },
});

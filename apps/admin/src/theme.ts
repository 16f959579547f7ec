import { defaultTheme, type RaThemeOptions } from "react-admin";
import { qifuPalette, qifuTheme } from "@qifu/ui";
import { deepMerge } from "./merge";

/**
 * react-admin's default theme (its component defaults: dense filled inputs, sidebar sizes…)
 * in the platform's look: qifuTheme's palette, type and shapes.
 */
export const adminTheme: RaThemeOptions = deepMerge<RaThemeOptions>(defaultTheme, {
  palette: {
    primary: { main: qifuPalette.primary, dark: qifuPalette.primaryDark },
    secondary: { main: qifuPalette.accent },
    success: { main: qifuPalette.success },
    warning: { main: qifuPalette.warning },
    error: { main: qifuPalette.danger },
    background: { default: qifuPalette.surface, paper: "#ffffff" },
    text: { primary: qifuPalette.text, secondary: qifuPalette.muted },
  },
  shape: qifuTheme.shape,
  typography: { fontFamily: qifuTheme.typography.fontFamily, h5: { fontWeight: 700 }, h6: { fontWeight: 600 } },
  sidebar: { width: 220, closedWidth: 56 },
  components: {
    ...qifuTheme.components,
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: "none" } } },
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

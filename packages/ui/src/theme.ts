import { createTheme, type Theme, type ThemeOptions } from "@mui/material/styles";
import { enUS, zhCN } from "@mui/material/locale";
import type { TUiLang } from "./ui-text";

/** One look for the three front ends: government blue, calm surfaces, Chinese type first. */
export const qifuPalette = {
  primary: "#1f5fbf",
  primaryDark: "#164a96",
  accent: "#e8833a",
  success: "#2e7d32",
  warning: "#ed8b00",
  danger: "#c62828",
  surface: "#f5f7fb",
  text: "#1d2433",
  muted: "#5b6577",
};

/** Colours for chart series, in a fixed order so a kind keeps its colour across pages. */
export const chartColors = [
  "#1f5fbf",
  "#e8833a",
  "#2e9e6a",
  "#8e5cc4",
  "#d94f70",
  "#1aa3b8",
  "#c9a227",
  "#5b6577",
  "#3f8ae0",
  "#7cb342",
  "#a1887f",
  "#f06292",
  "#26a69a",
];

/**
 * The platform's look as plain theme options, for apps that build their own theme on top
 * (react-admin merges them into its defaultTheme); everyone else uses `qifuTheme`.
 */
export const qifuThemeOptions = {
  palette: {
    primary: { main: qifuPalette.primary, dark: qifuPalette.primaryDark },
    secondary: { main: qifuPalette.accent },
    success: { main: qifuPalette.success },
    warning: { main: qifuPalette.warning },
    error: { main: qifuPalette.danger },
    background: { default: qifuPalette.surface, paper: "#ffffff" },
    text: { primary: qifuPalette.text, secondary: qifuPalette.muted },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily:
      '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","WenQuanYi Micro Hei",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif',
    h4: { fontWeight: 700 },
    h5: { fontWeight: 700 },
    h6: { fontWeight: 600 },
  },
  components: {
    MuiCard: { defaultProps: { elevation: 0 }, styleOverrides: { root: { border: "1px solid #e3e8f0" } } },
    // Sentence case: MUI's capitals shout next to Chinese labels.
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: "none" } } },
  },
} satisfies ThemeOptions;

/** The theme with MUI's zh-CN texts (pagination, pickers…). */
export const qifuTheme = createTheme(qifuThemeOptions, zhCN);

let qifuThemeEn: Theme | undefined;

/** The theme for the language on screen: MUI's own texts in Chinese or English. */
export function qifuThemeFor(lang: TUiLang): Theme {
  return lang === "en" ? (qifuThemeEn ??= createTheme(qifuThemeOptions, enUS)) : qifuTheme;
}

import { StrictMode, useMemo } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { QueryClientProvider } from "@tanstack/react-query";
import CssBaseline from "@mui/material/CssBaseline";
import { createTheme, ThemeProvider } from "@mui/material/styles";
import { enUS } from "@mui/material/locale";
import { qifuTheme } from "@qifu/ui";
import { queryClient } from "./api";
import { FeatureProviders } from "./features";
import { LangProvider, useI18n } from "./lang-context";
import { router } from "./router";

function App() {
  const { lang } = useI18n();
  // qifuTheme carries MUI's zh-CN texts; English visitors get MUI's English ones, and no
  // SHOUTING buttons (MUI upper-cases button text, which only shows in English).
  const theme = useMemo(
    () =>
      lang === "en"
        ? createTheme(qifuTheme, enUS, { components: { MuiButton: { styleOverrides: { root: { textTransform: "none" } } } } })
        : qifuTheme,
    [lang],
  );
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={queryClient}>
        <FeatureProviders lang={lang}>
          <RouterProvider router={router} />
        </FeatureProviders>
      </QueryClientProvider>
    </ThemeProvider>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <LangProvider>
      <App />
    </LangProvider>
  </StrictMode>,
);

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { currentLocale } from "./i18n";

document.documentElement.lang = currentLocale();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

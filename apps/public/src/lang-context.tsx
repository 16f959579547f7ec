import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { UiLanguageProvider } from "@qifu/ui";
import { loadLang, messages, saveLang, type TLang, type TMessages } from "./i18n";

type TLangContext = { lang: TLang; setLang: (lang: TLang) => void; t: TMessages };
const Ctx = createContext<TLangContext | null>(null);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<TLang>(loadLang);
  const setLang = useCallback((next: TLang) => {
    saveLang(next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = messages[lang].siteName;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, t: messages[lang] }), [lang, setLang]);
  return (
    <Ctx.Provider value={value}>
      <UiLanguageProvider lang={lang}>{children}</UiLanguageProvider>
    </Ctx.Provider>
  );
}

export function useI18n(): TLangContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("LangProvider is missing");
  return ctx;
}

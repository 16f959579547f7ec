import { createContext, useContext, type ReactNode } from "react";

/** The few words the UI kit itself puts on screen, in both languages of the product. */
const TEXT = {
  zh: { noData: "暂无数据", loading: "加载中…", loadFailed: "加载失败", retry: "重试", targetYear: (y: number) => `目标年份 ${y}` },
  en: { noData: "No data yet", loading: "Loading…", loadFailed: "Failed to load", retry: "Retry", targetYear: (y: number) => `Target year ${y}` },
};
export type TUiLang = keyof typeof TEXT;

const UiLangContext = createContext<TUiLang>("zh");

/** Apps wrap their tree in this with the language on screen; Chinese when absent. */
export function UiLanguageProvider({ lang, children }: { lang: TUiLang; children: ReactNode }) {
  return <UiLangContext.Provider value={lang}>{children}</UiLangContext.Provider>;
}

export function useUiText() {
  return TEXT[useContext(UiLangContext)];
}
export function useUiLang(): TUiLang {
  return useContext(UiLangContext);
}

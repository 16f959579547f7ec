import { createContext, useContext, type ReactNode } from "react";

/** The few words the UI kit itself puts on screen, in both languages of the product. */
const TEXT = {
  zh: {
    noData: "暂无数据",
    loading: "加载中…",
    loadFailed: "加载失败",
    retry: "重试",
    targetYear: (y: number) => `目标年份 ${y}`,
    target: "目标",
    noTarget: "本范围未设目标",
    soFar: (y: number) => `${y} 年至今`,
    projected: "按此进度全年约",
    notDueYet: (y: number) => `${y} 年目标，尚未到考核年度`,
    finalOf: (y: number) => `${y} 年最终结果`,
    matchScore: (score: number) => `匹配度 ${Math.round(score * 100)}%`,
    confirm: "确定",
    cancel: "取消",
  },
  en: {
    noData: "No data yet",
    loading: "Loading…",
    loadFailed: "Failed to load",
    retry: "Retry",
    targetYear: (y: number) => `Target year ${y}`,
    target: "target",
    noTarget: "No target set for this scope",
    soFar: (y: number) => `${y} so far`,
    projected: "full year at this pace ≈",
    notDueYet: (y: number) => `${y} target, not yet due`,
    finalOf: (y: number) => `Final result for ${y}`,
    matchScore: (score: number) => `Fit ${Math.round(score * 100)}%`,
    confirm: "OK",
    cancel: "Cancel",
  },
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

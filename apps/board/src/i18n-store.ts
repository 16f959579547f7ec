import { useSyncExternalStore } from "react";

/** The two languages of every Qifu screen: zh-CN first, English second. */
export type TLocale = "zh-CN" | "en";
export type TLang = "zh" | "en";

const STORAGE_KEY = "qifu.board.locale";

function initialLocale(): TLocale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === "en" || stored === "zh-CN") return stored;
  } catch {
    // storage blocked: fall through to the default
  }
  return "zh-CN";
}

let locale: TLocale = initialLocale();
const listeners = new Set<() => void>();

/** The locale lives outside React so the data provider can read it when it builds an error. */
export const currentLocale = () => locale;
export const currentLang = (): TLang => (locale === "en" ? "en" : "zh");

export function setLocale(next: TLocale) {
  if (next === locale) return;
  locale = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // the choice just will not survive a reload
  }
  document.documentElement.lang = next;
  listeners.forEach((l) => l());
}

export function useLocale(): TLocale {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, currentLocale);
}

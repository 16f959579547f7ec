import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import type { TranslationMessages } from "react-admin";
import { adminFeatures } from "../features";
import { deepMerge } from "../merge";
import { appMessages } from "./app-messages";
import { raChineseMessages } from "./zh-cn";

export type TLang = "zh" | "en";
export const DEFAULT_LOCALE = "zh-CN";
export const langOf = (locale: string): TLang => (locale.startsWith("zh") ? "zh" : "en");

type TTree = { [key: string]: string | TTree };

/** Keys present in `reference` and absent from `tree` ("ra.action.save", …). */
export function missingKeys(reference: object, tree: object, prefix = ""): string[] {
  return Object.entries(reference as TTree).flatMap(([key, value]) => {
    const other = (tree as TTree)[key];
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object") return typeof other === "object" ? missingKeys(value, other, path) : [path];
    return typeof other === "string" ? [] : [path];
  });
}

const messages: Record<string, TranslationMessages> = {
  "zh-CN": deepMerge<TranslationMessages>(raChineseMessages, appMessages.zh, ...adminFeatures.map((f) => f.messages.zh)),
  en: deepMerge<TranslationMessages>(englishMessages, appMessages.en, ...adminFeatures.map((f) => f.messages.en)),
};

if (import.meta.env.DEV) {
  const missing = missingKeys(messages.en, messages["zh-CN"]);
  if (missing.length) console.warn("zh-CN messages missing:", missing);
}

/** Chinese first; English on request (the locale menu in the app bar, remembered by react-admin's store). */
export const i18nProvider = polyglotI18nProvider((locale) => messages[locale] ?? messages[DEFAULT_LOCALE], DEFAULT_LOCALE, [
  { locale: "zh-CN", name: "简体中文" },
  { locale: "en", name: "English" },
]);

import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import type { I18nProvider, TranslationMessages } from "react-admin";
import type { TAdminFeature } from "@qifu/ui/admin";
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

/**
 * Chinese first; English on request (the locale menu in the app bar, remembered by
 * react-admin's store). The features' messages come from their remotes, loaded at runtime.
 */
export function createI18nProvider(features: readonly Pick<TAdminFeature, "messages">[]): I18nProvider {
  const messages: Record<string, TranslationMessages> = {
    "zh-CN": deepMerge<TranslationMessages>(raChineseMessages, appMessages.zh, ...features.map((f) => f.messages.zh)),
    en: deepMerge<TranslationMessages>(englishMessages, appMessages.en, ...features.map((f) => f.messages.en)),
  };
  if (import.meta.env.DEV) {
    const missing = missingKeys(messages.en, messages["zh-CN"]);
    if (missing.length) console.warn("zh-CN messages missing:", missing);
  }
  return polyglotI18nProvider((locale) => messages[locale] ?? messages[DEFAULT_LOCALE], DEFAULT_LOCALE, [
    { locale: "zh-CN", name: "简体中文" },
    { locale: "en", name: "English" },
  ]);
}

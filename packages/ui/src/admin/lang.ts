import { useLocaleState } from "react-admin";
import type { z } from "zod";
import type { TLabel } from "@qifu/domain";

export type TLang = "zh" | "en";

/** The product's two languages, from react-admin's locale ("zh-CN" | "en"). */
export function useLang(): TLang {
  const [locale] = useLocaleState();
  return locale.startsWith("zh") ? "zh" : "en";
}

/** Pick the current language out of a bilingual label. */
export const pick = (label: TLabel | null | undefined, lang: TLang) => (label ? label[lang] : "");

/** The label a zod field was given with `labelled()`, looking through optional/default/preprocess wrappers. */
function labelOf(schema: unknown): TLabel | undefined {
  let s: any = schema;
  for (let i = 0; s && i < 6; i++) {
    const meta = typeof s.meta === "function" ? s.meta() : undefined;
    if (meta?.label) return meta.label as TLabel;
    s = s.def?.innerType ?? s.def?.out ?? s.def?.in;
  }
  return undefined;
}

/** The labels of an object schema's fields, as given with `labelled()`. */
export function schemaLabels(schema: z.ZodObject): Record<string, TLabel> {
  const out: Record<string, TLabel> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const label = labelOf(field);
    if (label) out[key] = label;
  }
  return out;
}

/** `{field: {zh, en}}` → `{zh: {field: …}, en: {field: …}}`, the shape of react-admin's `resources.<r>.fields`. */
export function byLang(labels: Record<string, TLabel>): Record<TLang, Record<string, string>> {
  const entries = Object.entries(labels);
  return {
    zh: Object.fromEntries(entries.map(([k, l]) => [k, l.zh])),
    en: Object.fromEntries(entries.map(([k, l]) => [k, l.en])),
  };
}

/** A town's name in the screen language (Chinese when it has no English name). */
export const townName = (town: { name: string; nameEn?: string | null }, lang: TLang) =>
  lang === "en" && town.nameEn ? town.nameEn : town.name;

/** `optionText` for town pickers, in the screen language. */
export function useTownOptionText() {
  const lang = useLang();
  return (town: { name: string; nameEn?: string | null }) => townName(town, lang);
}

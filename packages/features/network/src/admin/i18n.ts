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

/**
 * Field names for react-admin's `resources.<r>.fields`, taken from the labels the API's zod
 * schemas carry, so a form field is named exactly as the server's validation message names it.
 */
export function fieldLabels(schema: z.ZodObject, extra: Record<string, TLabel> = {}): Record<TLang, Record<string, string>> {
  const out: Record<TLang, Record<string, string>> = { zh: {}, en: {} };
  for (const [key, field] of Object.entries(schema.shape)) {
    const label = labelOf(field);
    if (label) {
      out.zh[key] = label.zh;
      out.en[key] = label.en;
    }
  }
  for (const [key, label] of Object.entries(extra)) {
    out.zh[key] = label.zh;
    out.en[key] = label.en;
  }
  return out;
}

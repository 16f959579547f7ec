/** A label in both languages of the product: zh-CN first, English second. */
export type TLabel = { zh: string; en: string };

/** An enum defined once with its labels; zod schemas and UI choices derive from it. */
export function defineEnum<const K extends string>(labels: Record<K, TLabel>) {
  const values = Object.keys(labels) as [K, ...K[]];
  return {
    values,
    labels,
    label: (value: K, lang: "zh" | "en" = "zh") => labels[value]?.[lang] ?? value,
    choices: (lang: "zh" | "en" = "zh") => values.map((id) => ({ id, name: labels[id][lang] })),
  };
}

/**
 * Chinese full-text search (DESIGN.md §4). Text is segmented at write time into words
 * (Intl.Segmenter) plus CJK character bigrams and single characters, stored as a
 * space-separated string that Postgres indexes with the `simple` configuration. Bigrams
 * make a query find a word inside a longer run whatever way the segmenter cut it.
 */
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function cjkGrams(run: string): string[] {
  const chars = Array.from(run);
  const out = [...chars];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text.normalize("NFKC").toLowerCase())) {
    if (!s.isWordLike) continue;
    // keep only letters/digits so tsquery syntax characters never reach Postgres
    const w = s.segment.replace(/[^\p{L}\p{N}]/gu, "");
    if (w) out.push(w);
  }
  return out;
}

/** The string to store in a `search_text` column for the given fields. */
export function searchTextFor(...fields: (string | null | undefined)[]): string {
  const tokens = new Set<string>();
  for (const w of words(fields.filter(Boolean).join(" "))) {
    tokens.add(w);
    if (CJK.test(w)) for (const g of cjkGrams(w)) tokens.add(g);
  }
  return [...tokens].join(" ");
}

/**
 * A `to_tsquery('simple', …)` expression for a user's query, or null when nothing
 * searchable is left. Every word must match: CJK words through their bigrams (substring
 * match), other words as prefixes.
 */
export function tsQueryFor(query: string): string | null {
  const terms: string[] = [];
  for (const w of words(query)) {
    if (CJK.test(w)) {
      const chars = Array.from(w);
      if (chars.length === 1) terms.push(w);
      else for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i] + chars[i + 1]);
    } else terms.push(`${w}:*`);
  }
  return terms.length ? [...new Set(terms)].join(" & ") : null;
}

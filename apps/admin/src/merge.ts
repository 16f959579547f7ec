const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Deep-merge plain objects, later ones winning; arrays and other values are replaced, not merged. */
export function deepMerge<T extends object>(...objects: object[]): T {
  const out: Record<string, unknown> = {};
  for (const obj of objects)
    for (const [key, value] of Object.entries(obj)) {
      const prev = out[key];
      out[key] = isPlainObject(prev) && isPlainObject(value) ? deepMerge(prev, value) : value;
    }
  return out as T;
}

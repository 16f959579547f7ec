/**
 * A small XML writer for the integration endpoints (Open311 GeoReport v2 answers XML by
 * default). Values become elements named by their keys; an array becomes one element per item,
 * named by `items[<the array's name>]`. Text is escaped (& < > " ') and the characters XML 1.0
 * forbids (C0 controls but tab, CR and LF; lone surrogates; U+FFFE, U+FFFF) are dropped.
 */
export type TXmlNames = { root: string; item: string; items?: Record<string, string> };

// Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** Text as XML character data: escaped, forbidden characters removed. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function element(name: string, value: unknown, items: Record<string, string>, indent: string): string {
  if (!NAME.test(name)) throw new Error(`not an XML element name: ${name}`);
  if (value === null || value === undefined) return `${indent}<${name}/>`;
  if (Array.isArray(value)) {
    const item = items[name] ?? "item";
    const inner = value.map((v) => element(item, v, items, `${indent}  `));
    return inner.length ? `${indent}<${name}>\n${inner.join("\n")}\n${indent}</${name}>` : `${indent}<${name}/>`;
  }
  if (typeof value === "object" && !(value instanceof Date)) {
    const inner = Object.entries(value).map(([k, v]) => element(k, v, items, `${indent}  `));
    return inner.length ? `${indent}<${name}>\n${inner.join("\n")}\n${indent}</${name}>` : `${indent}<${name}/>`;
  }
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `${indent}<${name}>${xmlText(text)}</${name}>`;
}

/** A whole document: `toXml([{a: 1}], {root: "services", item: "service"})` is `<services><service><a>1</a></service></services>`. */
export function toXml(value: unknown, names: TXmlNames): string {
  const items = { ...names.items, [names.root]: names.item };
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(names.root, value, items, "")}\n`;
}

/**
 * A strict little XML parser for the tests: elements, text and the five predefined entities
 * (plus numeric references). It throws on what a real parser refuses: a raw `&` or `<` in text,
 * mismatched or unclosed tags, a character XML 1.0 forbids, anything after the root.
 */
export type TXmlNode = { name: string; children: TXmlNode[]; text: string };

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function unescape(text: string): string {
  if (/[<>]/.test(text.replace(/&gt;/g, ""))) throw new Error(`raw markup in text: ${text}`);
  return text.replace(/&([^;]*);?/g, (all, name: string) => {
    if (!all.endsWith(";")) throw new Error(`a raw & in text: ${text}`);
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    if (!(name in ENTITY)) throw new Error(`unknown entity &${name};`);
    return ENTITY[name]!;
  });
}

export function parseXml(xml: string): TXmlNode {
  if (FORBIDDEN.test(xml)) throw new Error("a character XML 1.0 forbids");
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const root: TXmlNode = { name: "#document", children: [], text: "" };
  const stack = [root];
  const token = /<(\/?)([A-Za-z_][\w.-]*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < body.length && (m = token.exec(body))) {
    at = token.lastIndex;
    const top = stack[stack.length - 1]!;
    if (m[4] !== undefined) {
      if (stack.length === 1) {
        if (m[4].trim()) throw new Error(`text outside the root: ${m[4]}`);
        continue;
      }
      top.text += unescape(m[4]);
    } else if (m[1]) {
      if (top.name !== m[2]) throw new Error(`</${m[2]}> closes <${top.name}>`);
      stack.pop();
    } else {
      const node: TXmlNode = { name: m[2]!, children: [], text: "" };
      if (stack.length === 1 && root.children.length) throw new Error("a second root element");
      top.children.push(node);
      if (!m[3]) stack.push(node);
    }
  }
  if (at !== body.length) throw new Error(`cannot parse at: ${body.slice(at, at + 40)}`);
  if (stack.length !== 1 || root.children.length !== 1) throw new Error("unclosed element or no root");
  return root.children[0]!;
}

/** The child elements called `name`. */
export const childrenOf = (node: TXmlNode, name: string) => node.children.filter((c) => c.name === name);
/** The text of the one child called `name` (trimmed when the element holds only whitespace around children). */
export function textOf(node: TXmlNode, name: string): string | undefined {
  const c = node.children.find((n) => n.name === name);
  return c?.children.length ? undefined : c?.text;
}

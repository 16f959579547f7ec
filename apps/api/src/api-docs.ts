import type { FastifyInstance } from "fastify";
import { appRouter, serverFeatures } from "@qifu/api";
import { openApiDocument, xmlText, type TOpenApiDocument } from "@qifu/trpc-core";
import type { TLabel } from "@qifu/domain";

/**
 * `GET /openapi.json`: the OpenAPI 3.1 document of the public procedures and the integration
 * endpoints (trpc-core `openApiDocument`, from the routers' zod schemas and the features'
 * described HTTP APIs). `GET /api-docs`: the same document as one self-contained HTML page
 * (no script, no outside asset: it passes the CSP as it is and works offline), grouped by
 * feature, Chinese first, readable on a phone.
 */
export function registerApiDocs(app: FastifyInstance, labels: Record<string, TLabel>) {
  let doc: TOpenApiDocument | undefined;
  let html: string | undefined;
  // built on first use (the routers do not change while the process runs)
  const document = () => (doc ??= openApiDocument({ router: appRouter, features: serverFeatures, labels }));
  app.get("/openapi.json", async (_req, reply) => reply.header("Cache-Control", "no-cache").send(document()));
  app.get("/api-docs", async (_req, reply) =>
    reply
      .type("text/html; charset=utf-8")
      .header("Cache-Control", "no-cache")
      .send((html ??= renderApiDocs(document()))),
  );
}

type TJson = Record<string, any>;
const esc = (s: unknown) => xmlText(String(s ?? ""));
/** "中文 / English" → the Chinese, then the English in a quieter span. */
function bilingual(text: string | undefined): string {
  if (!text) return "";
  const i = text.indexOf(" / ");
  return i < 0 ? esc(text) : `${esc(text.slice(0, i))} <span class="en">${esc(text.slice(i + 3))}</span>`;
}
const paragraphs = (text: string | undefined) =>
  text
    ? text
        .split("\n\n")
        .map((p) => `<p>${bilingual(p)}</p>`)
        .join("")
    : "";
const anchor = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, "-");

function resolve(doc: TOpenApiDocument, schema: TJson | undefined): TJson {
  let s = schema ?? {};
  for (let i = 0; s.$ref && i < 5; i++) s = doc.components.schemas[String(s.$ref).split("/").pop()!] ?? {};
  return s;
}

function typeOf(doc: TOpenApiDocument, schema: TJson | undefined): string {
  const s = resolve(doc, schema);
  if (s.enum) return s.enum.map((v: unknown) => JSON.stringify(v)).join(" | ");
  if ("const" in s) return JSON.stringify(s.const);
  if (s.anyOf) return s.anyOf.map((x: TJson) => typeOf(doc, x)).join(" | ");
  if (s.type === "array") return `${typeOf(doc, s.items)}[]`;
  if (Array.isArray(s.type)) return s.type.join(" | ");
  if (s.type === "object" && !s.properties && s.additionalProperties) return `{ [key]: ${typeOf(doc, s.additionalProperties)} }`;
  return [s.type ?? "any", s.format && `(${s.format})`].filter(Boolean).join(" ");
}

/** The object inside a schema worth listing field by field (through arrays, nullable and records). */
function objectIn(doc: TOpenApiDocument, schema: TJson | undefined): TJson | undefined {
  const s = resolve(doc, schema);
  if (s.properties) return s;
  if (s.type === "array") return objectIn(doc, s.items);
  if (s.anyOf)
    for (const x of s.anyOf) {
      const o = objectIn(doc, x);
      if (o) return o;
    }
  if (s.additionalProperties && typeof s.additionalProperties === "object") return objectIn(doc, s.additionalProperties);
  return undefined;
}

function constraints(s: TJson): string {
  const out: string[] = [];
  if (s.minLength !== undefined || s.maxLength !== undefined) out.push(`${s.minLength ?? 0}–${s.maxLength ?? "∞"} 字 / chars`);
  // zod's int() bounds (±2^53−1) say nothing to a reader
  const bound = (n: unknown) => (n === undefined || Math.abs(Number(n)) >= Number.MAX_SAFE_INTEGER ? undefined : n);
  if (bound(s.minimum) !== undefined || bound(s.maximum) !== undefined)
    out.push(`${bound(s.minimum) ?? "−∞"} … ${bound(s.maximum) ?? "∞"}`);
  if (s.default !== undefined) out.push(`默认 / default ${JSON.stringify(s.default)}`);
  return out.length ? ` <span class="muted">${esc(out.join("; "))}</span>` : "";
}

const REQUIRED = ' <span class="req">必填 <span class="en">required</span></span>';
const OPTIONAL = ' <span class="muted">可缺省 <span class="en">optional</span></span>';
/** The fields of an object, nested; an input marks what is required, an answer what may be missing. */
function fields(doc: TOpenApiDocument, schema: TJson | undefined, depth: number, answer = false): string {
  const obj = objectIn(doc, schema);
  if (!obj || depth > 6) return "";
  const required = new Set<string>(obj.required ?? []);
  const items = Object.entries(obj.properties as Record<string, TJson>).map(([name, prop]) => {
    const s = resolve(doc, prop);
    const inner = fields(doc, s, depth + 1, answer);
    const line =
      `<code>${esc(name)}</code> <span class="type">${esc(typeOf(doc, s))}</span>${answer ? (required.has(name) ? "" : OPTIONAL) : required.has(name) ? REQUIRED : ""}` +
      `${s.title || s.description ? ` — ${bilingual(s.title ?? s.description)}` : ""}${constraints(s)}`;
    return `<li>${line}${inner}</li>`;
  });
  return `<ul class="fields">${items.join("")}</ul>`;
}

function schemaBlock(doc: TOpenApiDocument, title: string, schema: TJson | undefined, open: boolean, answer: boolean): string {
  const body = fields(doc, schema, 0, answer) || `<p><span class="type">${esc(typeOf(doc, schema))}</span></p>`;
  return `<details${open ? " open" : ""}><summary>${title} <span class="type">${esc(typeOf(doc, schema))}</span></summary>${body}</details>`;
}

function operation(doc: TOpenApiDocument, path: string, method: string, op: TJson): string {
  const params = (op.parameters ?? []) as TJson[];
  const rows = params.map((p) => {
    const schema = p.schema ?? (Object.values(p.content ?? {}) as TJson[])[0]?.schema;
    return `<tr><td><code>${esc(p.name)}</code>${p.required ? ' <span class="req">必填</span>' : ""}</td><td>${esc(p.in)}</td><td><span class="type">${esc(typeOf(doc, schema))}</span></td><td>${bilingual(p.description)}${p.content ? fields(doc, schema, 0) : ""}</td></tr>`;
  });
  const body = op.requestBody
    ? schemaBlock(
        doc,
        `请求体 <span class="en">Request body</span> <span class="muted">${esc(Object.keys(op.requestBody.content).join(", "))}</span>`,
        Object.values(op.requestBody.content as Record<string, TJson>)[0]?.schema,
        true,
        false,
      )
    : "";
  const responses = Object.entries(op.responses as Record<string, TJson>).map(([status, r]) => {
    const content = (r.content ?? {}) as Record<string, TJson>;
    return schemaBlock(
      doc,
      `${esc(status)} ${bilingual(r.description)} <span class="muted">${esc(Object.keys(content).join(", "))}</span>`,
      Object.values(content)[0]?.schema,
      status.startsWith("2"),
      true,
    );
  });
  const security = op.security
    ? `<p class="muted">${op.security.some((s: TJson) => !Object.keys(s).length) ? "API 密钥可选 / API key optional" : "需要 API 密钥 / API key required"}：<code>X-Api-Key</code></p>`
    : "";
  return (
    `<article id="op-${anchor(op.operationId)}"><h3><span class="method ${method}">${method.toUpperCase()}</span> <code class="path">${esc(path)}</code></h3>` +
    `<p class="summary">${bilingual(op.summary)}</p>${paragraphs(op.description)}${security}` +
    (rows.length
      ? `<div class="scroll"><table><thead><tr><th>参数 <span class="en">Parameter</span></th><th>位置 <span class="en">In</span></th><th>类型 <span class="en">Type</span></th><th>说明 <span class="en">Description</span></th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`
      : "") +
    body +
    responses.join("") +
    `</article>`
  );
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:15px/1.6 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2933;background:#f6f8fa}
header,main,nav{max-width:980px;margin:0 auto;padding:0 16px}header{padding-top:20px}h1{font-size:1.5rem;margin:.2em 0}h2{font-size:1.25rem;margin:1.6em 0 .4em;border-bottom:2px solid #d0d7de}
h3{font-size:1rem;margin:0 0 .3em;display:flex;flex-wrap:wrap;gap:6px;align-items:center}.en{color:#57606a;font-weight:normal}.muted{color:#57606a;font-size:.88em}
article{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:12px 14px;margin:12px 0}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
.path{font-weight:600}.method{font:600 .8rem ui-monospace,monospace;color:#fff;border-radius:4px;padding:1px 7px}.get{background:#1f6feb}.post{background:#2da44e}
.summary{font-weight:600;margin:.2em 0}.type{color:#8250df;font-family:ui-monospace,monospace;font-size:.85em;overflow-wrap:anywhere}.req{color:#cf222e;font-size:.8em}
ul.fields{margin:.2em 0;padding-left:1.1em}ul.fields li{margin:.15em 0;overflow-wrap:anywhere}details{margin:.4em 0}summary{cursor:pointer}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f0f3f6}
nav ul{padding-left:1.1em}a{color:#0969da}p{margin:.4em 0;overflow-wrap:anywhere}
@media (max-width:600px){body{font-size:14px}table,thead,tbody,tr,th,td{display:block}thead{display:none}td{border:none;padding:2px 0}tr{border-top:1px solid #d0d7de;padding:4px 0}}
`;

const apiIntro = (api: { title: TLabel; description: TLabel } | undefined) =>
  api
    ? `<h3>${esc(api.title.zh)} <span class="en">${esc(api.title.en)}</span></h3><p>${esc(api.description.zh)}</p><p class="en">${esc(api.description.en)}</p>`
    : "";

/** The whole document as one page: contents, then each group's operations with their parameters and schemas. */
export function renderApiDocs(doc: TOpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      const tag = (op.tags?.[0] as string) ?? "platform";
      (byTag.get(tag) ?? byTag.set(tag, []).get(tag)!).push(operation(doc, path, method, op));
    }
  const tags = doc.tags.filter((t) => byTag.has(t.name));
  const label = (t: (typeof doc.tags)[number]) => `${esc(t["x-label"].zh)} <span class="en">${esc(t["x-label"].en)}</span>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%231f5fbf'/%3E%3Ccircle cx='16' cy='16' r='5' fill='%23fff'/%3E%3C/svg%3E">
<title>接口文档 · API documentation</title><style>${STYLE}</style></head>
<body><header><h1>接口文档 <span class="en">API documentation</span></h1>
<p class="muted">${esc(doc.info.title)} · OpenAPI ${esc(doc.openapi)} · <a href="/openapi.json">/openapi.json</a></p>${paragraphs(doc.info.description)}</header>
<nav><h2>目录 <span class="en">Contents</span></h2><ul>${tags.map((t) => `<li><a href="#tag-${anchor(t.name)}">${label(t)}</a> <span class="muted">(${byTag.get(t.name)!.length})</span></li>`).join("")}</ul></nav>
<main>${tags.map((t) => `<section id="tag-${anchor(t.name)}"><h2>${label(t)}</h2>${apiIntro(t["x-api"])}${byTag.get(t.name)!.join("")}</section>`).join("")}</main>
</body></html>
`;
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { testDatabaseKind } from "@qifu/db/testing";
import { appRouter, serverFeatures } from "@qifu/api";
import type { TOpenApiDocument } from "@qifu/trpc-core";
import { startSeededServer, type TSeededServer } from "./fixture";

type TJson = Record<string, any>;
type TProc = { _def: { type: string; meta?: { policy?: unknown } } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, TProc>);
const publicProcedures = procedures.filter(([, p]) => p._def.meta?.policy === "public").map(([path]) => path);
const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Every value in a JSON tree with the path to it. */
function* walk(node: unknown, at: string[] = []): Generator<[string[], TJson]> {
  if (!node || typeof node !== "object") return;
  yield [at, node as TJson];
  for (const [k, v] of Object.entries(node)) yield* walk(v, [...at, k]);
}

/** The property names an answer schema can carry, followed through references. */
function propertyNames(doc: TOpenApiDocument, schema: TJson, seen = new Set<string>()): string[] {
  const names: string[] = [];
  for (const [, node] of walk(schema)) {
    if (typeof node.$ref === "string") {
      const name = node.$ref.split("/").pop()!;
      if (!seen.has(name)) {
        seen.add(name);
        names.push(...propertyNames(doc, doc.components.schemas[name]!, seen));
      }
    }
    if (node.properties && typeof node.properties === "object") names.push(...Object.keys(node.properties));
  }
  return names;
}

/** The OpenAPI document (issue 12 point 7): generated from the routers, public procedures and integration endpoints only. */
describe(`OpenAPI document and /api-docs on ${testDatabaseKind()}`, () => {
  let server: TSeededServer, app: FastifyInstance;
  let doc: TOpenApiDocument;

  beforeAll(async () => {
    ({ app } = server = await startSeededServer({ seed: false, loginRateLimit: false }));
    const res = await app.inject({ method: "GET", url: "/openapi.json" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    doc = res.json();
  });
  afterAll(() => server?.close());

  it("is a structurally valid OpenAPI 3.1 document", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const tags = new Set(doc.tags.map((t) => t.name));
    const operationIds: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path).toMatch(/^\//);
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(item)) {
        expect(METHODS.has(method), `${path} ${method}`).toBe(true);
        operationIds.push(op.operationId);
        expect(Object.keys(op.responses).length, `${path} has responses`).toBeGreaterThan(0);
        for (const [status, r] of Object.entries(op.responses as Record<string, TJson>)) {
          expect(status).toMatch(/^([1-5]\d\d|[1-5]XX|default)$/);
          expect(typeof r.description).toBe("string");
        }
        for (const tag of op.tags) expect(tags.has(tag), `tag ${tag} declared`).toBe(true);
        const params = (op.parameters ?? []) as TJson[];
        for (const p of params) {
          expect(["query", "header", "path", "cookie"]).toContain(p.in);
          // a parameter has a schema or a content, never both
          expect(!!p.schema !== !!p.content, `${path} ${p.name}`).toBe(true);
          if (p.in === "path") expect(p.required).toBe(true);
        }
        // every template in the path is a path parameter, and the other way round
        expect(
          params
            .filter((p) => p.in === "path")
            .map((p) => p.name)
            .sort(),
        ).toEqual([...templated].sort());
        for (const s of op.security ?? [])
          for (const name of Object.keys(s)) expect(doc.components.securitySchemes[name], name).toBeDefined();
      }
    }
    expect(new Set(operationIds).size).toBe(operationIds.length);
    for (const name of Object.keys(doc.components.schemas)) expect(name).toMatch(/^[a-zA-Z0-9._-]+$/);
    // every reference resolves; no JSON Schema draft marker or $defs left inside a component
    for (const [at, node] of walk(doc)) {
      if (typeof node.$ref === "string") {
        expect(node.$ref, at.join(".")).toMatch(/^#\/components\/schemas\//);
        expect(doc.components.schemas[node.$ref.split("/").pop()!], node.$ref).toBeDefined();
      }
      expect(node.$schema, at.join(".")).toBeUndefined();
      expect(node.$defs, at.join(".")).toBeUndefined();
    }
  });

  it("has every public procedure, as it is called over HTTP, and no staff procedure", () => {
    const trpcPaths = Object.keys(doc.paths)
      .filter((p) => p.startsWith("/trpc/"))
      .map((p) => p.slice("/trpc/".length));
    expect(trpcPaths.sort()).toEqual([...publicProcedures].sort());
    expect(publicProcedures.length).toBeGreaterThan(10);
    for (const [path, proc] of procedures) {
      const item = doc.paths[`/trpc/${path}`];
      if (proc._def.meta?.policy !== "public") {
        expect(item, `${path} is not public`).toBeUndefined();
        continue;
      }
      // a query is a GET with ?input=, a mutation a POST with a JSON body
      const method = proc._def.type === "query" ? "get" : "post";
      expect(Object.keys(item!)).toEqual([method]);
      const op = item![method];
      expect(op["x-trpc"]).toEqual({ path, type: proc._def.type, policy: "public" });
      expect(op.description).toContain(method === "get" ? `GET /trpc/${path}` : `POST /trpc/${path}`);
      expect(op.responses["200"].content["application/json"].schema.properties.result.properties.data).toEqual({
        $ref: `#/components/schemas/${path}.output`,
      });
      if (doc.components.schemas[`${path}.input`]) {
        if (method === "get") expect(op.parameters[0]).toMatchObject({ name: "input", in: "query" });
        else expect(op.requestBody.content["application/json"].schema).toEqual({ $ref: `#/components/schemas/${path}.input` });
      }
    }
    // the schemas come from zod: the labelled fields carry their Chinese and English title
    expect(doc.components.schemas["auth.login.input"]!.properties.username.title).toBe("用户名 / Username");
  });

  it("describes the Open311 endpoints from their table, in both formats", () => {
    const appeals = serverFeatures.find((f) => f.name === "appeals")!;
    const api = appeals.http!.api!;
    for (const op of api.operations) {
      const item = doc.paths[`${appeals.http!.prefix}${op.path}.{format}`];
      expect(item, op.path).toBeDefined();
      const described = item![op.method.toLowerCase()];
      expect(described.parameters[0]).toMatchObject({ name: "format", in: "path", schema: { enum: ["xml", "json"] } });
      expect(Object.keys(described.responses[String(op.status)].content)).toEqual(["text/xml", "application/json"]);
    }
    expect(doc.paths["/open311/v2/requests.{format}"]!.post.security).toEqual([{ appealsApiKey: [] }]);
    expect(doc.components.schemas["appeals.services.response"]!.xml).toEqual({ name: "services", wrapped: true });
    expect(doc.components.schemas["appeals.error"]!.items.xml).toEqual({ name: "error" });
    expect(doc.tags.find((t) => t.name === "appeals")!["x-label"]).toEqual({ zh: "暖企专员诉求", en: "Enterprise appeals" });
  });

  it("shows no field the public must not see", () => {
    const answers = Object.entries(doc.components.schemas).filter(([name]) => /\.(output|response)$/.test(name));
    expect(answers.length).toBeGreaterThan(publicProcedures.length);
    for (const [name, schema] of answers) {
      const names = propertyNames(doc, schema);
      expect(
        names.filter((n) => /password|hash|secret|token|session|api_?key|salt/i.test(n)),
        name,
      ).toEqual([]);
    }
    // inputs may ask for a password (sign-in, sign-up) but never for a hash or a session
    for (const [name, schema] of Object.entries(doc.components.schemas))
      expect(
        propertyNames(doc, schema).filter((n) => /hash|secret|session|salt/i.test(n)),
        name,
      ).toEqual([]);
  });

  it("serves /api-docs: one self-contained page, grouped by feature, Chinese first", async () => {
    const res = await app.inject({ method: "GET", url: "/api-docs" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    const html = res.body;
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    // nothing to load from elsewhere, no script for the CSP to refuse
    expect(html).not.toMatch(/<script|<iframe|<img|@import|url\(/i);
    for (const [, target] of html.matchAll(/(?:href|src)="([^"]*)"/g)) expect(target).toMatch(/^(#|\/|data:)/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    for (const path of Object.keys(doc.paths)) expect(html).toContain(`<code class="path">${path}</code>`);
    expect(html.indexOf("暖企专员诉求")).toBeLessThan(html.indexOf("Enterprise appeals"));
    expect(html).toContain("Open311 GeoReport v2");
  });
});

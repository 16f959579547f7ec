import { z } from "zod";
import type { TLabel } from "@qifu/domain";
import { MEDIA_TYPES, type THttpApi, type THttpOperation } from "./http-api";
import type { TXmlNames } from "./xml";

/**
 * The OpenAPI 3.1 document of what the public and partners may call (issue 12 point 7),
 * generated from the code, never written by hand:
 * - every tRPC procedure whose policy is "public", with its input and output zod schemas
 *   converted by `z.toJSONSchema`, described as it is called over HTTP (a query is
 *   `GET /trpc/<path>?input=<JSON>`, a mutation `POST /trpc/<path>` with the JSON body);
 * - every feature's described HTTP endpoints (`serverFeature.http.api`, e.g. Open311).
 * Staff procedures are left out: their policy names roles.
 */
type TJson = Record<string, any>;
type TProcedure = { _def: { type: string; meta?: { policy?: unknown; description?: string }; inputs?: unknown[]; output?: unknown } };
export type TOpenApiFeature = { name: string; routers: object; http?: { prefix: string; api?: THttpApi } };
export type TOpenApiOptions = {
  router: { _def: { procedures: object } };
  features: readonly TOpenApiFeature[];
  /** each feature's display name (package.json `qifu.label`), for its group */
  labels?: Record<string, TLabel>;
  version?: string;
};
export type TOpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string; description: string }[];
  tags: { name: string; description: string; "x-label": TLabel; "x-api"?: { title: TLabel; description: TLabel } }[];
  paths: Record<string, Record<string, TJson>>;
  components: { schemas: Record<string, TJson>; securitySchemes: Record<string, TJson> };
};

const both = (l: TLabel) => `${l.zh} / ${l.en}`;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const PLATFORM: TLabel = { zh: "平台", en: "Platform" };

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect): dates as date-time strings, `labelled()` fields titled "中文 / English". */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): TJson {
  const json: TJson = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const js = jsonSchema as TJson;
      if ((zodSchema as { _zod: { def: { type: string } } })._zod.def.type === "date")
        Object.assign(js, { type: "string", format: "date-time" });
      if (js.label && typeof js.label.zh === "string") {
        js.title = both(js.label);
        delete js.label;
      }
    },
  });
  delete json.$schema;
  if (json.$defs) throw new Error("a recursive schema: give it an id so it becomes a component");
  return json;
}

// The error body of every tRPC call (trpc.ts errorFormatter), described in zod like the rest.
const ZLabel = z.object({ zh: z.string().describe("中文"), en: z.string().describe("English") });
const ZTrpcError = z.object({
  error: z.object({
    message: z.string().describe("错误说明（中文） / The message in Chinese"),
    code: z.number().int().describe("JSON-RPC 错误码 / JSON-RPC error code"),
    data: z.object({
      code: z.string().describe("tRPC 错误码 / tRPC error code"),
      httpStatus: z.number().int(),
      path: z.string().optional(),
      app: z
        .object({
          code: z.enum(["VALIDATION", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "LOCKED", "TOO_MANY_REQUESTS", "INTERNAL"]),
          message: ZLabel,
          fields: z
            .array(z.object({ path: z.string().describe("字段路径 / Field path"), message: ZLabel }))
            .describe("出错的字段 / The fields in error"),
        })
        .describe("平台的双语错误 / The platform's bilingual error"),
    }),
  }),
});

const TRPC_HOWTO: TLabel = {
  zh: 'tRPC 查询：GET /trpc/{路径}?input={URL 编码的 JSON 输入}（无输入则省略 input）；变更：POST /trpc/{路径}，请求体为 JSON 输入，Content-Type: application/json。成功返回 {"result":{"data":…}}。浏览器从其他网站发起的 POST 会被拒绝；服务器之间的调用不受影响。',
  en: 'tRPC query: GET /trpc/{path}?input={URL-encoded JSON input} (leave input out when there is none); mutation: POST /trpc/{path} with the JSON input as the body, Content-Type: application/json. Success answers {"result":{"data":…}}. A browser\'s POST from another site is refused; server-to-server calls are not.',
};

function procedureOperation(path: string, proc: TProcedure, tag: string, schemas: Record<string, TJson>): [string, TJson] {
  const { type, meta, inputs = [], output } = proc._def;
  if (inputs.length > 1) throw new Error(`${path}: more than one .input() — merge them into one schema`);
  const input = inputs[0] as z.ZodType | undefined;
  if (input) schemas[`${path}.input`] = jsonSchemaOf(input, "input");
  schemas[`${path}.output`] = output ? jsonSchemaOf(output as z.ZodType, "output") : {};
  const required = !!input && !input.safeParse(undefined).success;
  const op: TJson = {
    tags: [tag],
    operationId: path,
    summary: meta?.description ?? path,
    description:
      type === "query"
        ? `tRPC 查询 / query：GET /trpc/${path}${input ? "?input=<URL 编码的 JSON / URL-encoded JSON>" : ""}`
        : `tRPC 变更 / mutation：POST /trpc/${path}（JSON 请求体 / JSON body）`,
    "x-trpc": { path, type, policy: "public" },
    responses: {
      200: {
        description: "成功 / OK",
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["result"],
              properties: { result: { type: "object", required: ["data"], properties: { data: ref(`${path}.output`) } } },
            },
          },
        },
      },
      default: { description: "错误 / Error (400, 404, 429, 500)", content: { "application/json": { schema: ref("TrpcError") } } },
    },
  };
  if (input && type === "query")
    op.parameters = [
      {
        name: "input",
        in: "query",
        required,
        description: "输入（JSON，经 URL 编码） / The input as JSON, URL-encoded",
        content: { "application/json": { schema: ref(`${path}.input`) } },
      },
    ];
  if (input && type === "mutation") op.requestBody = { required, content: { "application/json": { schema: ref(`${path}.input`) } } };
  return [type === "query" ? "get" : "post", op];
}

/** The XML element names on a schema: the wrapping element, each item's, and those of its array fields. */
function withXml(json: TJson, names: TXmlNames): TJson {
  const items = names.items ?? {};
  if (json.type === "array") {
    json.xml = { name: names.root, wrapped: true };
    if (json.items) json.items.xml = { name: names.item };
    for (const [key, prop] of Object.entries((json.items?.properties ?? {}) as Record<string, TJson>))
      if (prop.type === "array" && items[key])
        Object.assign(
          prop,
          { xml: { name: key, wrapped: true } },
          prop.items ? { items: { ...prop.items, xml: { name: items[key] } } } : {},
        );
  } else {
    json.xml = { name: names.root };
    for (const [key, prop] of Object.entries((json.properties ?? {}) as Record<string, TJson>))
      if (prop.type === "array" && items[key])
        Object.assign(
          prop,
          { xml: { name: key, wrapped: true } },
          prop.items ? { items: { ...prop.items, xml: { name: items[key] } } } : {},
        );
  }
  return json;
}

/** Each field of a zod object as an OpenAPI parameter. */
function parametersOf(schema: z.ZodObject | undefined, where: "path" | "query"): TJson[] {
  if (!schema) return [];
  const json = jsonSchemaOf(schema, "input");
  const required = new Set<string>(json.required ?? []);
  return Object.entries((json.properties ?? {}) as Record<string, TJson>).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    description: s.description,
    schema: s,
  }));
}

function httpOperation(
  feature: string,
  prefix: string,
  api: THttpApi,
  op: THttpOperation,
  schemas: Record<string, TJson>,
): [string, string, TJson] {
  const key = `${feature}.${op.id}`;
  schemas[`${key}.response`] = withXml(jsonSchemaOf(op.response, "output"), op.xml);
  const media = (name: string) => Object.fromEntries(api.formats.map((f) => [MEDIA_TYPES[f].split(";")[0], { schema: ref(name) }]));
  const formats = api.formats.map((f) => `.${f}`).join(" / ");
  const result: TJson = {
    tags: [feature],
    operationId: key,
    summary: both(op.summary),
    description: [op.description && both(op.description), `格式 / Formats: ${formats}`].filter(Boolean).join("\n\n"),
    parameters: [
      {
        name: "format",
        in: "path",
        required: true,
        description: "答复格式（路径后缀） / Answer format (the path's suffix)",
        schema: { type: "string", enum: [...api.formats] },
      },
      ...parametersOf(op.pathParams, "path"),
      ...parametersOf(op.query, "query"),
    ],
    responses: {
      [op.status]: { description: "成功 / OK", content: media(`${key}.response`) },
      ...Object.fromEntries(api.error.status.map((s) => [s, { description: "错误 / Error", content: media(`${feature}.error`) }])),
    },
  };
  if (op.form) {
    schemas[`${key}.form`] = jsonSchemaOf(op.form, "input");
    result.requestBody = {
      required: true,
      content: { "application/x-www-form-urlencoded": { schema: ref(`${key}.form`) }, "application/json": { schema: ref(`${key}.form`) } },
    };
  }
  if (op.apiKey) result.security = op.apiKey === true ? [{ [`${feature}ApiKey`]: [] }] : [{}, { [`${feature}ApiKey`]: [] }];
  const path = `${prefix}${op.path}.{format}`;
  return [path, op.method.toLowerCase(), result];
}

export function openApiDocument(opts: TOpenApiOptions): TOpenApiDocument {
  const schemas: Record<string, TJson> = { TrpcError: jsonSchemaOf(ZTrpcError, "output") };
  const securitySchemes: Record<string, TJson> = {};
  const paths: Record<string, Record<string, TJson>> = {};
  const featureOf = new Map<string, string>();
  for (const f of opts.features) for (const key of Object.keys(f.routers)) featureOf.set(key, f.name);
  const used = new Set<string>();

  const procedures = Object.entries(opts.router._def.procedures as Record<string, TProcedure>).sort(([a], [b]) => a.localeCompare(b));
  for (const [path, proc] of procedures) {
    if (proc._def.meta?.policy !== "public" || proc._def.type === "subscription") continue;
    const tag = featureOf.get(path.split(".")[0]!) ?? "platform";
    used.add(tag);
    const [method, op] = procedureOperation(path, proc, tag, schemas);
    paths[`/trpc/${path}`] = { [method]: op };
  }
  for (const f of opts.features) {
    const api = f.http?.api;
    if (!f.http || !api) continue;
    used.add(f.name);
    schemas[`${f.name}.error`] = withXml(jsonSchemaOf(api.error.schema, "output"), api.error.xml);
    securitySchemes[`${f.name}ApiKey`] = {
      type: "apiKey",
      in: "header",
      name: api.apiKey.header,
      description: `${both(api.apiKey.description)}（也可用 ${api.apiKey.field} 参数 / or the ${api.apiKey.field} field）`,
    };
    for (const op of api.operations) {
      const [path, method, operation] = httpOperation(f.name, f.http.prefix, api, op, schemas);
      (paths[path] ??= {})[method] = operation;
    }
  }

  const labelOf = (name: string): TLabel => (name === "platform" ? PLATFORM : (opts.labels?.[name] ?? { zh: name, en: name }));
  const apiOf = (name: string) => opts.features.find((f) => f.name === name)?.http?.api;
  const order = ["platform", ...opts.features.map((f) => f.name)].filter((n) => used.has(n));
  return {
    openapi: "3.1.0",
    info: {
      title: "企服平台公开接口 / Qifu public API",
      version: opts.version ?? "1",
      description: [
        "本文档由代码生成：所有公开（无需登录）的 tRPC 接口及各功能的对接接口（如 Open311）。 / Generated from the code: every public (no sign-in) tRPC procedure and the features' integration endpoints (Open311).",
        both(TRPC_HOWTO),
      ].join("\n\n"),
    },
    servers: [{ url: "/", description: "本服务器 / This server" }],
    tags: order.map((name) => {
      const label = labelOf(name);
      const api = apiOf(name);
      return {
        name,
        "x-label": label,
        description: [both(label), api && `${both(api.title)}：${both(api.description)}`].filter(Boolean).join("\n\n"),
        ...(api ? { "x-api": { title: api.title, description: api.description } } : {}),
      };
    }),
    paths,
    components: { schemas, securitySchemes },
  };
}

import { z } from "zod";
import type { THttpApi } from "@qifu/trpc-core";

/**
 * The Open311 GeoReport v2 endpoints, described once: open311.ts registers its routes from
 * `OPEN311_API.operations` (each in .xml and .json) and types its answers with these schemas;
 * the OpenAPI document and /api-docs read the same table. Element names follow the spec
 * (http://wiki.open311.org/GeoReport_v2).
 */
const text = (zh: string, en: string) => z.string().describe(`${zh} / ${en}`);
const maybe = (zh: string, en: string) => z.string().nullable().describe(`${zh} / ${en}`);
const empty = (zh: string, en: string) => z.null().describe(`${zh}（本平台不提供） / ${en} (not kept here)`);
const w3 = (zh: string, en: string) => z.string().describe(`${zh}（W3C 时间格式） / ${en} (w3 datetime)`);

export const ZOpen311Service = z.object({
  service_code: text("诉求类别代码", "Service code (appeal category)"),
  service_name: text("诉求类别名称", "Service name"),
  description: text("说明（中英文名称）", "Description (Chinese and English names)"),
  metadata: z
    .boolean()
    .describe(
      "是否需要先取服务定义（本平台的附加字段都可选：false） / Whether the service definition must be read first (our attributes are optional: false)",
    ),
  type: z.enum(["realtime", "batch", "blackbox"]).describe("受理方式：realtime 即时登记 / realtime: filed at once"),
  keywords: text("关键词", "Keywords"),
  group: text("分组", "Group"),
});

const ZOpen311Attribute = z.object({
  variable: z.boolean().describe("是否由来电人填写 / Whether the caller enters it"),
  code: text("字段代码（提交时为 attribute[code]）", "Attribute code (posted as attribute[code])"),
  datatype: z.enum(["string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"]).describe("数据类型 / Datatype"),
  required: z.boolean().describe("是否必填 / Required"),
  datatype_description: maybe("格式说明", "Datatype description"),
  order: z.number().int().describe("显示顺序 / Order"),
  description: text("字段说明", "Description"),
  values: z.array(z.object({ key: text("取值", "Key"), name: text("名称", "Name") })).describe("可选值（列表类型） / Values (list types)"),
});
export const ZOpen311ServiceDefinition = z.object({
  service_code: text("诉求类别代码", "Service code"),
  attributes: z.array(ZOpen311Attribute).describe("附加字段 / Attributes"),
});

export const ZOpen311Request = z.object({
  service_request_id: text("诉求编号", "Service request id (appeal number)"),
  status: z.enum(["open", "closed"]).describe("open 办理中 / closed 已办结"),
  status_notes: maybe("办理答复", "Status notes (the unit's answer)"),
  service_name: text("诉求类别名称", "Service name"),
  service_code: text("诉求类别代码", "Service code"),
  description: text("诉求内容（无密钥时仅标题）", "Description (the title only, without a key)"),
  agency_responsible: maybe("承办单位", "Agency responsible"),
  service_notice: empty("服务提示", "Service notice"),
  requested_datetime: w3("登记时间", "Requested"),
  updated_datetime: w3("更新时间", "Updated"),
  expected_datetime: w3("办结时限", "Expected (resolution due)"),
  address: empty("地址", "Address"),
  address_id: empty("地址编号", "Address id"),
  zipcode: empty("邮编", "Zip code"),
  lat: empty("纬度", "Latitude"),
  long: empty("经度", "Longitude"),
  media_url: empty("图片", "Media URL"),
  account_id: maybe("企业统一社会信用代码（仅凭密钥可见）", "Enterprise's credit code (with a key only)").optional(),
});

export const ZOpen311Created = z.object({
  service_request_id: text("诉求编号", "Service request id"),
  service_notice: text("受理提示", "Service notice"),
  account_id: text("企业统一社会信用代码", "Account id (credit code)"),
});

export const ZOpen311Error = z.object({
  code: z.number().int().describe("HTTP 状态码 / HTTP status"),
  description: text("错误说明（先中文后英文）", "What went wrong, in Chinese then English"),
});

export const ZOpen311Discovery = z.object({
  changeset: w3("本文档最后修改时间", "Last change of this document"),
  contact: text("联系方式", "Contact"),
  key_service: text("如何申请 API 密钥", "How to get an API key"),
  endpoints: z
    .array(
      z.object({
        specification: text("遵循的规范", "Specification"),
        url: text("接口地址", "Endpoint URL"),
        changeset: w3("接口最后修改时间", "Last change of the endpoint"),
        type: z.enum(["production", "test"]).describe("环境 / Type"),
        formats: z.array(z.string()).describe("支持的格式 / Formats"),
      }),
    )
    .describe("接口 / Endpoints"),
});

const apiKeyField = text("API 密钥（建议改用 X-Api-Key 请求头）", "API key (prefer the X-Api-Key header)");
const ZRequestsQuery = z.object({
  api_key: apiKeyField.optional(),
  service_request_id: text("诉求编号，多个用逗号分隔", "Service request ids, comma-separated").optional(),
  service_code: text("诉求类别代码，多个用逗号分隔", "Service codes, comma-separated").optional(),
  status: z.enum(["open", "closed"]).describe("办理中或已办结 / open or closed").optional(),
  start_date: w3("登记时间不早于", "Requested on or after").optional(),
  end_date: w3("登记时间不晚于", "Requested on or before").optional(),
});
const ZPostRequestForm = z.object({
  api_key: apiKeyField.optional(),
  service_code: text("诉求类别代码（见 services）", "Service code (see services)"),
  account_id: text("企业统一社会信用代码（须已登记）", "The enterprise's unified social credit code (registered)"),
  description: text("诉求内容，至少 10 个字", "Description, at least 10 characters"),
  first_name: text("来电人名", "Caller's first name").optional(),
  last_name: text("来电人姓", "Caller's last name").optional(),
  phone: text("来电电话", "Caller's phone").optional(),
  "attribute[title]": text("诉求标题（缺省取内容开头）", "Title (defaults to the start of the description)").optional(),
  "attribute[urgency]": z.enum(["NORMAL", "URGENT"]).describe("紧急程度 / Urgency").optional(),
});

const requests = { root: "service_requests", item: "request" };
export const OPEN311_API = {
  title: { zh: "Open311 GeoReport v2 诉求接口", en: "Open311 GeoReport v2" },
  description: {
    zh: "供 12345 热线或城市平台登记、查询企业诉求。每个地址都有 .xml（规范默认）和 .json 两种格式，内容相同。错误以 errors 列表返回，说明为“中文 / English”。登记需 API 密钥；每个密钥每分钟的请求数有上限（超出返回 429）。",
    en: "For a 12345 hotline or a city platform to file and track enterprises' appeals. Every path answers in .xml (the spec's default) and .json, with the same data. Errors come as a list of errors whose description reads \"中文 / English\". Filing needs an API key; each key has a per-minute request limit (429 past it).",
  },
  formats: ["xml", "json"],
  apiKey: {
    header: "X-Api-Key",
    field: "api_key",
    description: { zh: "区中小企业服务中心签发的 API 密钥", en: "An API key issued by the district SME service centre" },
  },
  operations: [
    {
      id: "discovery",
      method: "GET",
      path: "/discovery",
      status: 200,
      response: ZOpen311Discovery,
      summary: { zh: "服务发现文档", en: "Service discovery" },
      xml: { root: "discovery", item: "endpoint", items: { endpoints: "endpoint", formats: "format" } },
    },
    {
      id: "services",
      method: "GET",
      path: "/services",
      status: 200,
      response: z.array(ZOpen311Service),
      summary: { zh: "诉求类别列表", en: "List the services (appeal categories)" },
      xml: { root: "services", item: "service" },
    },
    {
      id: "serviceDefinition",
      method: "GET",
      path: "/services/{service_code}",
      status: 200,
      response: ZOpen311ServiceDefinition,
      pathParams: z.object({ service_code: text("诉求类别代码", "Service code") }),
      summary: { zh: "诉求类别的附加字段", en: "Service definition (its attributes)" },
      xml: { root: "service_definition", item: "attribute", items: { attributes: "attribute", values: "value" } },
    },
    {
      id: "postRequest",
      method: "POST",
      path: "/requests",
      status: 201,
      response: z.array(ZOpen311Created),
      form: ZPostRequestForm,
      apiKey: true,
      summary: { zh: "登记诉求", en: "File a service request (an appeal)" },
      description: {
        zh: "诉求按类别和企业所在镇街分派，计入办理时限，与平台内提交的诉求同样办理。",
        en: "The appeal is routed by category and the enterprise's town, put on the clock and handled like any appeal filed in the platform.",
      },
      xml: requests,
    },
    {
      id: "getRequests",
      method: "GET",
      path: "/requests",
      status: 200,
      response: z.array(ZOpen311Request),
      query: ZRequestsQuery,
      apiKey: "optional",
      summary: { zh: "查询诉求", en: "Query service requests" },
      description: {
        zh: "凭密钥：该密钥登记的诉求（含内容和企业信用代码）。无密钥：仅企业同意公开的诉求，匿名、只显示标题。最多 200 条，新的在前。",
        en: "With a key: the requests filed with that key (description and credit code). Without: only appeals their enterprise agreed to publish, anonymised, title only. At most 200, newest first.",
      },
      xml: requests,
    },
    {
      id: "getRequest",
      method: "GET",
      path: "/requests/{service_request_id}",
      status: 200,
      response: z.array(ZOpen311Request),
      apiKey: "optional",
      pathParams: z.object({ service_request_id: text("诉求编号", "Service request id") }),
      query: z.object({ api_key: apiKeyField.optional() }),
      summary: { zh: "查询一条诉求", en: "One service request" },
      xml: requests,
    },
  ],
  error: { status: [400, 403, 404, 429], schema: z.array(ZOpen311Error), xml: { root: "errors", item: "error" } },
} as const satisfies THttpApi;

export type TOpen311OperationId = (typeof OPEN311_API.operations)[number]["id"];

import crypto from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { TDb, TDbTx } from "@qifu/db";
import { AppError, assertValidText, type TLabel } from "@qifu/domain";
import { appErrorFromUnknown, MEDIA_TYPES, toXml, type TXmlNames } from "@qifu/trpc-core";
import { createAppeal } from "./appeal-intake";
import {
  OPEN311_API,
  ZOpen311Request,
  type TOpen311OperationId,
  type ZOpen311Created,
  type ZOpen311Discovery,
  type ZOpen311Service,
  type ZOpen311ServiceDefinition,
} from "./open311-api";

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) over appeal categories
 * (services) and appeals (service requests), so a 12345 hotline system can file and track
 * appeals. Every path of `OPEN311_API` (open311-api.ts, which also feeds the OpenAPI document)
 * answers in `.xml` (the spec's default) and `.json`, plus a discovery document. Mounted by
 * apps/api from the feature's manifest under `/open311/v2`.
 *
 * - `POST requests.(xml|json)` needs an `api_key` (issued by district admins, stored hashed in
 *   `open311_key`, or listed in `QIFU_OPEN311_KEYS`); `account_id` is the enterprise's unified
 *   social credit code (统一社会信用代码), `service_code` a category code.
 * - `GET requests(.xml|.json|/{id}.xml|/{id}.json)` with a key shows the requests filed with that
 *   key; without one, only appeals the enterprise agreed to publish, anonymised (no enterprise, title only).
 * - Errors use the spec's format (`[{ code, description }]`, `<errors><error>…`); the description is "中文 / English".
 */
export type TOpen311Options = {
  prisma: TDb;
  now?: () => Date;
  envKeys?: string[];
  /** requests per key per minute (QIFU_OPEN311_RATE_LIMIT, default 60) */ perKeyPerMinute?: number;
};

/** The API key of a request: the `X-Api-Key` header (preferred: never in a URL or a log), else `api_key`. */
function apiKeyOf(req: FastifyRequest): unknown {
  const header = req.headers["x-api-key"];
  if (typeof header === "string" && header) return header;
  const b = (req.body && typeof req.body === "object" ? req.body : {}) as Record<string, unknown>;
  return b.api_key ?? (req.query as Record<string, unknown>).api_key;
}

/** A fixed one-minute window per key (in this process): past the limit a 429 in the spec's format. */
function perKeyLimiter(max: number, now: () => Date) {
  const windows = new Map<string, { start: number; count: number }>();
  return (keyId: string) => {
    const t = now().getTime();
    const w = windows.get(keyId);
    if (!w || t - w.start >= 60_000) {
      if (windows.size > 10_000) windows.clear();
      windows.set(keyId, { start: t, count: 1 });
      return;
    }
    if (++w.count > max) {
      const wait = Math.ceil((w.start + 60_000 - t) / 1000);
      throw fail(429, `该 API 密钥请求过于频繁，请 ${wait} 秒后再试`, `Too many requests with this API key; try again in ${wait} s`);
    }
  };
}

export const OPEN311_SERVICE_ACCOUNT = { id: "system-open311", username: "open311-intake", displayName: "12345 热线（Open311 接口）" };
const CLOSED = new Set(["CONFIRMED", "CLOSED", "WITHDRAWN"]);
const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");

class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly label: TLabel,
  ) {
    super(label.en);
  }
}
const fail = (status: number, zh: string, en: string) => new Open311Error(status, { zh, en });
type TFormat = (typeof OPEN311_API.formats)[number];
/** An answer in the format the path asked for: XML in the spec's element names, or JSON. */
function answer(reply: FastifyReply, format: TFormat, status: number, body: unknown, names: TXmlNames) {
  reply.code(status);
  if (format === "xml") return reply.type(MEDIA_TYPES.xml).send(toXml(body, names));
  return reply.type(MEDIA_TYPES.json).send(body);
}
function send(reply: FastifyReply, format: TFormat, err: unknown) {
  let e: Open311Error;
  if (err instanceof Open311Error) e = err;
  else {
    const app = err instanceof AppError ? err : appErrorFromUnknown(err);
    const status =
      app.code === "VALIDATION"
        ? 400
        : app.code === "NOT_FOUND"
          ? 404
          : app.code === "FORBIDDEN"
            ? 403
            : app.code === "CONFLICT"
              ? 409
              : 500;
    if (status === 500) reply.log.error({ err }, "open311 internal error");
    const field = app.fields[0];
    e = new Open311Error(
      status,
      field ? { zh: `${field.path}：${field.message.zh}`, en: `${field.path}: ${field.message.en}` } : app.messages,
    );
  }
  return answer(reply, format, e.status, [{ code: e.status, description: `${e.label.zh} / ${e.label.en}` }], OPEN311_API.error.xml);
}

/** Env keys come as `name:key,name:key` or bare keys. */
export function envOpen311Keys(raw = process.env.QIFU_OPEN311_KEYS ?? ""): string[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.includes(":") ? s.slice(s.indexOf(":") + 1) : s));
}

type TKey = { id: string | null; limitKey: string };
async function checkKey(prisma: TDb, envKeys: string[], key: unknown): Promise<TKey | null> {
  if (typeof key !== "string" || !key || key.length > 200) return null;
  const hash = sha256(key);
  const row = await prisma.open311Key.findUnique({ where: { keyHash: hash } });
  if (row?.active) return { id: row.id, limitKey: row.id };
  const match = envKeys.find((k) => k.length === key.length && crypto.timingSafeEqual(Buffer.from(k), Buffer.from(key)));
  return match ? { id: null, limitKey: `env:${hash}` } : null;
}

const str = (v: unknown, max: number) => (typeof v === "string" ? v.trim().slice(0, max) : "");

async function serviceAccount(db: TDbTx) {
  // an inactive account that cannot sign in: it is only the submitter on record of appeals filed through the API
  return db.user.upsert({
    where: { id: OPEN311_SERVICE_ACCOUNT.id },
    update: {},
    create: { ...OPEN311_SERVICE_ACCOUNT, role: "DISTRICT_ADMIN", passwordHash: "!disabled", active: false },
    select: { id: true, displayName: true },
  });
}

/** When this API last changed (the discovery document's changeset): bump it with the API. */
export const OPEN311_CHANGESET = "2026-12-06T00:00:00Z";
const URGENCY = [
  { key: "NORMAL", name: "普通 / Normal" },
  { key: "URGENT", name: "紧急 / Urgent" },
];

export async function open311Plugin(app: FastifyInstance, opts: TOpen311Options) {
  const { prisma } = opts;
  const now = opts.now ?? (() => new Date());
  const envKeys = opts.envKeys ?? envOpen311Keys();
  const limit = perKeyLimiter(opts.perKeyPerMinute ?? Number(process.env.QIFU_OPEN311_RATE_LIMIT ?? 60), now);
  const keyFor = async (req: FastifyRequest) => {
    const key = await checkKey(prisma, envKeys, apiKeyOf(req));
    if (key) limit(key.limitKey);
    return key;
  };
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const discovery = (req: FastifyRequest): z.infer<typeof ZOpen311Discovery> => ({
    changeset: OPEN311_CHANGESET,
    contact: process.env.QIFU_OPEN311_CONTACT ?? "区中小企业服务中心 / District SME Service Centre",
    key_service:
      "API 密钥由区中小企业服务中心在管理后台“Open311 密钥”中签发 / API keys are issued by the district SME service centre (console: Open311 keys)",
    endpoints: [
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: `${req.protocol}://${req.host}${app.prefix}`,
        changeset: OPEN311_CHANGESET,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
    ],
  });

  const categoryOf = async (code: unknown) => {
    const c = typeof code === "string" && code.length <= 40 ? await prisma.appealCategory.findUnique({ where: { code } }) : null;
    return c?.active ? c : null;
  };

  async function services(): Promise<z.infer<typeof ZOpen311Service>[]> {
    const cats = await prisma.appealCategory.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } });
    return cats.map((c) => ({
      service_code: c.code,
      service_name: c.name,
      description: `${c.name} / ${c.nameEn}`,
      metadata: false,
      type: "realtime",
      keywords: c.nameEn,
      group: "企业诉求 / Enterprise appeals",
    }));
  }

  async function serviceDefinition(req: FastifyRequest): Promise<z.infer<typeof ZOpen311ServiceDefinition>> {
    const category = await categoryOf((req.params as { service_code?: string }).service_code);
    if (!category) throw fail(404, "没有该诉求类别", "No such service");
    return {
      service_code: category.code,
      attributes: [
        {
          variable: true,
          code: "title",
          datatype: "string",
          required: false,
          datatype_description: "4–80 字 / 4–80 characters",
          order: 1,
          description: "诉求标题（缺省取内容开头） / Title (defaults to the start of the description)",
          values: [],
        },
        {
          variable: true,
          code: "urgency",
          datatype: "singlevaluelist",
          required: false,
          datatype_description: null,
          order: 2,
          description: "紧急程度 / Urgency",
          values: URGENCY,
        },
      ],
    };
  }

  async function postRequest(req: FastifyRequest): Promise<z.infer<typeof ZOpen311Created>[]> {
    const b = (req.body && typeof req.body === "object" ? req.body : {}) as Record<string, unknown>;
    assertValidText(b);
    const key = await keyFor(req);
    if (!key) throw fail(403, "API 密钥无效", "Invalid api_key");
    const code = str(b.service_code, 40);
    const category = code ? await categoryOf(code) : null;
    if (!category) throw fail(400, "service_code 无效：没有该诉求类别", "Invalid service_code: no such service");
    const accountId = str(b.account_id, 18).toUpperCase();
    const enterprise = accountId ? await prisma.enterprise.findUnique({ where: { creditCode: accountId }, select: { id: true } }) : null;
    if (!enterprise)
      throw fail(
        400,
        "account_id 无效：请填写已登记企业的统一社会信用代码",
        "Invalid account_id: give the unified social credit code of a registered enterprise",
      );
    const description = str(b.description, 4000);
    if (description.length < 10) throw fail(400, "description 至少 10 个字", "description must be at least 10 characters");
    const attr = (k: string) => b[`attribute[${k}]`];
    const title = str(attr("title"), 80) || (description.length > 30 ? `${description.slice(0, 29)}…` : description);
    const urgency = attr("urgency") === "URGENT" ? "URGENT" : "NORMAL";
    const caller = [str(b.first_name, 40), str(b.last_name, 40)].filter(Boolean).join(" ");
    const phone = str(b.phone, 40);
    const t = now();
    const id = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('qifu.actor_id', ${OPEN311_SERVICE_ACCOUNT.id}, true), set_config('qifu.actor_role', 'OPEN311', true), set_config('qifu.request_id', ${String(req.id)}, true)`;
      const account = await serviceAccount(tx);
      return createAppeal(tx, t, {
        input: {
          title: title.length >= 4 ? title : `${category.name}诉求`,
          description,
          categoryId: category.id,
          urgency,
          mayPublish: false,
        },
        enterpriseId: enterprise.id,
        actor: { id: account.id, name: account.displayName, role: "OPEN311" },
        channel: "OPEN311",
        submitNote: ["经 12345 热线（Open311）登记", caller && `来电人：${caller}`, phone && `电话：${phone}`].filter(Boolean).join("；"),
        open311KeyId: key.id,
      });
    });
    const row = await prisma.appeal.findUniqueOrThrow({ where: { id }, select: { number: true } });
    return [
      { service_request_id: row.number, service_notice: `已受理登记，编号 ${row.number} / Filed as ${row.number}`, account_id: accountId },
    ];
  }

  /** Which appeals a GET may show: those filed with the caller's key, or the published ones. */
  async function visible(req: FastifyRequest) {
    assertValidText(req.query);
    if (apiKeyOf(req) === undefined) return { where: { mayPublish: true }, full: false };
    const key = await keyFor(req);
    if (!key) throw fail(403, "API 密钥无效", "Invalid api_key");
    return { where: key.id ? { open311KeyId: key.id } : { channel: "OPEN311", open311KeyId: null }, full: true };
  }

  const toRequest = (a: Awaited<ReturnType<typeof load>>[number], full: boolean): z.infer<typeof ZOpen311Request> => ({
    service_request_id: a.number,
    status: CLOSED.has(a.status) ? "closed" : "open",
    status_notes: a.answer ?? null,
    service_name: a.category.name,
    service_code: a.category.code,
    description: full ? a.description : a.title,
    agency_responsible: null,
    service_notice: null,
    requested_datetime: a.submittedAt.toISOString(),
    updated_datetime: a.updatedAt.toISOString(),
    expected_datetime: a.resolveDueAt.toISOString(),
    address: null,
    address_id: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
    ...(full ? { account_id: a.enterprise?.creditCode ?? null } : {}),
  });
  async function load(where: Record<string, unknown>, take = 200) {
    const rows = await prisma.appeal.findMany({
      where,
      include: { category: { select: { name: true, code: true } } },
      orderBy: { submittedAt: "desc" },
      take,
    });
    const ents = await prisma.enterprise.findMany({
      where: { id: { in: rows.map((r) => r.enterpriseId) } },
      select: { id: true, creditCode: true },
    });
    const byId = new Map(ents.map((e) => [e.id, e]));
    return rows.map((r) => ({ ...r, enterprise: byId.get(r.enterpriseId) }));
  }
  async function withAgency(list: ReturnType<typeof toRequest>[], rows: Awaited<ReturnType<typeof load>>) {
    const towns = new Map((await prisma.town.findMany({ select: { id: true, name: true } })).map((t) => [t.id, t.name]));
    const depts = new Map((await prisma.department.findMany({ select: { id: true, name: true } })).map((d) => [d.id, d.name]));
    return list.map((r, i) => {
      const a = rows[i];
      r.agency_responsible = a.unitTownId
        ? `${towns.get(a.unitTownId) ?? ""}企业服务部门`
        : a.unitDepartmentId
          ? (depts.get(a.unitDepartmentId) ?? null)
          : "区中小企业服务中心";
      return r;
    });
  }

  async function getRequests(req: FastifyRequest) {
    const q = req.query as Record<string, unknown>;
    const { where, full } = await visible(req);
    const and: Record<string, unknown>[] = [where];
    if (q.service_request_id !== undefined)
      and.push({
        number: {
          in: str(q.service_request_id, 2000)
            .split(",")
            .map((s) => s.trim())
            .slice(0, 100),
        },
      });
    if (q.service_code !== undefined)
      and.push({
        category: {
          code: {
            in: str(q.service_code, 400)
              .split(",")
              .map((s) => s.trim()),
          },
        },
      });
    if (q.status !== undefined) {
      const s = str(q.status, 20);
      if (s !== "open" && s !== "closed") throw fail(400, "status 只能是 open 或 closed", "status must be open or closed");
      and.push({ status: s === "closed" ? { in: [...CLOSED] } : { notIn: [...CLOSED] } });
    }
    for (const [param, op] of [
      ["start_date", "gte"],
      ["end_date", "lte"],
    ] as const) {
      if (q[param] === undefined) continue;
      const d = new Date(str(q[param], 40));
      if (Number.isNaN(d.getTime())) throw fail(400, `${param} 不是有效的时间（w3 格式）`, `${param} is not a valid w3 datetime`);
      and.push({ submittedAt: { [op]: d } });
    }
    const rows = await load({ AND: and });
    return withAgency(
      rows.map((r) => toRequest(r, full)),
      rows,
    );
  }

  async function getRequest(req: FastifyRequest) {
    const id = (req.params as { service_request_id?: string }).service_request_id ?? "";
    if (!id || id.length > 40) throw fail(404, "没有该诉求（或无权查看）", "No such service request (or not visible to you)");
    const { where, full } = await visible(req);
    const rows = await load({ AND: [where, { number: id }] }, 1);
    if (!rows.length) throw fail(404, "没有该诉求（或无权查看）", "No such service request (or not visible to you)");
    return withAgency(
      rows.map((r) => toRequest(r, full)),
      rows,
    );
  }

  // every operation of the described table, in each format: `/requests/{service_request_id}` → `/requests/:service_request_id.xml`
  const handlers: Record<TOpen311OperationId, (req: FastifyRequest) => unknown> = {
    discovery,
    services,
    serviceDefinition,
    postRequest,
    getRequests,
    getRequest,
  };
  for (const op of OPEN311_API.operations)
    for (const format of OPEN311_API.formats) {
      app.route({
        method: op.method,
        url: `${op.path.replace(/\{(\w+)\}/g, ":$1")}.${format}`,
        handler: async (req, reply) => {
          try {
            return answer(reply, format, op.status, await handlers[op.id](req), op.xml);
          } catch (err) {
            return send(reply, format, err);
          }
        },
      });
    }
  // any other suffix of one request or service: the spec's error, in its default format
  for (const url of ["/requests/:id", "/services/:id"])
    app.get(url, async (_req, reply) =>
      send(reply, "xml", fail(404, "仅支持 .xml 或 .json 格式", "Only the .xml and .json formats are served")),
    );
}

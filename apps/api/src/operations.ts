import type { FastifyInstance, FastifyRequest } from "fastify";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { TAppErrorBody } from "@qifu/domain";
import type { TDb, TPoolStats } from "@qifu/db";

/** The tRPC procedure paths a request names (`/trpc/a.b,c.d?batch=1` → ["a.b", "c.d"]). */
export function procedurePaths(url: string): string[] {
  const m = /^\/trpc\/([^?]*)/.exec(url);
  if (!m) return [];
  return decodeURIComponent(m[1]).split(",").filter(Boolean);
}

/** An error that leaves the HTTP layer (outside tRPC) with our bilingual body. */
export class HttpAppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly app: TAppErrorBody,
  ) {
    super(app.message.en);
  }
}

const TRPC_BY_STATUS: Record<number, [string, number]> = {
  400: ["BAD_REQUEST", -32600],
  401: ["UNAUTHORIZED", -32001],
  403: ["FORBIDDEN", -32003],
  404: ["NOT_FOUND", -32004],
  413: ["PAYLOAD_TOO_LARGE", -32013],
  415: ["UNSUPPORTED_MEDIA_TYPE", -32015],
  429: ["TOO_MANY_REQUESTS", -32029],
};

/**
 * The body of every error outside tRPC, shaped like a tRPC error (numeric JSON-RPC code,
 * `data.app` with the bilingual message) so the tRPC client and `appErrorOf` read it too.
 */
export function httpErrorBody(status: number, app: TAppErrorBody) {
  const [code, jsonRpc] = TRPC_BY_STATUS[status] ?? (status >= 500 ? ["INTERNAL_SERVER_ERROR", -32603] : ["BAD_REQUEST", -32600]);
  return { error: { message: app.message.zh, code: jsonRpc, data: { code, httpStatus: status, app } } };
}

export type TLoginRateLimit = { max: number; timeWindowMs: number } | false;

/** A per-client limit read from the environment: `max` calls per window, 0 = off (QIFU_LOGIN_RATE_LIMIT, QIFU_SIGNUP_RATE_LIMIT). */
export function rateLimitFromEnv(variable: string, fallback: number, timeWindowMs: number): TLoginRateLimit {
  const max = Number(process.env[variable] ?? fallback);
  return max > 0 ? { max, timeWindowMs } : false;
}

/** Calls one HTTP request may carry (a tRPC batch); larger batches are refused with a 400. */
export const MAX_BATCH = 50;

type TCallLimit = {
  procedure: string;
  max: number;
  timeWindowMs: number;
  keyOf: (req: FastifyRequest) => string;
  message: (s: number) => TAppErrorBody["message"];
};

/**
 * Per-caller limits on single procedures that count EVERY call, batched or not (issue 11,
 * point 1: a batch of 90 auth.login calls used to count once): sign-in and sign-up per IP,
 * password changes per session cookie (or IP). Fixed windows, in process memory. Also refuses
 * batches of more than MAX_BATCH calls, for every procedure.
 */
export function registerCallLimits(
  app: FastifyInstance,
  opts: { login: TLoginRateLimit; signup: TLoginRateLimit; changePassword: TLoginRateLimit },
) {
  const limits: TCallLimit[] = [];
  const byIp = (req: FastifyRequest) => req.ip ?? "unknown";
  if (opts.login)
    limits.push({
      procedure: "auth.login",
      ...opts.login,
      keyOf: byIp,
      message: (s) => ({ zh: `登录尝试过于频繁，请 ${s} 秒后再试`, en: `Too many sign-in attempts, try again in ${s} s` }),
    });
  if (opts.signup)
    limits.push({
      procedure: "enterpriseAccount.register",
      ...opts.signup,
      keyOf: byIp,
      message: (s) => ({ zh: `注册过于频繁，请 ${s} 秒后再试`, en: `Too many sign-ups, try again in ${s} s` }),
    });
  if (opts.changePassword)
    limits.push({
      procedure: "auth.changePassword",
      ...opts.changePassword,
      keyOf: (req) => String(req.cookies?.qifu_session ?? req.ip),
      message: (s) => ({ zh: `修改密码过于频繁，请 ${s} 秒后再试`, en: `Too many password changes, try again in ${s} s` }),
    });
  const windows = new Map<string, { count: number; resetAt: number }>();
  app.addHook("preHandler", async (req, reply) => {
    const paths = procedurePaths(req.url);
    if (paths.length > MAX_BATCH)
      throw new HttpAppError(400, {
        code: "VALIDATION",
        message: { zh: `一次请求最多包含 ${MAX_BATCH} 个调用`, en: `At most ${MAX_BATCH} calls per request` },
        fields: [],
      });
    const now = Date.now();
    if (windows.size > 100_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
    for (const limit of limits) {
      const calls = paths.filter((p) => p === limit.procedure).length;
      if (!calls) continue;
      const key = `${limit.procedure}|${limit.keyOf(req)}`;
      let w = windows.get(key);
      if (!w || w.resetAt <= now) windows.set(key, (w = { count: 0, resetAt: now + limit.timeWindowMs }));
      w.count += calls;
      if (w.count > limit.max) {
        const seconds = Math.max(1, Math.ceil((w.resetAt - now) / 1000));
        reply.header("retry-after", String(seconds));
        throw new HttpAppError(429, { code: "TOO_MANY_REQUESTS", message: limit.message(seconds), fields: [] });
      }
    }
  });
}

/** Is this address the machine itself (127.0.0.0/8, ::1, their IPv4-mapped forms)? */
export const isLoopback = (ip: string | undefined) => !!ip && (/^(::ffff:)?127\./.test(ip) || ip === "::1");

/**
 * Prometheus metrics at /metrics: requests and latency by tRPC procedure and status,
 * process metrics (CPU, memory, event loop, GC), a database round-trip gauge and the
 * connection pool (PostgreSQL: pg's pool; PGlite: one connection and the calls queued on it).
 * One registry per server so tests can build many servers in one process.
 */
export type TCallError = { path: string; status: number };

export function registerMetrics(
  app: FastifyInstance,
  opts: { prisma: TDb; procedures: readonly string[]; token?: string; poolStats?: () => TPoolStats },
) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "qifu_" });
  const known = new Set(opts.procedures);
  const labelNames = ["procedure", "status"] as const;
  const requests = new Counter({
    name: "qifu_trpc_requests_total",
    help: "tRPC calls by procedure and HTTP status",
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "qifu_trpc_request_duration_seconds",
    help: "tRPC call latency by procedure and HTTP status",
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: "qifu_db_ping_seconds",
    help: "Round trip of SELECT 1 at scrape time (-1 when the database does not answer)",
    registers: [registry],
    async collect() {
      const t = process.hrtime.bigint();
      try {
        await opts.prisma.$queryRaw`SELECT 1`;
        this.set(Number(process.hrtime.bigint() - t) / 1e9);
      } catch {
        this.set(-1);
      }
    },
  });
  const poolStats = opts.poolStats;
  if (poolStats) {
    const pool = (key: keyof TPoolStats, help: string) =>
      new Gauge({
        name: `qifu_db_pool_${key}`,
        help,
        registers: [registry],
        collect() {
          this.set(poolStats()[key]);
        },
      });
    pool("total", "Database connections open (PGlite: 1)");
    pool("idle", "Database connections open and idle");
    pool("waiting", "Database calls waiting for a connection (PGlite: queued behind the running statement or transaction)");
  }
  const inFlight = new Gauge({ name: "qifu_http_requests_in_flight", help: "HTTP requests being handled", registers: [registry] });

  app.addHook("onRequest", async () => {
    inFlight.inc();
  });
  app.addHook("onResponse", async (req, reply) => {
    inFlight.dec();
    const paths = procedurePaths(req.url);
    // a batch answers 207 when its calls differ: each call is counted with its own status
    // (recorded by the tRPC adapter's onError), so failed sign-ins show as 401, not 207
    const failed = [...((req as FastifyRequest & { callErrors?: TCallError[] }).callErrors ?? [])];
    // unknown paths are folded into one label so a scanner cannot blow up the series count
    for (const p of paths) {
      const procedure = known.has(p) ? p : "unknown";
      const i = failed.findIndex((f) => f.path === p);
      const status = String(i >= 0 ? failed.splice(i, 1)[0].status : reply.statusCode === 207 ? 200 : reply.statusCode);
      requests.inc({ procedure, status });
      duration.observe({ procedure, status }, reply.elapsedTime / 1000);
    }
  });
  app.get("/metrics", async (req, reply) => {
    // QIFU_METRICS_TOKEN set: the scraper must send it as a bearer token; unset: loopback only
    if (opts.token ? req.headers.authorization !== `Bearer ${opts.token}` : !isLoopback(req.ip)) {
      throw new HttpAppError(401, { code: "UNAUTHENTICATED", message: { zh: "需要监控令牌", en: "Metrics token required" }, fields: [] });
    }
    reply.type(registry.contentType);
    return registry.metrics();
  });
  return registry;
}

export type TPublicCache = { ttlMs: number; maxEntries: number } | false;

/** `QIFU_PUBLIC_CACHE_TTL_MS` (default 5000, 0 = off). */
export function publicCacheFromEnv(): TPublicCache {
  const ttlMs = Number(process.env.QIFU_PUBLIC_CACHE_TTL_MS ?? 5000);
  return ttlMs > 0 ? { ttlMs, maxEntries: 1000 } : false;
}

/**
 * A short in-process cache of anonymous GETs of public tRPC queries (the home page's overview,
 * directory pages, towns …): under load every visitor asks the same few questions, and with
 * PGlite every answer competes for the one database thread. Only requests WITHOUT a cookie
 * are served from it or stored (a signed-in caller always gets a fresh answer), only 200s are
 * kept, and an answer is at most `ttlMs` old. The cache is per process and holds no
 * personal data: the procedures' policy is "public" and the caller anonymous.
 */
export function registerPublicCache(app: FastifyInstance, publicQueries: ReadonlySet<string>, cache: TPublicCache) {
  if (!cache) return;
  const entries = new Map<string, { at: number; body: string; type: string }>();
  const keyOf = (req: FastifyRequest) => {
    if (req.method !== "GET" || req.headers.cookie || req.headers.authorization) return null;
    const paths = procedurePaths(req.url);
    return paths.length && paths.every((p) => publicQueries.has(p)) ? req.url : null;
  };
  app.addHook("onRequest", async (req, reply) => {
    const key = keyOf(req);
    if (!key) return;
    const hit = entries.get(key);
    if (hit && Date.now() - hit.at < cache.ttlMs) {
      reply.header("x-qifu-cache", "hit").type(hit.type).send(hit.body);
      return reply;
    }
    (req as FastifyRequest & { publicCacheKey?: string }).publicCacheKey = key;
  });
  app.addHook("onSend", async (req, reply, payload) => {
    const key = (req as FastifyRequest & { publicCacheKey?: string }).publicCacheKey;
    if (!key || reply.statusCode !== 200 || reply.getHeader("set-cookie")) return payload;
    // the tRPC adapter answers with a fetch Response (or a stream): read it whole (a query's JSON) to keep a copy
    let body: string;
    let type = reply.getHeader("content-type");
    if (payload instanceof Response) {
      if (!payload.ok) return payload;
      body = await payload.text();
      type ??= payload.headers.get("content-type") ?? undefined;
      if (type) reply.type(String(type));
    } else if (typeof payload === "string") body = payload;
    else if (Buffer.isBuffer(payload)) body = payload.toString("utf8");
    else if (payload && typeof (payload as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
      const chunks: Buffer[] = [];
      for await (const c of payload as AsyncIterable<Buffer | string | Uint8Array>)
        chunks.push(typeof c === "string" ? Buffer.from(c) : Buffer.from(c));
      body = Buffer.concat(chunks).toString("utf8");
    } else return payload;
    if (entries.size >= cache.maxEntries) entries.delete(entries.keys().next().value!);
    entries.delete(key); // re-insert: the Map's order is the eviction order
    entries.set(key, { at: Date.now(), body, type: String(type ?? "application/json") });
    reply.header("x-qifu-cache", "miss");
    return body;
  });
}

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyReply, type FastifyRequest } from "fastify";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import { appRouter, serverFeatures, type AppRouter } from "@qifu/api";
import { resolveSession, SESSION_COOKIE, setInternalErrorLogger, type TContext } from "@qifu/trpc-core";
import { repoRoot, type TDb, type TPoolStats } from "@qifu/db";
import { TRPC_MAX_URL_LENGTH } from "@qifu/domain";
import { registerFileRoutes } from "./files-routes";
import { registerApiDocs } from "./api-docs";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import {
  httpErrorBody,
  HttpAppError,
  procedurePaths,
  rateLimitFromEnv,
  registerCallLimits,
  registerMetrics,
  registerPublicCache,
  type TCallError,
  type TLoginRateLimit,
  type TPublicCache,
} from "./operations";

export type TServerOptions = {
  prisma: TDb;
  /** Built front ends to serve: mount path → dist folder. Missing folders are skipped. */
  staticApps?: { prefix: string; dir: string }[];
  /**
   * The features' micro-frontends: `<dir>/<name>/dist/<shell>/` is served under
   * `/<shell>/remotes/<name>/` (shell: admin, board), e.g. dir = packages/features.
   */
  featureRemotes?: { dir: string };
  logLevel?: string;
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  secureCookies?: boolean;
  now?: () => Date;
  /** Sign-in attempts per IP (every call of a batch counts); defaults to QIFU_LOGIN_RATE_LIMIT per minute (10). */
  loginRateLimit?: TLoginRateLimit;
  /** Sign-ups per IP; defaults to QIFU_SIGNUP_RATE_LIMIT per hour (10). */
  signupRateLimit?: TLoginRateLimit;
  /** Password changes per session; defaults to 5 per 15 minutes. */
  changePasswordRateLimit?: TLoginRateLimit;
  /** Behind a reverse proxy: take the client address and protocol from X-Forwarded-*; defaults to TRUST_PROXY=1. */
  trustProxy?: boolean;
  /** Bearer token /metrics requires; defaults to QIFU_METRICS_TOKEN (none: loopback only). */
  metricsToken?: string;
  /** The database's connection figures for /metrics (`TDatabase.poolStats`). */
  poolStats?: () => TPoolStats;
  /** Where the JSON log goes (tests read it); stdout by default. */
  logStream?: { write(line: string): void };
  /** Anonymous public queries served from a short cache (main.ts: QIFU_PUBLIC_CACHE_TTL_MS, 5 s); off by default. */
  publicCache?: TPublicCache;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
/** The Excel import's one limit: the file (10 MB) as base64 in JSON, stated in the 413. */
const IMPORT_FILE_MB = 10;
const IMPORT_BODY_LIMIT = Math.ceil((IMPORT_FILE_MB * 1024 * 1024) / 3) * 4 + 64 * 1024;
const BODY_LIMIT = 1024 * 1024;
const isImportCall = (url: string) => {
  const p = procedurePaths(url);
  return p.length === 1 && p[0].endsWith(".importCheck");
};
/** The x-request-id a client sent, kept apart from ours (audit "clientRequestId"). */
export const clientRequestIdOf = (req: FastifyRequest) => {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : null;
};

/** A URL as the request log shows it: secrets in the query (`api_key`, `token`…) replaced by "[redacted]". */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:api_key|apikey|key|token|password)=)[^&#]*/gi, "$1[redacted]");
}

/** The whole platform on one port: tRPC under /trpc, the three front ends, health checks. */
export async function buildServer(opts: TServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: opts.logLevel ?? process.env.LOG_LEVEL ?? "info",
      ...(opts.logStream ? { stream: opts.logStream } : {}),
      // no secret in the request log: Open311 keys in a query string are redacted (issue 11 point 6)
      serializers: {
        req: (req) => ({
          method: req.method,
          url: redactUrl(req.url),
          host: req.host,
          remoteAddress: req.ip,
          remotePort: req.socket?.remotePort,
        }),
      },
    },
    // ours, always: a client's x-request-id is recorded apart (clientRequestIdOf)
    genReqId: () => crypto.randomUUID(),
    bodyLimit: BODY_LIMIT,
    // `/trpc/:path` of a batched GET is every procedure name of the batch, comma-joined: as
    // long as the URLs our own clients send (TRPC_MAX_URL_LENGTH), not Fastify's 100; the
    // number of calls is capped by MAX_BATCH (operations.ts)
    routerOptions: { maxParamLength: TRPC_MAX_URL_LENGTH },
    // the router's own refusals (bad URL, too long a parameter) in our bilingual body too
    frameworkErrors: (_err, _req, reply) => {
      (reply as unknown as FastifyReply)
        .code(400)
        .send(httpErrorBody(400, { code: "VALIDATION", message: { zh: "请求地址不正确", en: "Malformed request URL" }, fields: [] }));
    },
    trustProxy: opts.trustProxy ?? process.env.TRUST_PROXY === "1",
  });
  // Errors outside tRPC (malformed or too large bodies, rate limit, metrics token) carry the
  // same bilingual `error.data.app` body as the tRPC errors. Set before any plugin is
  // registered: Fastify hands a context the error handler it has when the context is made.
  app.setErrorHandler((err, req, reply) => {
    if (err instanceof HttpAppError) return reply.code(err.statusCode).send(httpErrorBody(err.statusCode, err.app));
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) req.log.error({ err }, "unhandled error");
    const limitMb = isImportCall(req.url) ? IMPORT_FILE_MB : BODY_LIMIT / 1024 / 1024;
    reply.code(status).send(
      httpErrorBody(
        status,
        status >= 500
          ? { code: "INTERNAL", message: { zh: "服务器内部错误，请稍后重试", en: "Internal server error" }, fields: [] }
          : status === 413
            ? {
                code: "VALIDATION",
                message: { zh: `请求内容过大：上限 ${limitMb} MB`, en: `Request too large: the limit is ${limitMb} MB` },
                fields: [],
              }
            : status === 415
              ? { code: "VALIDATION", message: { zh: "不支持的内容类型", en: "Unsupported content type" }, fields: [] }
              : status === 404
                ? { code: "NOT_FOUND", message: { zh: "页面不存在", en: "Not found" }, fields: [] }
                : { code: "VALIDATION", message: { zh: "请求格式不正确", en: "Malformed request" }, fields: [] },
      ),
    );
  });
  setInternalErrorLogger((err, ctx, p) => app.log.error({ reqId: ctx.requestId, path: p, err }, "internal error"));

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // MUI (emotion) injects style tags at run time
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: process.env.HSTS === "1" ? { maxAge: 31536000, includeSubDomains: true } : false,
  });
  await app.register(cookie);
  registerMetrics(app, {
    prisma: opts.prisma,
    procedures: Object.keys(appRouter._def.procedures),
    token: opts.metricsToken ?? process.env.QIFU_METRICS_TOKEN,
    poolStats: opts.poolStats,
  });
  registerCallLimits(app, {
    login: opts.loginRateLimit ?? rateLimitFromEnv("QIFU_LOGIN_RATE_LIMIT", 10, 60_000),
    signup: opts.signupRateLimit ?? rateLimitFromEnv("QIFU_SIGNUP_RATE_LIMIT", 10, 3600_000),
    changePassword: opts.changePasswordRateLimit ?? { max: 5, timeWindowMs: 15 * 60_000 },
  });
  // Mutations (POST) from another site are refused besides SameSite: a browser says where a
  // request comes from in Sec-Fetch-Site and Origin. Clients that send neither (scripts) are
  // not browsers carrying our cookie; the features' integration endpoints (their manifests'
  // `http`, e.g. Open311) take partners' keys, not our cookie, from any site.
  const integrationPrefixes = serverFeatures.flatMap((f) => (f.http ? [`${f.http.prefix}/`] : []));
  app.addHook("onRequest", async (req) => {
    if (req.method !== "POST" || integrationPrefixes.some((p) => req.url.startsWith(p))) return;
    const site = req.headers["sec-fetch-site"];
    const origin = req.headers.origin;
    let foreign = typeof site === "string" && site !== "same-origin" && site !== "none";
    if (!foreign && typeof origin === "string") {
      try {
        foreign = new URL(origin).host !== req.host;
      } catch {
        foreign = true;
      }
    }
    if (foreign)
      throw new HttpAppError(403, {
        code: "FORBIDDEN",
        message: { zh: "拒绝来自其他网站的请求", en: "Requests from other sites are refused" },
        fields: [],
      });
  });
  // The Excel import's route takes up to its own limit; every other call stays at 1 MiB.
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/trpc")) route.bodyLimit = IMPORT_BODY_LIMIT;
  });
  app.addHook("preParsing", async (req, _reply, payload) => {
    if (!req.url.startsWith("/trpc") || isImportCall(req.url)) return payload;
    const tooLarge = () => Object.assign(new Error("body too large"), { statusCode: 413 });
    if (Number(req.headers["content-length"]) > BODY_LIMIT) throw tooLarge();
    let received = 0;
    return payload.pipe(
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          received += chunk.length;
          done(received > BODY_LIMIT ? tooLarge() : null, chunk);
        },
      }),
    );
  });
  const publicQueries = Object.entries(
    appRouter._def.procedures as unknown as Record<string, { _def: { type: string; meta?: { policy?: unknown; publicCache?: false } } }>,
  )
    .filter(([, p]) => p._def.type === "query" && p._def.meta?.policy === "public" && p._def.meta.publicCache !== false)
    .map(([path]) => path);
  registerPublicCache(app, new Set(publicQueries), opts.publicCache ?? false);
  app.addHook("onSend", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });

  const now = opts.now ?? (() => new Date());
  // Secure when configured, or by itself when the request came over HTTPS (directly, or
  // through a trusted proxy's X-Forwarded-Proto)
  const secureFor = (req: FastifyRequest) => opts.secureCookies ?? (process.env.COOKIE_SECURE === "1" || req.protocol === "https");
  const createContext = async ({ req, res }: { req: FastifyRequest; res: FastifyReply }): Promise<TContext> => {
    const token = req.cookies[SESSION_COOKIE];
    const session = await resolveSession(opts.prisma, token, now());
    if (token && !session) res.clearCookie(SESSION_COOKIE, { path: "/" });
    return {
      prisma: opts.prisma,
      db: opts.prisma,
      user: session?.user ?? null,
      sessionId: session?.sessionId ?? null,
      requestId: String(req.id),
      clientRequestId: clientRequestIdOf(req),
      ip: req.ip ?? null,
      userAgent: req.headers["user-agent"] ?? null,
      now,
      res: {
        setSessionCookie: (value, maxAge) =>
          res.setCookie(SESSION_COOKIE, value, { path: "/", httpOnly: true, sameSite: "strict", secure: secureFor(req), maxAge }),
        clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, { path: "/" }),
      },
    };
  };

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext,
      // each failed call of a batch, for /metrics (the batch itself answers 207)
      onError: ({ error, path, req }: { error: Parameters<typeof getHTTPStatusCodeFromError>[0]; path?: string; req: unknown }) => {
        const r = req as FastifyRequest & { callErrors?: TCallError[] };
        (r.callErrors ??= []).push({ path: path ?? "", status: getHTTPStatusCodeFromError(error) });
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  await registerFileRoutes(app, (req, res) => createContext({ req, res }));
  // the features' endpoints outside tRPC (Open311), from their manifests
  for (const f of serverFeatures)
    if (f.http)
      await app.register(f.http.plugin as unknown as FastifyPluginAsync<{ prisma: TDb; now: () => Date }>, {
        prefix: f.http.prefix,
        prisma: opts.prisma,
        now,
      });

  // the OpenAPI document of the public procedures and the integration endpoints, and its page
  registerApiDocs(app, featureLabelsIn(opts.featureRemotes?.dir ?? path.join(repoRoot(), "packages/features")));

  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_req, reply) => {
    try {
      await opts.prisma.$queryRaw`SELECT 1`;
      return { status: "ready" };
    } catch {
      return reply.code(503).send({ status: "not ready" });
    }
  });

  // Front ends: each is a single-page app, so unknown paths under its prefix get its index.html.
  const apps = (opts.staticApps ?? []).filter((a) => fs.existsSync(path.join(a.dir, "index.html")));
  // Longest prefix first so "/" does not swallow "/admin/"
  apps.sort((a, b) => b.prefix.length - a.prefix.length);
  for (const [i, a] of apps.entries()) {
    await app.register(fastifyStatic, {
      root: a.dir,
      prefix: a.prefix,
      decorateReply: i === 0,
      wildcard: false,
      index: ["index.html"],
      ...BUILT_FILES,
    });
  }
  // Feature remotes (Module Federation): found at start, so a rebuilt feature is served after a restart.
  for (const remote of featureRemoteDirs(opts.featureRemotes?.dir)) {
    await app.register(fastifyStatic, {
      root: remote.dir,
      prefix: remote.prefix,
      decorateReply: false,
      wildcard: true,
      index: false,
      ...BUILT_FILES,
    });
  }
  // Every feature's display name, so a shell can name a feature whose remote failed in words
  // its users know ("服务台账"), not by folder name.
  const featureLabels = featureLabelsIn(opts.featureRemotes?.dir);
  for (const shell of ["admin", "board"]) app.get(`/${shell}/remotes/index.json`, async () => featureLabels);
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split("?")[0];
    const spa = apps.find((a) => url.startsWith(a.prefix) || `${url}/` === a.prefix);
    if (req.method === "GET" && spa && !url.startsWith("/trpc") && !path.extname(url)) {
      return reply
        .type("text/html")
        .header("Cache-Control", "no-cache")
        .send(fs.createReadStream(path.join(spa.dir, "index.html")));
    }
    return reply.code(404).send(httpErrorBody(404, { code: "NOT_FOUND", message: { zh: "页面不存在", en: "Not found" }, fields: [] }));
  });
  return app;
}

/**
 * How the built front ends are served: the .br/.gz the build wrote beside each file (tooling/vite/
 * precompress.ts) to browsers that accept them, and caching by name: files under assets/ carry
 * a content hash in their name, so a browser keeps them for a year; everything else
 * (index.html, a feature's remoteEntry.js, which keeps its name when the feature is rebuilt)
 * is checked with the server on every load.
 */
const BUILT_FILES = {
  preCompressed: true,
  cacheControl: false,
  setHeaders(reply: FastifyReply, file: string) {
    const hashed = file.split(path.sep).includes("assets");
    reply.header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
  },
} as const;

/** Each built feature remote under `dir`: `<name>/dist/<shell>` → `/<shell>/remotes/<name>/`. */
export function featureRemoteDirs(dir: string | undefined): { prefix: string; dir: string }[] {
  if (!dir || !fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) =>
      ["admin", "board"]
        .map((shell) => ({ prefix: `/${shell}/remotes/${name}/`, dir: path.join(dir, name, "dist", shell) }))
        .filter((remote) => fs.existsSync(remote.dir)),
    );
}

/** `{ "service-stations": { zh, en } }` from each feature package's package.json `qifu.label`. */
export function featureLabelsIn(dir: string | undefined): Record<string, { zh: string; en: string }> {
  if (!dir || !fs.existsSync(dir)) return {};
  const labels: Record<string, { zh: string; en: string }> = {};
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name, "package.json");
    if (!fs.existsSync(file)) continue;
    const label = JSON.parse(fs.readFileSync(file, "utf8"))?.qifu?.label;
    if (typeof label?.zh === "string" && typeof label?.en === "string") labels[name] = { zh: label.zh, en: label.en };
  }
  return labels;
}

/**
 * The longest URL a front end's tRPC client sends: a batch of GET queries is split before
 * it (`httpBatchLink` maxURLLength), and the server accepts a procedure list (`/trpc/:path`)
 * at least this long (Fastify's maxParamLength, 100 by default, answered a board's first
 * batch with 414 URI Too Long). Under Node's 16 KB header limit and proxies' 8 KB.
 */
export const TRPC_MAX_URL_LENGTH = 6_000;

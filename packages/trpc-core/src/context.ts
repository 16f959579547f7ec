import type { TDb, TDbTx } from "@qifu/db";
import type { TRole } from "@qifu/domain";

/** The signed-in account as every procedure sees it: role plus the scope fields of DESIGN.md §1. */
export type TSessionUser = {
  id: string;
  username: string;
  displayName: string;
  role: TRole;
  townId: string | null;
  nodeId: string | null;
  enterpriseId: string | null;
  departmentId: string | null;
};

/** What the HTTP layer lets a procedure do to the response (cookies only). */
export type TResponseHooks = {
  setSessionCookie(token: string, maxAgeSeconds: number): void;
  clearSessionCookie(): void;
};

export type TContext = {
  /** The root client: reads outside a transaction. */
  prisma: TDb;
  /** In a mutation, the transaction client with the actor set for the audit trigger. */
  db: TDbTx;
  user: TSessionUser | null;
  sessionId: string | null;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  res: TResponseHooks;
  now: () => Date;
};

const noResponse: TResponseHooks = { setSessionCookie() {}, clearSessionCookie() {} };

/** A context for server-side calls (tests, seed, jobs) with no HTTP response behind it. */
export function makeContext(prisma: TDb, user: TSessionUser | null, extra: Partial<TContext> = {}): TContext {
  return {
    prisma,
    db: prisma,
    user,
    sessionId: null,
    requestId: extra.requestId ?? `local-${Math.random().toString(36).slice(2, 10)}`,
    ip: null,
    userAgent: null,
    res: noResponse,
    now: () => new Date(),
    ...extra,
  };
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { testDatabaseKind } from "@qifu/db/testing";
import type { TDatabase } from "@qifu/db";
import { appRouter } from "@qifu/api";
import { startSeededServer, type TSeededServer } from "./fixture";
import { inputArbitrary, inputHoldsInvalidUnicode, type TSchema } from "./zod-arbitrary";

/**
 * Property-based fuzzing of every mutation that takes input, over HTTP as a district admin
 * (the widest scope). For each generated input: no 5xx; a refusal is a 4xx with a bilingual
 * message; a refusal writes nothing (no table changes its row count, no audit row); a
 * success is audited. QIFU_FUZZ_RUNS sets the total number of inputs (default 10,000 on
 * PGlite, 1,500 on PostgreSQL).
 */
const TOTAL = Number(process.env.QIFU_FUZZ_RUNS ?? (testDatabaseKind() === "postgres" ? 1_500 : 10_000));

type TProc = { _def: { type: string; inputs: TSchema[]; meta?: { transaction?: false } } };
const allMutations = Object.entries(appRouter._def.procedures as unknown as Record<string, TProc>)
  .filter(([, p]) => p._def.type === "mutation" && p._def.inputs.length > 0)
  .sort(([a], [b]) => a.localeCompare(b));

/**
 * Password checks are slow on purpose (scrypt): the sign-in procedures get a smaller share
 * of the runs so the whole fuzz stays within a minute; the rest is shared evenly.
 */
const SLOW = new Set(["auth.login", "auth.changePassword"]);
function runsFor(name: string) {
  const slowShare = Math.max(20, Math.floor(TOTAL * 0.005));
  const fast = allMutations.filter(([n]) => !SLOW.has(n)).length;
  const slow = allMutations.length - fast;
  return SLOW.has(name) ? slowShare : Math.ceil((TOTAL - slow * slowShare) / Math.max(1, fast));
}

/**
 * The fuzz of shard `shard` of `shards`: each shard is its own test file, so vitest runs
 * them in parallel processes (one per core), each with its own database.
 */
export function fuzzMutations(shard: number, shards: number) {
  const mutations = allMutations.filter((_, i) => i % shards === shard);
  const promised = mutations.reduce((s, [n]) => s + runsFor(n), 0);
  describe(`fuzzing mutations over HTTP on ${testDatabaseKind()} (shard ${shard + 1}/${shards}: ${promised} of ${TOTAL} inputs)`, () => {
    let server: TSeededServer, app: FastifyInstance, db: TDatabase;
    let cookie: string;
    let tables: string[];
    let ids: string[];
    const tally = { ok: 0, refused: 0, invalidUnicode: { refused: 0, wrong: 0 } };

    beforeAll(async () => {
      // the call limits off: every input must reach the procedure (a 429 would hide what it does)
      ({ app, db } = server = await startSeededServer({ loginRateLimit: false, signupRateLimit: false, changePasswordRateLimit: false }));
      cookie = await server.signIn("district");
      const rows = await db.prisma.$queryRaw<
        { name: string }[]
      >`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`;
      // login_throttle: a refused sign-in is meant to leave its mark (issue 11 point 1)
      tables = rows.map((r) => r.name).filter((t) => !t.startsWith("_") && t !== "login_throttle");
      // real ids so updates and deletes sometimes hit a row (and a town or parent that exists)
      const idRows = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM node UNION ALL SELECT id FROM town UNION ALL SELECT id FROM target`,
      );
      ids = idRows.map((r) => r.id);
    });
    afterAll(async () => {
      await server?.close();
    });

    /** Row counts of every table, audit_log included, in one round trip. */
    async function counts(): Promise<Record<string, number>> {
      const sql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(", ")}`;
      return (await db.prisma.$queryRawUnsafe<Record<string, number>[]>(sql))[0];
    }
    // nothing else writes during the run, so the counts after one call are the counts before the next
    let last: Record<string, number> | null = null;

    it("has mutations to fuzz", () => {
      expect(mutations.length).toBeGreaterThan(0);
    });

    for (const [name, proc] of mutations) {
      it(`${name}: no 5xx, clear refusals, no partial writes`, async () => {
        const schema = proc._def.inputs[0];
        const arb = inputArbitrary(schema, { ids });
        await fc.assert(
          fc.asyncProperty(arb, async (input) => {
            const before = last ?? (await counts());
            const res = await app.inject({
              method: "POST",
              url: `/trpc/${name}`,
              headers: { cookie, "content-type": "application/json" },
              payload: input === undefined ? "" : JSON.stringify(input),
            });
            const after = await counts();
            last = after;
            const changed = tables.filter((t) => after[t] !== before[t]).map((t) => `${t}: ${before[t]} → ${after[t]}`);
            if (res.statusCode >= 500) throw new Error(`${res.statusCode}: ${res.body.slice(0, 500)}`);
            // invalid Unicode anywhere in the input (lone surrogates, NUL, noncharacters) is a 400,
            // whatever the procedure (only the access policy, and the body limit, 413, come before it)
            if (inputHoldsInvalidUnicode(input) && ![400, 401, 403, 413].includes(res.statusCode)) {
              tally.invalidUnicode.wrong++;
              throw new Error(`invalid Unicode answered ${res.statusCode}, not 400: ${res.body.slice(0, 300)}`);
            }
            if (inputHoldsInvalidUnicode(input) && res.statusCode === 400) tally.invalidUnicode.refused++;
            if (res.statusCode !== 200) {
              tally.refused++;
              const app = JSON.parse(res.body)?.error?.data?.app;
              if (!(app?.message?.zh?.trim() && app?.message?.en?.trim()))
                throw new Error(`refusal without a bilingual message: ${res.body.slice(0, 300)}`);
              if (res.statusCode < 400) throw new Error(`odd status ${res.statusCode}`);
              if (changed.length) throw new Error(`refused (${res.statusCode} ${app.code}) but wrote: ${changed.join(", ")}`);
              return;
            }
            tally.ok++;
            // a success is audited: one audit row at least per row it added or removed;
            // the contract's create/update/delete always write
            const audit = after.audit_log - before.audit_log;
            const rowsChanged = tables.filter((t) => t !== "audit_log").reduce((s, t) => s + Math.abs(after[t] - before[t]), 0);
            if (audit < rowsChanged) throw new Error(`succeeded with ${audit} audit row(s) for ${rowsChanged} row change(s)`);
            if (/\.(create|update|delete)$/.test(name) && audit < 1) throw new Error("a write succeeded without an audit row");
            if (name.endsWith(".create") && rowsChanged < 1) throw new Error("create succeeded but no row was added");
            if (name.endsWith(".delete") && !tables.some((t) => after[t] < before[t]))
              throw new Error("delete succeeded but no row is gone");
          }),
          { numRuns: runsFor(name), endOnFailure: true },
        );
      });
    }

    it("generated the promised number of inputs, refusals and successes alike", () => {
      expect(tally.ok + tally.refused).toBe(promised);
      expect(tally.ok).toBeGreaterThan(0); // the fuzz also reaches the write path, not only the validator
      expect(tally.refused).toBeGreaterThan(0);
      // the arbitraries reach the invalid-Unicode refusal (lone surrogates and the rest), always a 400
      expect(tally.invalidUnicode.refused).toBeGreaterThan(0);
      expect(tally.invalidUnicode.wrong).toBe(0);
    });
  });
}

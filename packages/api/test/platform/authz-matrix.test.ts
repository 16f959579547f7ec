import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "@qifu/db";
import { testDatabaseKind } from "@qifu/db/testing";
import { allows, type TPolicy, type TSessionUser } from "@qifu/trpc-core";
import { appRouter, createTestPlatform } from "../../src";
import { CALLERS, MATRIX_LOGIN, SAMPLES, type TCallerKey, type TFixture } from "../authz-samples";

/**
 * The authorization matrix, generated from the router: every procedure × every caller.
 * A caller the policy lets in (and whose scope reaches the sample row) must succeed; every
 * other caller must be refused — and a refused mutation writes nothing, not even an audit
 * row. The results go to docs/security.md between the markers below.
 */
const START = "<!-- authz-matrix:start -->";
const END = "<!-- authz-matrix:end -->";

type TProc = { _def: { type: "query" | "mutation" | "subscription"; meta?: { policy?: TPolicy } } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, TProc>).sort(([a], [b]) => a.localeCompare(b));

type TVerdict = "allow" | "deny" | "scope";
type TCell = { expected: TVerdict; got: string; pass: boolean };

const errorCode = (e: any): string => e?.cause?.code ?? e?.code ?? "THREW";
const isEmptyResult = (r: unknown) =>
  (Array.isArray(r) && r.length === 0) ||
  (typeof r === "object" && r !== null && Array.isArray((r as any).data) && (r as any).data.length === 0);

function policyText(policy: TPolicy | undefined) {
  if (!policy) return "—";
  return typeof policy === "string" ? policy : policy.join(", ");
}

describe(`authorization matrix on ${testDatabaseKind()}`, () => {
  let fx: TFixture;
  const users = new Map<TCallerKey, TSessionUser | null>();

  beforeAll(async () => {
    const platform = await createTestPlatform();
    const { prisma } = platform;
    const shilingTownId = (await prisma.town.findUniqueOrThrow({ where: { code: "SHILING" } })).id;
    const xinhuaTownId = (await prisma.town.findUniqueOrThrow({ where: { code: "XINHUA" } })).id;
    const operator = await platform.userOf("operator");
    const template = await prisma.user.findUniqueOrThrow({ where: { username: "operator" } });
    // "another node" and "another enterprise": real accounts, so procedures that read the account work
    const otherNode = await prisma.node.findFirstOrThrow({ where: { townId: xinhuaTownId } });
    await prisma.enterprise.create({
      data: { id: "mx-enterprise-b", creditCode: "91440114MX0000B", name: "矩阵测试企业B", townId: xinhuaTownId },
    });
    await prisma.user.create({
      data: {
        id: "mx-user-operator-b",
        username: "operator-b",
        displayName: "另一节点人员",
        role: "NODE_OPERATOR",
        passwordHash: template.passwordHash,
        townId: xinhuaTownId,
        nodeId: otherNode.id,
      },
    });
    await prisma.user.create({
      data: {
        id: "mx-user-enterprise-b",
        username: "enterprise-b",
        displayName: "另一企业用户",
        role: "ENTERPRISE",
        passwordHash: template.passwordHash,
        townId: xinhuaTownId,
        enterpriseId: "mx-enterprise-b",
      },
    });
    await prisma.user.create({
      data: {
        id: "mx-user-login",
        username: MATRIX_LOGIN,
        displayName: "矩阵登录",
        role: "EVALUATOR",
        passwordHash: template.passwordHash,
      },
    });
    const target = await prisma.target.findFirstOrThrow({ where: { scopeKey: "DISTRICT" } });
    let n = 0;
    fx = { platform, shilingTownId, xinhuaTownId, operatorNodeId: operator.nodeId!, targetId: target.id, seq: () => ++n };
    for (const c of CALLERS) users.set(c, c === "anonymous" ? null : await platform.userOf(c));
  });
  afterAll(() => fx?.platform.close());

  it("every procedure declares a policy and has a sample input", () => {
    expect(procedures.filter(([, p]) => !p._def.meta?.policy).map(([name]) => name)).toEqual([]);
    const missing = procedures.filter(([name]) => !SAMPLES[name]).map(([name]) => name);
    expect(missing, "add a valid sample input for each of these to packages/api/test/authz-samples.ts").toEqual([]);
    // samples for procedures that no longer exist are stale
    const known = new Set(procedures.map(([name]) => name));
    expect(Object.keys(SAMPLES).filter((name) => !known.has(name))).toEqual([]);
  });

  it("lets in exactly the callers each policy names, within their scope", async () => {
    const rows: { name: string; type: string; policy: TPolicy | undefined; cells: TCell[] }[] = [];
    for (const [name, proc] of procedures) {
      const sample = SAMPLES[name];
      const policy = proc._def.meta?.policy;
      const cells: TCell[] = [];
      for (const caller of CALLERS) {
        const user = users.get(caller)!;
        const expected: TVerdict = !policy || !allows(policy, user) ? "deny" : sample?.outOfScope?.includes(caller) ? "scope" : "allow";
        if (!sample) {
          // reported once by the test above; the table shows the gap
          cells.push({ expected, got: "no sample", pass: true });
          continue;
        }
        const input = await sample.input(fx);
        // only a refused mutation is checked for traces: counting before every call doubled the queries
        const traced = expected !== "allow" && proc._def.type === "mutation";
        const audits = traced ? await fx.platform.prisma.auditLog.count() : 0;
        const caller$ = user ? fx.platform.asUser(user) : fx.platform.anonymous();
        const fn = name.split(".").reduce<any>((o, k) => o[k], caller$);
        let got: string;
        let result: unknown;
        try {
          result = await fn(input);
          got = "OK";
        } catch (e) {
          got = errorCode(e);
        }
        let pass: boolean;
        if (expected === "allow") pass = got === "OK";
        else if (expected === "deny") pass = got === (user ? "FORBIDDEN" : "UNAUTHENTICATED");
        else pass = got === "NOT_FOUND" || got === "FORBIDDEN" || (got === "OK" && proc._def.type === "query" && isEmptyResult(result));
        if (got === "OK" && expected === "scope") got = isEmptyResult(result) ? "OK (empty)" : "OK (rows)";
        // a refused mutation leaves no trace
        if (traced && (await fx.platform.prisma.auditLog.count()) !== audits) {
          pass = false;
          got += " +audit";
        }
        cells.push({ expected, got, pass });
      }
      rows.push({ name, type: proc._def.type, policy, cells });
    }

    writeMatrix(rows);
    const failures = rows.flatMap((r) => r.cells.map((c, i) => ({ ...c, at: `${r.name} as ${CALLERS[i]}` })).filter((c) => !c.pass));
    expect(failures.map((f) => `${f.at}: expected ${f.expected}, got ${f.got}`)).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
    // ~300 procedures × 11 callers, each call a real query: minutes on a slow machine
  }, 900_000);
});

/** Replace the generated part of docs/security.md; deterministic (sorted, no timestamps). */
function writeMatrix(rows: { name: string; type: string; policy: TPolicy | undefined; cells: TCell[] }[]) {
  const mark = (c: TCell) => {
    if (c.got === "no sample") return "❔";
    const sign = c.expected === "allow" ? "✅" : c.expected === "scope" ? "🔒" : "⛔";
    return c.pass ? sign : `❌ ${c.got}`;
  };
  const lines = [
    START,
    "",
    "_Generated by `packages/api/test/platform/authz-matrix.test.ts` on every test run — do not edit by hand._",
    "✅ allowed and succeeded · ⛔ refused by the policy (401 anonymous / 403 signed in) ·",
    "🔒 role allowed but the row is outside the caller's scope: refused (404/403) or an empty result · ❌ mismatch ·",
    "❔ not run: the procedure has no sample input in `packages/api/test/authz-samples.ts` (the test fails).",
    "`xinhua` is the town admin of another town, `operator-b` the operator of a node in another town,",
    "`enterprise-b` the account of another enterprise.",
    "",
    `| procedure | type | policy | ${CALLERS.join(" | ")} |`,
    `| --- | --- | --- | ${CALLERS.map(() => ":-:").join(" | ")} |`,
    ...rows.map((r) => `| \`${r.name}\` | ${r.type} | ${policyText(r.policy)} | ${r.cells.map(mark).join(" | ")} |`),
    "",
    END,
  ];
  const file = path.join(repoRoot(), "docs/security.md");
  const doc = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : `# Security\n\n${START}\n${END}\n`;
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/security.md lacks the ${START} … ${END} markers`);
  const next = doc.slice(0, a) + lines.join("\n") + doc.slice(b + END.length);
  if (next !== doc) fs.writeFileSync(file, next);
}

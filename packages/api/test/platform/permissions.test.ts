import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { codeOf, createTestPlatform } from "../../src";

/**
 * permissions.callable: which procedures a role may call, read off the procedures' own policies. The
 * board shows a menu entry, page, section or tile only when its procedure is callable, so a node
 * operator is never shown a page that answers 403.
 */
describe(`permissions.callable on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  beforeAll(async () => {
    p = await createTestPlatform();
  }, 120_000);
  afterAll(() => p.close());

  const asked = ["policyFigures.stats", "voucherStats.stats", "ledger.stats", "targets.progress", "policies.publicList", "no.such"];

  it("answers each role with exactly what the procedures would admit", async () => {
    for (const user of ["district", "shiling", "operator", "commissioner", "evaluator"]) {
      const caller = await p.as(user);
      const callable = await caller.permissions.callable({ paths: asked });
      // the answer agrees with calling the procedures themselves
      for (const path of ["policyFigures.stats", "voucherStats.stats"] as const) {
        const [router, proc] = path.split(".") as ["policyFigures", "stats"];
        const code = await codeOf((caller as never as Record<string, Record<string, (i: object) => Promise<unknown>>>)[router][proc]({}));
        expect(callable.includes(path), `${user} ${path} → ${code}`).toBe(code !== "FORBIDDEN");
      }
      expect(callable).toContain("policies.publicList");
      expect(callable).not.toContain("no.such");
    }
    const operator = await (await p.as("operator")).permissions.callable({ paths: asked });
    expect(operator).not.toContain("policyFigures.stats"); // district and town figures
    expect(operator).toContain("voucherStats.stats"); // a node sees its own redemptions
  });

  it("an anonymous caller is told only the public procedures", async () => {
    expect(await p.anonymous().permissions.callable({ paths: asked })).toEqual(["targets.progress", "policies.publicList"]);
  });
});

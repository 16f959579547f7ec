import { describe, expect, it } from "vitest";
import { mutateAt, pathOf, procedures, typedClient, type TPathCall } from "../src/typed-rpc";

type TClient = {
  ledger: { stats: { query(input: { year: number }): Promise<{ total: number }> } };
  serviceComplaints: { close: { mutate(input: { id: string }): Promise<{ id: string; status: string }> } };
};

describe("typed clients", () => {
  it("a procedure from procedures() carries its dotted path", () => {
    const api = procedures<TClient>();
    expect(pathOf(api.ledger.stats)).toBe("ledger.stats");
    expect(pathOf(api.serviceComplaints.close)).toBe("serviceComplaints.close");
  });

  it("refuses what is not a procedure path, and is never a thenable", async () => {
    expect(() => pathOf({})).toThrow(/procedure/);
    const api = procedures<TClient>();
    expect((api as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(api)).resolves.toBe(api);
  });

  it("calls go by path: .query() as a query, .mutate() and mutateAt() as mutations", async () => {
    const calls: Parameters<TPathCall>[] = [];
    const rpc = typedClient<TClient>(async (...args) => {
      calls.push(args);
      return args[0] === "query" ? { total: 3 } : { id: "c1", status: "CLOSED" };
    });
    expect(await rpc.ledger.stats.query({ year: 2026 })).toEqual({ total: 3 });
    expect(await rpc.serviceComplaints.close.mutate({ id: "c1" })).toEqual({ id: "c1", status: "CLOSED" });
    expect(await mutateAt(rpc, procedures<TClient>().serviceComplaints.close, { id: "c2" })).toEqual({ id: "c1", status: "CLOSED" });
    expect(calls).toEqual([
      ["query", "ledger.stats", { year: 2026 }],
      ["mutation", "serviceComplaints.close", { id: "c1" }],
      ["mutation", "serviceComplaints.close", { id: "c2" }],
    ]);
  });
});

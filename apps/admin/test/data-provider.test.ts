import { describe, expect, it } from "vitest";
import { TRPCClientError } from "@trpc/client";
import type { TAppErrorBody } from "@qifu/domain";
import { changedFields, createDataProvider, formPath, toHttpError, toListInput, type TCall } from "../src/data-provider";

/** A tRPC failure as the client receives it from the server. */
function trpcError(app: TAppErrorBody, httpStatus: number) {
  return TRPCClientError.from({ error: { message: app.message.zh, code: -32600, data: { app, httpStatus } } });
}

const nameTooShort: TAppErrorBody = {
  code: "VALIDATION",
  message: { zh: "名称至少 2 个字符", en: "Name must have at least 2 characters" },
  fields: [{ path: "name", message: { zh: "名称至少 2 个字符", en: "Name must have at least 2 characters" } }],
};

function recorder(result: unknown = { data: [], total: 0 }) {
  const calls: { kind: string; path: string; input: unknown }[] = [];
  const call: TCall = async (kind, path, input) => {
    calls.push({ kind, path, input });
    if (result instanceof Error) throw result;
    return result;
  };
  return { calls, call };
}

describe("toListInput", () => {
  it("lifts q to the top level, drops empty filters and react-admin's default id sort, caps perPage", () => {
    expect(
      toListInput({
        pagination: { page: 2, perPage: 500 },
        sort: { field: "id", order: "ASC" },
        filter: { q: " 皮具 ", townId: "t1", kind: "" },
      }),
    ).toEqual({
      pagination: { page: 2, perPage: 200 },
      filter: { townId: "t1" },
      q: "皮具",
    });
  });
  it("passes a real sort through", () => {
    expect(toListInput({ pagination: { page: 1, perPage: 25 }, sort: { field: "name", order: "DESC" }, filter: {} })).toEqual({
      pagination: { page: 1, perPage: 25 },
      sort: { field: "name", order: "DESC" },
    });
  });
});

describe("changedFields", () => {
  it("keeps only what differs; empty string, null and undefined are the same 'nothing'", () => {
    const previous = { name: "A", townName: "狮岭镇", serviceCategories: ["LEGAL"], address: null, status: "ACTIVE" };
    expect(
      changedFields({ name: "A", townName: "狮岭镇", serviceCategories: ["LEGAL", "TALENT"], address: "", status: "ACTIVE" }, previous),
    ).toEqual({ serviceCategories: ["LEGAL", "TALENT"] });
  });
});

describe("formPath", () => {
  it("maps server paths to form fields", () => {
    expect(formPath("data.name", "update")).toBe("name");
    expect(formPath("serviceCategories.3", "create")).toBe("serviceCategories");
    expect(formPath("data", "update")).toBe("data");
  });
});

describe("toHttpError", () => {
  it("puts field messages in body.errors (react-admin server-side validation) in the current language", () => {
    const err = toHttpError(trpcError(nameTooShort, 400), "en", "create");
    expect(err.status).toBe(400);
    expect(err.message).toBe("Name must have at least 2 characters");
    expect(err.body.errors).toEqual({
      name: "Name must have at least 2 characters",
      root: { serverError: "Name must have at least 2 characters" },
    });
  });
  it("has no body.errors when no field is at fault", () => {
    const err = toHttpError(
      trpcError({ code: "FORBIDDEN", message: { zh: "您无权执行此操作", en: "You are not allowed to do this" }, fields: [] }, 403),
      "zh",
      "update",
    );
    expect(err.status).toBe(403);
    expect(err.message).toBe("您无权执行此操作");
    expect(err.body.errors).toBeUndefined();
  });
});

describe("createDataProvider", () => {
  it("maps getList onto <resource>.list", async () => {
    const { calls, call } = recorder({ data: [{ id: "1" }], total: 1 });
    const dp = createDataProvider(call, () => "zh");
    const res = await dp.getList("nodes", {
      pagination: { page: 1, perPage: 10 },
      sort: { field: "name", order: "ASC" },
      filter: { q: "站" },
    });
    expect(res).toEqual({ data: [{ id: "1" }], total: 1 });
    expect(calls).toEqual([
      {
        kind: "query",
        path: "nodes.list",
        input: { pagination: { page: 1, perPage: 10 }, sort: { field: "name", order: "ASC" }, q: "站" },
      },
    ]);
  });

  it("maps getManyReference onto a list filtered by the target", async () => {
    const { calls, call } = recorder();
    await createDataProvider(call, () => "zh").getManyReference("nodes", {
      target: "parentId",
      id: "p1",
      pagination: { page: 1, perPage: 10 },
      sort: { field: "name", order: "ASC" },
      filter: {},
    });
    expect(calls[0]).toMatchObject({ path: "nodes.list", input: { filter: { parentId: "p1" } } });
  });

  it("sends only the changed fields on update", async () => {
    const { calls, call } = recorder({ id: "n1" });
    const previousData = { id: "n1", name: "A", kind: "OTHER", townId: "t1", townName: "狮岭镇", staffCount: 3 };
    await createDataProvider(call, () => "zh").update("nodes", { id: "n1", data: { ...previousData, staffCount: 4 }, previousData });
    expect(calls).toEqual([{ kind: "mutation", path: "nodes.update", input: { id: "n1", data: { staffCount: 4 } } }]);
  });

  it("turns a validation failure into field errors on the form", async () => {
    const { call } = recorder(trpcError({ ...nameTooShort, fields: [{ path: "data.name", message: nameTooShort.message }] }, 400));
    const dp = createDataProvider(call, () => "zh");
    await expect(dp.update("nodes", { id: "n1", data: { name: "A" }, previousData: { id: "n1", name: "AB" } })).rejects.toMatchObject({
      status: 400,
      body: { errors: { name: "名称至少 2 个字符" } },
    });
  });

  it("calls any procedure by path through rpcQuery", async () => {
    const { calls, call } = recorder({ totalNodes: 1 });
    expect(await createDataProvider(call, () => "zh").rpcQuery("network.stats", { year: 2026 })).toEqual({ totalNodes: 1 });
    expect(calls[0]).toEqual({ kind: "query", path: "network.stats", input: { year: 2026 } });
  });
});

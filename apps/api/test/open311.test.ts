import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { testDatabaseKind } from "@qifu/db/testing";
import type { TDatabase } from "@qifu/db";
import { startSeededServer, type TSeededServer } from "./fixture";
import { childrenOf, parseXml, textOf } from "./xml-parse";

/** Open311 GeoReport v2 over appeal categories and appeals: a 12345 hotline files and tracks appeals. */
describe(`Open311 GeoReport v2 on ${testDatabaseKind()}`, () => {
  let server: TSeededServer, app: FastifyInstance, db: TDatabase;
  let key = "";
  let creditCode = "";
  const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
  const post = (body: Record<string, string>, format = "json") =>
    app.inject({
      method: "POST",
      url: `/open311/v2/requests.${format}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: form(body),
    });
  /** A GET answered in XML, parsed (strictly: a malformed document fails the test). */
  const getXml = async (url: string, status = 200) => {
    const res = await app.inject({ method: "GET", url });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers["content-type"]).toBe("text/xml; charset=utf-8");
    return parseXml(res.body);
  };

  beforeAll(async () => {
    process.env.QIFU_OPEN311_KEYS = "hotline-env:env-secret-key-123";
    ({ app, db } = server = await startSeededServer({ loginRateLimit: false }));
    // a district admin issues a key through the API
    const cookie = await server.signIn("district");
    const res = await app.inject({
      method: "POST",
      url: "/trpc/open311Keys.create",
      headers: { cookie },
      payload: { name: "花都区 12345 热线" },
    });
    key = res.json().result.data.key;
    creditCode = (await db.prisma.enterprise.findUniqueOrThrow({ where: { id: "seed-enterprise-1" } })).creditCode;
  });
  afterAll(async () => {
    delete process.env.QIFU_OPEN311_KEYS;
    await server?.close();
  });

  it("lists the active appeal categories as services", async () => {
    const res = await app.inject({ method: "GET", url: "/open311/v2/services.json" });
    expect(res.statusCode).toBe(200);
    const services = res.json();
    expect(services.map((s: { service_code: string }) => s.service_code)).toContain("POLICY");
    expect(services[0]).toMatchObject({ metadata: false, type: "realtime" });
  });

  it("round trip: POST a request with a key, then GET it back by id and in the list", async () => {
    const res = await post({
      api_key: key,
      service_code: "FINANCING",
      account_id: creditCode,
      description: "来电反映：申请的贴息贷款三个月仍未放款，请协调。",
      first_name: "张",
      phone: "13800000000",
    });
    expect(res.statusCode).toBe(201);
    const [created] = res.json();
    expect(created.service_request_id).toMatch(/^HD-\d{4}-\d{6}$/);
    expect(created.account_id).toBe(creditCode);

    const one = await app.inject({ method: "GET", url: `/open311/v2/requests/${created.service_request_id}.json?api_key=${key}` });
    expect(one.statusCode).toBe(200);
    expect(one.json()[0]).toMatchObject({
      service_request_id: created.service_request_id,
      status: "open",
      service_code: "FINANCING",
      description: "来电反映：申请的贴息贷款三个月仍未放款，请协调。",
      account_id: creditCode,
    });
    expect(one.json()[0].agency_responsible).toBeTruthy();
    const list = await app.inject({ method: "GET", url: `/open311/v2/requests.json?api_key=${key}&status=open` });
    expect(list.json().map((r: { service_request_id: string }) => r.service_request_id)).toEqual([created.service_request_id]);

    // in the platform it is an appeal of the enterprise, channel OPEN311, routed and on the clock
    const appeal = await db.prisma.appeal.findUniqueOrThrow({ where: { number: created.service_request_id }, include: { events: true } });
    expect(appeal).toMatchObject({ channel: "OPEN311", enterpriseId: "seed-enterprise-1", status: "SUBMITTED" });
    expect(appeal.events.map((e) => e.kind).sort()).toEqual(["ROUTE", "SLA_ACTIVATE", "SUBMIT"]);
    // the unit is notified like for any other appeal
    expect(await db.prisma.notification.count({ where: { kind: "appeal.submit", link: { contains: appeal.id } } })).toBeGreaterThan(0);

    // another key (from the environment) does not see it; without a key only published appeals show
    const other = await app.inject({
      method: "GET",
      url: `/open311/v2/requests/${created.service_request_id}.json?api_key=env-secret-key-123`,
    });
    expect(other.statusCode).toBe(404);
    const anon = await app.inject({ method: "GET", url: `/open311/v2/requests/${created.service_request_id}.json` });
    expect(anon.statusCode).toBe(404);
    // an env key can file too
    expect(
      (
        await post({
          api_key: "env-secret-key-123",
          service_code: "OTHER",
          account_id: creditCode,
          description: "环境变量配置的密钥也能登记诉求。",
        })
      ).statusCode,
    ).toBe(201);
  });

  it("refuses a bad key, a bad service_code, an unknown account and a short description, in the spec's bilingual error format", async () => {
    const before = await db.prisma.appeal.count();
    const bad = await post({
      api_key: "wrong",
      service_code: "POLICY",
      account_id: creditCode,
      description: "这是一条足够长的诉求描述内容。",
    });
    expect(bad.statusCode).toBe(403);
    expect(bad.json()).toEqual([{ code: 403, description: "API 密钥无效 / Invalid api_key" }]);
    expect((await post({ service_code: "POLICY", account_id: creditCode, description: "这是一条足够长的诉求描述内容。" })).statusCode).toBe(
      403,
    );
    const code = await post({
      api_key: key,
      service_code: "NO_SUCH",
      account_id: creditCode,
      description: "这是一条足够长的诉求描述内容。",
    });
    expect(code.statusCode).toBe(400);
    expect(code.json()[0].description).toContain("service_code");
    expect(code.json()[0].description).toMatch(/诉求类别 \/ Invalid/);
    expect(
      (
        await post({
          api_key: key,
          service_code: "POLICY",
          account_id: "91440114XXXXXXXXXX",
          description: "这是一条足够长的诉求描述内容。",
        })
      ).statusCode,
    ).toBe(400);
    expect((await post({ api_key: key, service_code: "POLICY", account_id: creditCode, description: "太短" })).statusCode).toBe(400);
    expect((await app.inject({ method: "GET", url: "/open311/v2/requests.json?api_key=wrong" })).statusCode).toBe(403);
    expect((await app.inject({ method: "GET", url: `/open311/v2/requests.json?api_key=${key}&status=maybe` })).statusCode).toBe(400);
    expect((await app.inject({ method: "GET", url: `/open311/v2/requests.json?api_key=${key}&start_date=notadate` })).statusCode).toBe(400);
    expect(await db.prisma.appeal.count()).toBe(before);
  });

  it("answers every path in XML too (the spec's default), with the same data in the spec's element names", async () => {
    const json = (await app.inject({ method: "GET", url: "/open311/v2/services.json" })).json() as {
      service_code: string;
      service_name: string;
    }[];
    const services = await getXml("/open311/v2/services.xml");
    expect(services.name).toBe("services");
    const items = childrenOf(services, "service");
    expect(items.map((s) => textOf(s, "service_code"))).toEqual(json.map((s) => s.service_code));
    expect(items.map((s) => textOf(s, "service_name"))).toEqual(json.map((s) => s.service_name));
    expect(textOf(items[0]!, "metadata")).toBe("false");

    // a service definition names the attributes a POST may carry
    const definition = await getXml("/open311/v2/services/POLICY.xml");
    expect(definition.name).toBe("service_definition");
    const attributes = childrenOf(childrenOf(definition, "attributes")[0]!, "attribute");
    expect(attributes.map((a) => textOf(a, "code"))).toEqual(["title", "urgency"]);
    expect(childrenOf(childrenOf(attributes[1]!, "values")[0]!, "value").map((v) => textOf(v, "key"))).toEqual(["NORMAL", "URGENT"]);
    expect((await app.inject({ method: "GET", url: "/open311/v2/services/POLICY.json" })).json()).toMatchObject({
      service_code: "POLICY",
      attributes: [{ code: "title" }, { code: "urgency" }],
    });

    // filed in XML, read back in XML: markup in the text is escaped, a character XML forbids dropped
    const description = `来电：报价单写着 <急> & "加急" 'A' 请尽快\u0001处理。`;
    const created = await post(
      { api_key: key, service_code: "POLICY", account_id: creditCode, description, "attribute[urgency]": "URGENT" },
      "xml",
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers["content-type"]).toBe("text/xml; charset=utf-8");
    const filed = parseXml(created.body);
    expect(filed.name).toBe("service_requests");
    const id = textOf(childrenOf(filed, "request")[0]!, "service_request_id")!;
    expect(id).toMatch(/^HD-\d{4}-\d{6}$/);
    const one = await getXml(`/open311/v2/requests/${id}.xml?api_key=${key}`);
    const [request] = childrenOf(one, "request");
    expect(textOf(request!, "description")).toBe(description.replace("\u0001", ""));
    expect(textOf(request!, "status")).toBe("open");
    expect(textOf(request!, "account_id")).toBe(creditCode);
    expect(childrenOf(request!, "lat")[0]).toMatchObject({ text: "", children: [] });
    // the JSON of the same request carries the same fields, in the same order
    const same = (await app.inject({ method: "GET", url: `/open311/v2/requests/${id}.json?api_key=${key}` })).json()[0];
    expect(request!.children.map((c) => c.name)).toEqual(Object.keys(same));
    const list = await getXml(`/open311/v2/requests.xml?api_key=${key}&service_code=POLICY`);
    expect(childrenOf(list, "request").map((r) => textOf(r, "service_request_id"))).toContain(id);
  });

  it("serves the discovery document in both formats", async () => {
    const json = (await app.inject({ method: "GET", url: "/open311/v2/discovery.json", headers: { host: "qifu.example.gov.cn" } })).json();
    expect(json).toMatchObject({ changeset: expect.any(String), contact: expect.any(String), key_service: expect.any(String) });
    expect(json.endpoints).toEqual([
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: "http://qifu.example.gov.cn/open311/v2",
        changeset: json.changeset,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
    ]);
    const xml = await getXml("/open311/v2/discovery.xml");
    expect(xml.name).toBe("discovery");
    const [endpoint] = childrenOf(childrenOf(xml, "endpoints")[0]!, "endpoint");
    expect(textOf(endpoint!, "specification")).toBe("http://wiki.open311.org/GeoReport_v2");
    expect(textOf(endpoint!, "type")).toBe("production");
    expect(childrenOf(childrenOf(endpoint!, "formats")[0]!, "format").map((f) => f.text)).toEqual(["text/xml", "application/json"]);
  });

  it("answers errors in XML as <errors><error>, bilingual", async () => {
    const res = await post(
      { api_key: "wrong", service_code: "POLICY", account_id: creditCode, description: "这是一条足够长的诉求描述内容。" },
      "xml",
    );
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toBe("text/xml; charset=utf-8");
    const errors = parseXml(res.body);
    expect(errors.name).toBe("errors");
    expect(childrenOf(errors, "error").map((e) => [textOf(e, "code"), textOf(e, "description")])).toEqual([
      ["403", "API 密钥无效 / Invalid api_key"],
    ]);
    const bad = await getXml(`/open311/v2/requests.xml?api_key=${key}&status=maybe`, 400);
    expect(textOf(childrenOf(bad, "error")[0]!, "description")).toBe("status 只能是 open 或 closed / status must be open or closed");
    const unknown = await getXml("/open311/v2/services/NO_SUCH.xml", 404);
    expect(textOf(childrenOf(unknown, "error")[0]!, "description")).toContain("No such service");
    // a format the spec does not have
    const csv = await getXml("/open311/v2/requests/HD-2026-000001.csv", 404);
    expect(textOf(childrenOf(csv, "error")[0]!, "code")).toBe("404");
  });
});

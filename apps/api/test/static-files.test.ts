import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { startSeededServer, type TSeededServer } from "./fixture";

/** A built front end in a temp folder: an index.html, a hashed asset with its .br/.gz as the build writes them, and one feature remote. */
function fakeBuild(root: string) {
  const js = `export const x = "${"服务".repeat(2000)}";\n`;
  const write = (file: string, body: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), body);
  };
  write("admin/index.html", "<!doctype html><title>企服通</title>");
  write("admin/assets/index-AbC123.js", js);
  write("admin/assets/index-AbC123.js.br", zlib.brotliCompressSync(js));
  write("admin/assets/index-AbC123.js.gz", zlib.gzipSync(js));
  write(
    "features/ledger/package.json",
    JSON.stringify({ name: "@qifu/feature-ledger", qifu: { label: { zh: "服务台账", en: "Service ledger" } } }),
  );
  write("features/ledger/dist/admin/remoteEntry.js", "export const init = 1;\n");
  return js;
}

describe("built front ends: precompressed and cached by name", () => {
  let server: TSeededServer, app: FastifyInstance;
  let js: string;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "qifu-static-"));
  beforeAll(async () => {
    js = fakeBuild(root);
    ({ app } = server = await startSeededServer({
      seed: false,
      staticApps: [{ prefix: "/admin/", dir: path.join(root, "admin") }],
      featureRemotes: { dir: path.join(root, "features") },
    }));
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("sends the brotli or gzip copy to a browser that accepts it, the plain file to one that does not", async () => {
    const br = await app.inject({ url: "/admin/assets/index-AbC123.js", headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(js);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(js) / 4);

    const gz = await app.inject({ url: "/admin/assets/index-AbC123.js", headers: { "accept-encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(js);

    const plain = await app.inject({ url: "/admin/assets/index-AbC123.js", headers: { "accept-encoding": "identity" } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(js);
  });

  it("keeps hashed assets for a year; index.html, the SPA fallback and a remote's entry are checked on every load", async () => {
    const asset = await app.inject({ url: "/admin/assets/index-AbC123.js" });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    for (const url of ["/admin/", "/admin/some/page", "/admin/remotes/ledger/remoteEntry.js"]) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["cache-control"], url).toBe("no-cache");
    }
  });
});

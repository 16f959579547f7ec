#!/usr/bin/env node
// `pnpm bench:load`: drive the server on loopback with a mix of public catalogue reads,
// sign-ins, appeal submissions (an enterprise session) and board reads (50 connections,
// 30 s by default), then print throughput, latency percentiles and errors, and check for
// lost writes: every submission answered 2xx must be in the database, and the number of
// new appeals must match. With BENCH_URL unset it starts its own server on a fresh
// embedded database (login rate limit off: every request comes from one address).
//   BENCH_URL=http://127.0.0.1:3000 BENCH_CONNECTIONS=50 BENCH_SECONDS=30 pnpm bench:load
import autocannon from "autocannon";
import os from "node:os";
import { startServer } from "./bench-server.mjs";

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.BENCH_SECONDS ?? 30);
const PASSWORD = "Qifu2026demo";

const q = (input) => `?input=${encodeURIComponent(JSON.stringify(input))}`;

async function main() {
  const server = process.env.BENCH_URL ? { url: process.env.BENCH_URL, stop() {} } : await startServer({ QIFU_LOGIN_RATE_LIMIT: "0" });
  try {
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "district", password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`cannot sign in as district: ${login.status}`);
    const cookie = String(login.headers.get("set-cookie")).split(";")[0];
    const entLogin = await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "enterprise", password: PASSWORD }),
    });
    if (!entLogin.ok) throw new Error(`cannot sign in as enterprise: ${entLogin.status}`);
    const entCookie = String(entLogin.headers.get("set-cookie")).split(";")[0];
    // every submission of this run carries the run's marker in its title, so they can be counted
    const run = `压测${Date.now().toString(36)}`;
    const countRun = async () => {
      const r = await fetch(`${server.url}/trpc/appeals.list${q({ q: run, pagination: { page: 1, perPage: 1 } })}`, {
        headers: { cookie: entCookie },
      });
      if (!r.ok) throw new Error(`appeals.list: ${r.status} ${await r.text()}`);
      return (await r.json()).result.data.total;
    };
    const before = await countRun();
    const dir = await (await fetch(`${server.url}/trpc/network.directory${q({ perPage: 12 })}`)).json();
    if ((await fetch(`${server.url}/`)).status !== 200)
      throw new Error("the public site is not built (apps/public/dist): run `pnpm turbo run build --filter='./apps/*'` first");
    const nodeId = dir.result.data.data[0].id;

    // One connection walks this list in a loop: 16 public reads, 4 board reads, 1 sign-in.
    const publicReads = [
      { path: "/trpc/network.overview" },
      { path: `/trpc/network.directory${q({ perPage: 12 })}` },
      { path: `/trpc/network.directory${q({ q: "皮具", perPage: 12 })}` },
      { path: `/trpc/network.publicNode${q({ id: nodeId })}` },
      { path: "/trpc/network.publicTowns" },
      { path: `/trpc/targets.progress${q({ year: 2027 })}` },
      { path: `/trpc/network.directory${q({ kind: "SERVICE_STATION", perPage: 12 })}` },
      { path: "/" },
    ];
    const boardReads = [
      { path: `/trpc/network.stats${q({ year: 2027 })}`, headers: { cookie } },
      { path: "/trpc/network.tree", headers: { cookie } },
    ];
    const signIn = {
      method: "POST",
      path: "/trpc/auth.login",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "evaluator", password: PASSWORD }),
    };
    // an appeal submission: a multi-row write (appeal, three timeline events, number counter, audit rows)
    const acknowledged = new Set();
    let submitted = 0;
    const submit = {
      method: "POST",
      path: "/trpc/appeals.create",
      headers: { "content-type": "application/json", cookie: entCookie },
      setupRequest: (req) => ({
        ...req,
        body: JSON.stringify({
          title: `${run}-${++submitted}`,
          description: "压力测试提交的诉求，用于检查写入是否丢失。",
          categoryId: "appeal-cat-OTHER",
        }),
      }),
      onResponse: (status, body) => {
        if (status >= 200 && status < 300) acknowledged.add(JSON.parse(body).result.data.id);
      },
    };
    // the submission comes early in the loop so that even a slow run makes some
    const requests = [...publicReads.slice(0, 3), submit, ...publicReads.slice(3), ...boardReads, ...publicReads, ...boardReads, signIn];

    const latencies = [];
    const byStatus = new Map();
    const instance = autocannon({ url: server.url, connections, duration, requests });
    instance.on("response", (_client, status, _bytes, ms) => {
      latencies.push(ms);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    });
    const result = await instance;

    // lost writes: every acknowledged submission is there, and nothing is missing from the count
    const ids = [...acknowledged];
    let found = 0;
    for (let i = 0; i < ids.length; i += 200) {
      const r = await fetch(`${server.url}/trpc/appeals.getMany${q({ ids: ids.slice(i, i + 200) })}`, { headers: { cookie: entCookie } });
      found += (await r.json()).result.data.length;
    }
    const added = (await countRun()) - before;
    const lost = ids.length - found;

    latencies.sort((a, b) => a - b);
    const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
    const errors = result.errors + result.timeouts + result.non2xx;
    const lines = [
      `Qifu load: ${connections} connections, ${duration} s, ${server.url} (${os.cpus().length} CPU, Node ${process.version})`,
      `  requests     ${result.requests.total} (${result.requests.average.toFixed(0)} req/s average)`,
      `  latency ms   p50 ${pct(50).toFixed(1)}  p95 ${pct(95).toFixed(1)}  p99 ${pct(99).toFixed(1)}  max ${result.latency.max}`,
      `  statuses     ${[...byStatus]
        .sort()
        .map(([s, n]) => `${s}: ${n}`)
        .join(", ")}`,
      `  errors       ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`,
      `  writes       ${ids.length} appeal submissions acknowledged, ${found} of them found, ${added} new appeals in the database; lost ${lost}`,
      `  machine      load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")} at the end`,
    ];
    console.log(lines.join("\n"));
    if (errors > 0 || lost > 0 || added < ids.length) process.exitCode = 1;
  } finally {
    server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

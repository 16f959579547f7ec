#!/usr/bin/env node
// `pnpm bench:signup` (issue 11 point 2; a benchmark, not a test): does a burst of anonymous
// sign-ups stall the people already signed in? A signed-in district admin reads `auth.me`
// and `network.stats` in a loop, first alone (quiet), then while BENCH_SIGNUPS (40) new
// enterprise accounts register at once, each hashing its password with scrypt. Prints the
// reader's p50/p95/max in both phases, their ratio, and how the sign-ups ended.
// It starts its own server on a fresh PGlite with the sign-up limit off (all come from one
// address); BENCH_DATABASE_URL=postgres://…/empty_db runs it on PostgreSQL.
import os from "node:os";
import { makeCreditCode } from "../packages/domain/src/credit-code.ts";
import { startServer } from "./bench-server.mjs";

const SIGNUPS = Number(process.env.BENCH_SIGNUPS ?? 40);
const QUIET_MS = Number(process.env.BENCH_QUIET_MS ?? 5_000);
const PASSWORD = "Qifu2026demo";

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};
const ms = (x) => `${x.toFixed(0).padStart(5)} ms`;

/** Reads as the signed-in user until `until()` says stop; returns each read's time. */
async function read(url, cookie, until) {
  const times = [];
  while (!until()) {
    const t0 = performance.now();
    const r = await fetch(`${url}/trpc/auth.me,network.stats?batch=1&input=${encodeURIComponent("{}")}`, { headers: { cookie } });
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`reader: ${r.status}`);
    times.push(performance.now() - t0);
  }
  return times;
}

async function signUp(url, i, run) {
  const t0 = performance.now();
  const r = await fetch(`${url}/trpc/enterpriseAccount.register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      username: `bench${run}${i}`,
      password: `Qifu-bench-${run}-${i}`,
      creditCode: makeCreditCode(900_000 + (Date.now() % 100_000) * 64 + i),
      name: `压测企业${run}${i}`,
      townId: townIds[i % townIds.length],
      contactName: "压测",
      contactPhone: "13800138000",
    }),
  });
  await r.arrayBuffer();
  return { status: r.status, ms: performance.now() - t0 };
}

let townIds = [];

async function main() {
  const server = await startServer({ QIFU_SIGNUP_RATE_LIMIT: "0", QIFU_LOGIN_RATE_LIMIT: "0" });
  try {
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "district", password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`cannot sign in as district: ${login.status}`);
    const cookie = String(login.headers.get("set-cookie")).split(";")[0];
    const towns = await (
      await fetch(`${server.url}/trpc/towns.list?input=${encodeURIComponent(JSON.stringify({ pagination: { page: 1, perPage: 50 } }))}`, {
        headers: { cookie },
      })
    ).json();
    townIds = towns.result.data.data.map((t) => t.id);

    const quietEnd = performance.now() + QUIET_MS;
    const quiet = await read(server.url, cookie, () => performance.now() > quietEnd);

    let done = false;
    const run = Date.now().toString(36).slice(-4);
    const readers = read(server.url, cookie, () => done);
    const t0 = performance.now();
    const signups = await Promise.all(Array.from({ length: SIGNUPS }, (_, i) => signUp(server.url, i, run)));
    const burstMs = performance.now() - t0;
    done = true;
    const busy = await readers;

    const statuses = signups.reduce((m, s) => ((m[s.status] = (m[s.status] ?? 0) + 1), m), {});
    const q95 = percentile(quiet, 95);
    const b95 = percentile(busy, 95);
    console.log(
      [
        `Qifu sign-up burst: ${SIGNUPS} parallel sign-ups, ${server.url} (${os.cpus().length} CPU, Node ${process.version}, ${process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "PGlite"})`,
        `  reader quiet     ${quiet.length} reads  p50 ${ms(percentile(quiet, 50))}  p95 ${ms(q95)}  max ${ms(Math.max(...quiet))}`,
        `  reader in burst  ${busy.length} reads  p50 ${ms(percentile(busy, 50))}  p95 ${ms(b95)}  max ${ms(Math.max(...busy))}`,
        `  p95 ratio        ${(b95 / q95).toFixed(1)}× (target: p95 in burst ≤ 300 ms)`,
        `  sign-ups         ${JSON.stringify(statuses)} in ${(burstMs / 1000).toFixed(1)} s; each p50 ${ms(
          percentile(
            signups.map((s) => s.ms),
            50,
          ),
        )}, max ${ms(Math.max(...signups.map((s) => s.ms)))}`,
        `  machine          load average ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")} at the end`,
      ].join("\n"),
    );
    if (!statuses[200]) process.exitCode = 1;
  } finally {
    server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// What the first visit of a signed-in user costs: every byte the browser receives (after
// compression) when it opens a shell with an empty cache, by origin: the shell itself, each
// feature remote, the API. Drives a running server (`pnpm start`) in Debian's chromium.
//   pnpm bench:weight                                  (http://127.0.0.1:3000, district admin, both shells)
//   BENCH_URL=http://127.0.0.1:3900 BENCH_USER=shiling pnpm bench:weight
import { chromium } from "playwright-core";

const base = process.env.BENCH_URL ?? "http://127.0.0.1:3000";
const user = process.env.BENCH_USER ?? "district";
const password = process.env.BENCH_PASSWORD ?? "Qifu2026demo";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function weigh(shell) {
  // sign in once, then open the shell in a fresh context holding only the session cookie: a cold cache
  const signIn = await browser.newContext();
  const page = await signIn.newPage();
  await page.goto(`${base}/${shell}/${shell === "board" ? "login" : ""}`);
  await page.fill('input[name="username"]', user);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForLoadState("networkidle");
  const cold = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
  await cold.addCookies(await signIn.cookies());
  await signIn.close();
  const p = await cold.newPage();
  const cdp = await cold.newCDPSession(p);
  await cdp.send("Network.enable");
  const urls = new Map();
  const bytes = new Map();
  cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, e.response.url));
  cdp.on("Network.loadingFinished", (e) => bytes.set(e.requestId, e.encodedDataLength));
  const started = Date.now();
  await p.goto(`${base}/${shell}/`);
  await p.waitForLoadState("networkidle");
  const ms = Date.now() - started;
  const groups = new Map();
  for (const [id, url] of urls) {
    const remote = url.match(/\/remotes\/([^/]+)\//)?.[1];
    const key = url.includes("/trpc/") ? "API calls" : remote ? `feature ${remote}` : "shell";
    groups.set(key, (groups.get(key) ?? 0) + (bytes.get(id) ?? 0));
  }
  await cold.close();
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  console.log(`\n/${shell}/ as ${user}: ${urls.size} requests, ${kb(total)} received, network idle after ${ms} ms`);
  for (const [key, n] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${key.padEnd(32)} ${kb(n).padStart(8)}`);
}

for (const shell of (process.env.BENCH_SHELLS ?? "admin,board").split(",")) await weigh(shell);
await browser.close();

#!/usr/bin/env node
// Take a screenshot of a page in Debian's chromium, optionally signed in first.
// usage: node scripts/screenshot.mjs URL OUT.png [--width 1440] [--height 900] [--login user:password] [--wait ms] [--full]
import { chromium } from "playwright-core";

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: node scripts/screenshot.mjs URL OUT.png [--width N] [--height N] [--login user:pass] [--wait ms] [--full]");
  process.exit(2);
}
const opt = (name, dflt) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : dflt;
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const page = await browser.newPage({
  viewport: { width: Number(opt("width", 1440)), height: Number(opt("height", 900)) },
  locale: "zh-CN",
});
page.on("console", (m) => m.type() === "error" && console.error("[console]", m.text()));
page.on("pageerror", (e) => console.error("[pageerror]", e.message));
const login = opt("login");
if (login) {
  const [username, password] = login.split(":");
  const origin = new URL(url).origin;
  const r = await page.request.post(`${origin}/trpc/auth.login`, { data: { username, password } });
  if (!r.ok()) console.error("login failed", r.status(), await r.text());
}
await page.goto(url, { waitUntil: "networkidle" });
await page.waitForTimeout(Number(opt("wait", 800)));
await page.screenshot({ path: out, fullPage: rest.includes("--full") });
await browser.close();
console.log(`saved ${out}`);

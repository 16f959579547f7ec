// `pnpm bench` part two (not a test): issue 15's matching at scale. 10,000 financing needs are
// matched against 10,000 products by the matching kit (`financingMatcher`, criteria in memory,
// as `financingNeeds.matches` runs them), and the same matching is done by one SQL statement
// (eligibility as WHERE, the same weighted score as an expression). Both must agree on the
// eligible pairs and each need's best score; the times and their ratio go to docs/performance.md
// between the financing-bench markers. Its own database `qifu_bench_financing` on the server of
// QIFU_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchDatabase, log, ms, root } from "./bench-kit.ts";
import { INDUSTRY_SECTIONS } from "../packages/domain/src/index.ts";
import { financingMatcher, type TNeedProfile, type TProductOffer } from "../packages/features/financing/src/server/matching.ts";

const DB = "qifu_bench_financing";
const N = Number(process.env.BENCH_FINANCING_N ?? 10_000);
/** Deterministic data in SQL: enterprises of four industries, tiers and sizes; products and needs of every form. */
async function generate(db: import("pg").Client) {
  await db.query("SET session_replication_role = replica"); // no audit trigger, no FK checks while loading (nodes are not generated)
  await db.query(`INSERT INTO enterprise (id, "creditCode", name, "industryCode", "sizeClass", tier, tags, "updatedAt")
    SELECT 'fe-' || g, '9144012' || lpad(g::text, 11, '0'), '基准企业' || g, (ARRAY['1922','6510','5191','7320'])[1 + g % 4],
           (ARRAY['MEDIUM','SMALL','MICRO'])[1 + (g / 4) % 3], (ARRAY['NONE','INNOVATIVE','SPECIALIZED','LITTLE_GIANT'])[1 + (g / 12) % 4], '{}', now()
    FROM generate_series(1, ${N}) g`);
  await db.query(`INSERT INTO financing_product (id, "nodeId", name, kind, "rateMinBp", "rateMaxBp", "amountMinFen", "amountMaxFen", "termMonthsMax",
      "guaranteeForm", "eligibleTiers", "eligibleSections", "eligibleSizes", "greenChannel", status, "updatedAt")
    SELECT 'fp-' || lpad(g::text, 6, '0'), 'bn-' || (1 + g % 50), '基准产品' || lpad(g::text, 6, '0'), 'LOAN', 300, 500,
           (1 + g % 20)::bigint * 100000000, (1 + g % 20)::bigint * 100000000 + (g % 7)::bigint * 500000000 + 200000000, (ARRAY[6, 12, 24, 36, 60])[1 + g % 5],
           (ARRAY['CREDIT','GUARANTEE','MORTGAGE','PLEDGE'])[1 + g % 4],
           CASE g % 3 WHEN 0 THEN '{}'::text[] WHEN 1 THEN ARRAY['SPECIALIZED','LITTLE_GIANT'] ELSE ARRAY['INNOVATIVE','SPECIALIZED','LITTLE_GIANT'] END,
           CASE g % 4 WHEN 0 THEN '{}'::text[] WHEN 1 THEN ARRAY['C'] WHEN 2 THEN ARRAY['C','I'] ELSE ARRAY['F','M'] END,
           CASE g % 5 WHEN 0 THEN ARRAY['SMALL','MICRO'] ELSE '{}'::text[] END, g % 2 = 0, 'PUBLISHED', now()
    FROM generate_series(1, ${N}) g`);
  await db.query(`INSERT INTO financing_need (id, "enterpriseId", "amountFen", purpose, "termMonths", collateral, urgency, status, "postedOn", "updatedAt")
    SELECT 'fn-' || lpad(g::text, 6, '0'), 'fe-' || g, (1 + (g * 7) % 40)::bigint * 50000000, '基准需求', (ARRAY[6, 12, 24, 36, 48])[1 + g % 5],
           (ARRAY['NONE','PROPERTY','EQUIPMENT','RECEIVABLES','INTELLECTUAL_PROPERTY'])[1 + (g / 5) % 5], CASE WHEN g % 3 = 0 THEN 'URGENT' ELSE 'NORMAL' END,
           'OPEN', DATE '2026-06-01', now()
    FROM generate_series(1, ${N}) g`);
  await db.query("SET session_replication_role = origin");
  await db.query("ANALYZE enterprise; ANALYZE financing_product; ANALYZE financing_need");
}

/** The kit's criteria as one statement: the required ones in WHERE, the score as their weighted sum (weights 2,2,2,1,1,1,1 = 10). */
const SECTIONS = INDUSTRY_SECTIONS.map((s) => `('${s.divisions[0]}','${s.divisions[1]}','${s.code}')`).join(",");
const MATCH_SQL = `
WITH sections(lo, hi, code) AS (VALUES ${SECTIONS}),
needs AS (
  SELECT n.id, n."amountFen", n."termMonths", n.collateral, n.urgency, e.tier, e."sizeClass",
         (SELECT code FROM sections WHERE substr(e."industryCode", 1, 2) BETWEEN lo AND hi) AS section
  FROM financing_need n JOIN enterprise e ON e.id = n."enterpriseId" WHERE n.status = 'OPEN'),
pairs AS (
  SELECT n.id AS need, p.id AS product,
         (4 + CASE WHEN cardinality(p."eligibleTiers") > 0 THEN 2 ELSE 0 END
            + CASE WHEN cardinality(p."eligibleSections") > 0 AND n.section IS NOT NULL THEN 1 ELSE 0 END
            + CASE WHEN cardinality(p."eligibleSizes") > 0 AND n."sizeClass" IS NOT NULL THEN 1 ELSE 0 END
            + CASE WHEN n."termMonths" <= p."termMonthsMax" THEN 1 ELSE 0 END
            + CASE WHEN n.urgency = 'URGENT' AND p."greenChannel" THEN 1 ELSE 0 END) / 10.0 AS score
  FROM needs n JOIN financing_product p ON p.status = 'PUBLISHED'
   AND n."amountFen" BETWEEN p."amountMinFen" AND p."amountMaxFen"
   AND (p."guaranteeForm" IN ('CREDIT','GUARANTEE')
        OR (p."guaranteeForm" = 'MORTGAGE' AND n.collateral IN ('PROPERTY','EQUIPMENT'))
        OR (p."guaranteeForm" = 'PLEDGE' AND n.collateral IN ('RECEIVABLES','INTELLECTUAL_PROPERTY')))
   AND (cardinality(p."eligibleTiers") = 0 OR n.tier = ANY(p."eligibleTiers"))
   AND (cardinality(p."eligibleSections") = 0 OR n.section IS NULL OR n.section = ANY(p."eligibleSections"))
   AND (cardinality(p."eligibleSizes") = 0 OR n."sizeClass" IS NULL OR n."sizeClass" = ANY(p."eligibleSizes")))
SELECT need, count(*)::int AS eligible, max(score)::float8 AS best FROM pairs GROUP BY need`;

type TRow = Record<string, unknown>;
const toOffer = (r: TRow): TProductOffer => ({
  id: String(r.id),
  amountMinFen: Number(r.amountMinFen),
  amountMaxFen: Number(r.amountMaxFen),
  termMonthsMax: Number(r.termMonthsMax),
  guaranteeForm: r.guaranteeForm as TProductOffer["guaranteeForm"],
  eligibleTiers: r.eligibleTiers as string[],
  eligibleSections: r.eligibleSections as string[],
  eligibleSizes: r.eligibleSizes as string[],
  greenChannel: Boolean(r.greenChannel),
});
const toNeed = (r: TRow): TNeedProfile => ({
  id: String(r.id),
  amountFen: Number(r.amountFen),
  termMonths: Number(r.termMonths),
  collateral: r.collateral as TNeedProfile["collateral"],
  urgency: r.urgency as TNeedProfile["urgency"],
  tier: r.tier as TNeedProfile["tier"],
  industryCode: r.industryCode as string | null,
  sizeClass: r.sizeClass as TNeedProfile["sizeClass"],
});

export async function benchFinancingMatching() {
  const load0 = os.loadavg()[0];
  const { shown, database, client: db } = await benchDatabase(DB);
  await database.close();
  log(`qifu financing matching bench: ${N} needs × ${N} products on ${shown}`);
  const g0 = process.hrtime.bigint();
  await generate(db);
  log(`  generated in ${ms(g0).toFixed(0)} ms`);

  // the kit: read the candidates (as the procedures do), then the criteria in memory, need by need
  const k0 = process.hrtime.bigint();
  const products = (await db.query(`SELECT * FROM financing_product WHERE status = 'PUBLISHED' ORDER BY name, id`)).rows.map(toOffer);
  const needs = (
    await db.query(
      `SELECT n.*, e.tier, e."industryCode", e."sizeClass" FROM financing_need n JOIN enterprise e ON e.id = n."enterpriseId" WHERE n.status = 'OPEN'`,
    )
  ).rows.map(toNeed);
  const kit = new Map<string, { eligible: number; best: number }>();
  for (const need of needs) {
    // as a screen asks at scale: the first page of matches with their reasons, the eligible count, no near misses
    const { matches, eligible } = financingMatcher.match(need, products, { limit: 20, withExcluded: false });
    if (matches.length) kit.set(need.id, { eligible, best: matches[0].score });
  }
  const kitMs = ms(k0);
  log(`  matching kit: ${kitMs.toFixed(0)} ms`);

  const s0 = process.hrtime.bigint();
  const sqlRows = (await db.query(MATCH_SQL)).rows as { need: string; eligible: number; best: number }[];
  const sqlMs = ms(s0);
  log(`  one SQL statement: ${sqlMs.toFixed(0)} ms`);

  // both must say the same: the eligible pairs and each need's best score
  const pairs = (m: Iterable<{ eligible: number }>) => [...m].reduce((s, x) => s + x.eligible, 0);
  const kitPairs = pairs(kit.values());
  const sqlPairs = pairs(sqlRows);
  const disagree = sqlRows.filter((r) => {
    const k = kit.get(r.need);
    return !k || k.eligible !== r.eligible || Math.abs(k.best - r.best) > 1e-9;
  }).length;
  if (kitPairs !== sqlPairs || disagree || sqlRows.length !== kit.size)
    throw new Error(`the kit and SQL disagree: ${kitPairs} vs ${sqlPairs} eligible pairs, ${disagree} needs differ`);
  log(`  agree: ${kitPairs.toLocaleString("en")} eligible pairs of ${(N * N).toLocaleString("en")}, ${kit.size} needs with a match`);
  const version = (await db.query("SHOW server_version")).rows[0].server_version;
  await db.end();

  const ratio = kitMs / sqlMs;
  const stamp = new Date().toISOString().slice(0, 16).replace("T", " ");
  const table = [
    `Measured ${stamp} UTC on PostgreSQL ${version}, this machine (${os.cpus().length} cores, load average ${load0.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after):`,
    `${N.toLocaleString("en")} needs × ${N.toLocaleString("en")} products = ${(N * N).toLocaleString("en")} pairs, ${kitPairs.toLocaleString("en")} eligible; both ways agree on every need's eligible count and best score.`,
    "",
    "| matching | time ms | ratio |",
    "| --- | ---: | ---: |",
    `| matching kit (\`financingMatcher\`, candidates read once, required criteria first, the first 20 matches evaluated in full) | ${kitMs.toFixed(0)} | ${ratio.toFixed(2)}× |`,
    `| one SQL statement (required criteria as a join condition, the score as an expression) | ${sqlMs.toFixed(0)} | 1.00× |`,
  ].join("\n");
  const doc = path.join(root, "docs/performance.md");
  const text = fs.readFileSync(doc, "utf8");
  const start = "<!-- financing-bench:start -->";
  const end = "<!-- financing-bench:end -->";
  if (text.includes(start)) fs.writeFileSync(doc, text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${table}\n${end}`));
  log(`\n${table}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  benchFinancingMatching().catch((e) => {
    console.error(e);
    process.exit(1);
  });

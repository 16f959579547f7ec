// `pnpm bench` part three (not a test): issue 16's policy matching at scale. 2,000 published
// policies are matched against 100,000 enterprises by the matching kit (`policyMatcherFor`, the
// criteria in memory, policy by policy as a push asks: which enterprises qualify), and the same
// matching is done by one SQL statement (every criterion as a join condition). Both must agree
// on each policy's count of qualifying enterprises; the times and their ratio go to
// docs/performance.md between the policy-bench markers. Its own database `qifu_bench_policies`
// on the server of QIFU_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
// A quick run: BENCH_POLICIES=200 BENCH_POLICY_ENTERPRISES=10000 (the docs are then not touched).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchDatabase, log, ms, pg, root } from "./bench-kit.ts";
import { INDUSTRY_SECTIONS } from "../packages/domain/src/index.ts";
import { policyMatcherFor, type TEnterpriseProfile, type TPolicyCriteria } from "../packages/features/policies/src/server/matching.ts";

const DB = "qifu_bench_policies";
const P = Number(process.env.BENCH_POLICIES ?? 2_000);
const E = Number(process.env.BENCH_POLICY_ENTERPRISES ?? 100_000);
const FULL = P === 2_000 && E === 100_000;
/** A fixed day, so that years in business and "not received in N years" give the same answers on every run. */
const TODAY = "2026-06-15";
/** Deterministic data in SQL: enterprises over 12 towns, 8 industries, sizes, tiers, ages, figures, tags; policies with 1–4 criteria each; a few grants. */
async function generate(db: import("pg").Client) {
  await db.query("SET session_replication_role = replica"); // no audit trigger, no FK checks while loading (towns are not generated)
  await db.query(`INSERT INTO enterprise (id, "creditCode", name, "townId", "industryCode", "sizeClass", tier, "foundedOn", "revenueWan", employees, tags, "updatedAt")
    SELECT 'be-' || g, '9144013' || lpad(g::text, 11, '0'), '基准企业' || g, 'bt-' || (1 + g % 12),
           CASE WHEN g % 50 = 0 THEN NULL ELSE (ARRAY['1922','6510','5191','7320','3670','2438','0141','4710'])[1 + (g / 3) % 8] END,
           CASE WHEN g % 40 = 0 THEN NULL ELSE (ARRAY['MEDIUM','SMALL','MICRO','SMALL'])[1 + (g / 7) % 4] END,
           (ARRAY['NONE','NONE','NONE','INNOVATIVE','SPECIALIZED','LITTLE_GIANT'])[1 + (g / 11) % 6],
           CASE WHEN g % 60 = 0 THEN NULL ELSE DATE '2000-01-01' + ((g * 37) % 9400) END,
           CASE WHEN g % 30 = 0 THEN NULL ELSE (g * 13) % 40000 END,
           CASE WHEN g % 35 = 0 THEN NULL ELSE 3 + (g * 7) % 900 END,
           CASE g % 5 WHEN 0 THEN ARRAY['外贸'] WHEN 1 THEN ARRAY['高新技术企业','外贸'] WHEN 2 THEN ARRAY['高新技术企业'] ELSE '{}'::text[] END,
           now()
    FROM generate_series(1, ${E}) g`);
  await db.query(`INSERT INTO policy (id, title, issuer, level, summary, "supportKind", "supportText", status, version, "updatedAt",
      "townIds", "industryCodes", "sizeClasses", tiers, "minYears", "revenueMinWan", "revenueMaxWan", "employeesMin", "employeesMax", tags,
      "notReceivedPolicyId", "notReceivedYears")
    SELECT 'bp-' || lpad(g::text, 5, '0'), '基准政策' || g, '基准发文机关', 'DISTRICT', '基准政策的通俗说明', 'SUBSIDY', '按比例补贴', 'PUBLISHED', 1, now(),
           CASE WHEN g % 4 = 0 THEN ARRAY['bt-' || (1 + g % 12), 'bt-' || (1 + (g + 5) % 12)] ELSE '{}'::text[] END,
           CASE g % 6 WHEN 0 THEN ARRAY['C'] WHEN 1 THEN ARRAY['19','36'] WHEN 2 THEN ARRAY['I','L'] WHEN 3 THEN ARRAY['1922'] ELSE '{}'::text[] END,
           CASE WHEN g % 3 = 0 THEN ARRAY['SMALL','MICRO'] ELSE '{}'::text[] END,
           CASE WHEN g % 7 = 0 THEN ARRAY['SPECIALIZED','LITTLE_GIANT'] WHEN g % 7 = 1 THEN ARRAY['INNOVATIVE','SPECIALIZED','LITTLE_GIANT'] ELSE '{}'::text[] END,
           CASE WHEN g % 5 = 0 THEN 1 + g % 10 END,
           CASE WHEN g % 8 = 0 THEN (g % 10) * 1000 END,
           CASE WHEN g % 8 = 1 THEN 5000 + (g % 10) * 2000 END,
           CASE WHEN g % 9 = 0 THEN 20 + g % 100 END,
           CASE WHEN g % 9 = 1 THEN 100 + g % 300 END,
           CASE WHEN g % 11 = 0 THEN ARRAY['高新技术企业'] WHEN g % 11 = 1 THEN ARRAY['外贸'] ELSE '{}'::text[] END,
           CASE WHEN g % 13 = 0 THEN 'bp-' || lpad((1 + g % 50)::text, 5, '0') END,
           CASE WHEN g % 13 = 0 THEN 1 + g % 5 END
    FROM generate_series(1, ${P}) g`);
  // grants: enterprise every 20th got one of the first 50 policies on a day of the last six years (never 29 February)
  await db.query(`INSERT INTO policy_application (id, "policyId", "enterpriseId", status, "reviewedAt", "updatedAt")
    SELECT 'ba-' || g, 'bp-' || lpad((1 + g % 50)::text, 5, '0'), 'be-' || (g * 20), 'APPROVED',
           (DATE '2020-07-01' + ((g * 53) % 2100))::timestamp + interval '4 hours', now()
    FROM generate_series(1, ${Math.floor(E / 20)}) g
    WHERE to_char(DATE '2020-07-01' + ((g * 53) % 2100), 'MM-DD') <> '02-29'`);
  await db.query("SET session_replication_role = origin");
  await db.query("ANALYZE enterprise; ANALYZE policy; ANALYZE policy_application");
}

/** The kit's criteria as one statement: every criterion required, as the join condition; qualifying enterprises counted per policy. */
const SECTIONS = INDUSTRY_SECTIONS.map((s) => `('${s.divisions[0]}','${s.divisions[1]}','${s.code}')`).join(",");
const MATCH_SQL = `
WITH sections(lo, hi, code) AS (VALUES ${SECTIONS}),
ents AS (
  SELECT e.id, e."townId", e."industryCode", e."sizeClass", e.tier, e."foundedOn", e.tags,
         coalesce(e."confirmedRevenueWan", e."revenueWan") AS revenue, coalesce(e."confirmedEmployees", e.employees) AS employees,
         (SELECT code FROM sections WHERE substr(e."industryCode", 1, 2) BETWEEN lo AND hi) AS section
  FROM enterprise e),
grants AS (
  SELECT "enterpriseId", "policyId", max(("reviewedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date) AS day
  FROM policy_application WHERE status = 'APPROVED' GROUP BY 1, 2)
SELECT p.id AS policy, count(e.id)::int AS qualifying
FROM policy p JOIN ents e ON
      (cardinality(p."townIds") = 0 OR e."townId" = ANY(p."townIds"))
  AND (cardinality(p."industryCodes") = 0 OR EXISTS (SELECT 1 FROM unnest(p."industryCodes") c
         WHERE CASE WHEN c ~ '^[A-T]$' THEN e.section = c ELSE e."industryCode" LIKE c || '%' END))
  AND (cardinality(p."sizeClasses") = 0 OR e."sizeClass" = ANY(p."sizeClasses"))
  AND (cardinality(p.tiers) = 0 OR e.tier = ANY(p.tiers))
  AND (p."minYears" IS NULL OR e."foundedOn" + make_interval(years => p."minYears") <= DATE '${TODAY}')
  AND (p."revenueMinWan" IS NULL OR e.revenue >= p."revenueMinWan")
  AND (p."revenueMaxWan" IS NULL OR e.revenue <= p."revenueMaxWan")
  AND (p."employeesMin" IS NULL OR e.employees >= p."employeesMin")
  AND (p."employeesMax" IS NULL OR e.employees <= p."employeesMax")
  AND (cardinality(p.tags) = 0 OR p.tags <@ e.tags)
  AND (p."notReceivedPolicyId" IS NULL OR p."notReceivedYears" IS NULL OR NOT EXISTS (
         SELECT 1 FROM grants g WHERE g."enterpriseId" = e.id AND g."policyId" = p."notReceivedPolicyId"
           AND g.day + make_interval(years => p."notReceivedYears") > DATE '${TODAY}'))
WHERE p.status = 'PUBLISHED'
GROUP BY p.id`;

type TRow = Record<string, unknown>;
const day = (d: unknown) => (d instanceof Date ? new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10) : null);

export async function benchPolicyMatching() {
  const load0 = os.loadavg()[0];
  const { shown, database, client: db } = await benchDatabase(DB);
  await database.close();
  log(`qifu policy matching bench: ${P} policies × ${E} enterprises on ${shown}`);
  // dates as the server's calendar days (no time zone shift in the driver)
  pg.types.setTypeParser(1082, (v: string) => v);
  const g0 = process.hrtime.bigint();
  await generate(db);
  log(`  generated in ${ms(g0).toFixed(0)} ms`);

  // the kit: read the enterprises with their grants and the policies (as a push does), then the criteria in memory
  const k0 = process.hrtime.bigint();
  const grants = new Map<string, Map<string, string>>();
  for (const r of (
    await db.query(
      `SELECT "enterpriseId", "policyId", max(("reviewedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date)::text AS day FROM policy_application WHERE status = 'APPROVED' GROUP BY 1, 2`,
    )
  ).rows) {
    const m = grants.get(r.enterpriseId) ?? new Map<string, string>();
    m.set(r.policyId, r.day);
    grants.set(r.enterpriseId, m);
  }
  const none = new Map<string, string>();
  const enterprises: TEnterpriseProfile[] = (await db.query(`SELECT * FROM enterprise ORDER BY name, id`)).rows.map((r: TRow) => ({
    id: String(r.id),
    name: String(r.name),
    townId: r.townId as string | null,
    industryCode: r.industryCode as string | null,
    sizeClass: r.sizeClass as string | null,
    tier: String(r.tier),
    foundedOn: typeof r.foundedOn === "string" ? r.foundedOn : day(r.foundedOn),
    revenueWan: (r.confirmedRevenueWan ?? r.revenueWan) as number | null,
    employees: (r.confirmedEmployees ?? r.employees) as number | null,
    tags: r.tags as string[],
    grants: grants.get(String(r.id)) ?? none,
  }));
  const policies: TPolicyCriteria[] = (await db.query(`SELECT * FROM policy WHERE status = 'PUBLISHED' ORDER BY id`)).rows.map(
    (r: TRow) => ({
      id: String(r.id),
      townIds: r.townIds as string[],
      industryCodes: r.industryCodes as string[],
      sizeClasses: r.sizeClasses as string[],
      tiers: r.tiers as string[],
      minYears: r.minYears as number | null,
      revenueMinWan: r.revenueMinWan as number | null,
      revenueMaxWan: r.revenueMaxWan as number | null,
      employeesMin: r.employeesMin as number | null,
      employeesMax: r.employeesMax as number | null,
      tags: r.tags as string[],
      notReceivedPolicyId: r.notReceivedPolicyId as string | null,
      notReceivedYears: r.notReceivedYears as number | null,
    }),
  );
  const readMs = ms(k0);
  const matcher = policyMatcherFor(TODAY);
  const kit = new Map<string, number>();
  for (const p of policies) {
    // as a push asks: the qualifying enterprises (screened, required criteria first; no reasons built for the refused)
    const { eligible } = matcher.matchReverse(p, enterprises, { limit: 0, withExcluded: false });
    if (eligible) kit.set(p.id, eligible);
  }
  const kitMs = ms(k0);
  log(`  matching kit: ${kitMs.toFixed(0)} ms (of which reading ${readMs.toFixed(0)} ms)`);

  const s0 = process.hrtime.bigint();
  const sqlRows = (await db.query(MATCH_SQL)).rows as { policy: string; qualifying: number }[];
  const sqlMs = ms(s0);
  log(`  one SQL statement: ${sqlMs.toFixed(0)} ms`);

  const total = (xs: Iterable<number>) => [...xs].reduce((s, x) => s + x, 0);
  const kitPairs = total(kit.values());
  const sqlPairs = total(sqlRows.map((r) => r.qualifying));
  const disagree = sqlRows.filter((r) => kit.get(r.policy) !== r.qualifying).length;
  if (kitPairs !== sqlPairs || disagree || sqlRows.length !== kit.size)
    throw new Error(`the kit and SQL disagree: ${kitPairs} vs ${sqlPairs} qualifying pairs, ${disagree} policies differ`);
  log(
    `  agree: ${kitPairs.toLocaleString("en")} qualifying pairs of ${(P * E).toLocaleString("en")}, ${kit.size} policies with someone qualifying`,
  );
  const version = (await db.query("SHOW server_version")).rows[0].server_version;
  await db.end();

  const ratio = kitMs / sqlMs;
  const stamp = new Date().toISOString().slice(0, 16).replace("T", " ");
  const table = [
    `Measured ${stamp} UTC on PostgreSQL ${version}, this machine (${os.cpus().length} cores, load average ${load0.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after):`,
    `${P.toLocaleString("en")} policies × ${E.toLocaleString("en")} enterprises = ${(P * E).toLocaleString("en")} pairs, ${kitPairs.toLocaleString("en")} qualifying; both ways agree on every policy's count.`,
    "",
    "| matching | time ms | ratio |",
    "| --- | ---: | ---: |",
    `| matching kit (\`policyMatcherFor\`, enterprises and grants read once, each policy screened against every enterprise, required criteria stop at the first miss) | ${kitMs.toFixed(0)} | ${ratio.toFixed(2)}× |`,
    `| one SQL statement (every criterion as a join condition, counted per policy) | ${sqlMs.toFixed(0)} | 1.00× |`,
  ].join("\n");
  const doc = path.join(root, "docs/performance.md");
  const text = fs.readFileSync(doc, "utf8");
  const start = "<!-- policy-bench:start -->";
  const end = "<!-- policy-bench:end -->";
  if (FULL && text.includes(start))
    fs.writeFileSync(doc, text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${table}\n${end}`));
  log(`\n${table}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  benchPolicyMatching().catch((e) => {
    console.error(e);
    process.exit(1);
  });

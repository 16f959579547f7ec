// `pnpm bench` (not a test): the catalogue search, a town's ledger list and the board figures
// on PostgreSQL with 100,000 enterprises, 50,000 products and 1,000,000 ledger records.
// It creates (or reuses, BENCH_KEEP=1) the database `qifu_bench` on the server of
// QIFU_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), generates the
// data in SQL (generate_series, not row by row), then times each query through the real
// service code (tRPC callers of the app router) beside the same SQL run raw on `pg`, and prints
// p50/p95 and the ratio. The figures go to docs/performance.md between the ledger-bench markers.
//   QIFU_BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_RUNS=60 pnpm bench
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { appRouter, createCallerFactory, seedDemoData } from "../packages/api/src/index.ts";
import { driverAdapterFor, openDatabase, Prisma, PrismaClient } from "../packages/db/src/index.ts";
import { makeContext, type TSessionUser } from "../packages/trpc-core/src/index.ts";
import { searchTextFor } from "../packages/domain/src/index.ts";
import { figuresScanSql, figuresSql } from "../packages/features/ledger/src/server/index.ts";
import { catalogueSearchSql } from "../packages/features/catalogue/src/server/search.ts";
import { ZCatalogueSearch } from "../packages/features/catalogue/src/schemas.ts";
import { LEDGER_TOP_NODES } from "../packages/features/ledger/src/schemas.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pg = createRequire(path.join(root, "packages/db/package.json"))("pg") as typeof import("pg");
const serverUrl = process.env.QIFU_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DB = "qifu_bench";
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const N = { enterprises: 100_000, products: 50_000, records: 1_000_000 };
const YEAR = 2026;

const benchUrl = (() => {
  const u = new URL(serverUrl);
  u.pathname = `/${DB}`;
  return u.toString();
})();

const log = (...a: unknown[]) => console.log(...a);
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

async function createDatabase() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DB])).rowCount;
  if (exists && process.env.BENCH_KEEP !== "1") {
    await admin.query(`DROP DATABASE ${DB} WITH (FORCE)`);
  }
  if (!exists || process.env.BENCH_KEEP !== "1") await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
}

/** Product texts: the catalogue's real wording, segmented once in JS, then repeated by SQL. */
const PRODUCT_TEXTS = [
  [
    "产品检验检测与质量提升服务",
    "提供原材料、半成品和成品的理化性能检测，出具具备CMA资质的检测报告，针对不合格项提出工艺改进建议。",
    "TECH_SUPPORT",
  ],
  ["中小企业融资需求对接", "收集企业融资需求，对接合作银行、担保机构和投资机构，推荐助保贷、政策性担保等低成本融资产品。", "FINANCING"],
  [
    "专利申请与商标注册代理",
    "提供专利检索、发明专利和实用新型专利撰写申请、商标查询注册、知识产权贯标咨询等服务。",
    "INTELLECTUAL_PROPERTY",
  ],
  ["企业法律体检与合同审查", "为企业提供劳动用工、合同管理、股权结构等方面的法律体检，审查常用合同模板，提供法律意见书。", "LEGAL"],
  ["高新技术企业认定辅导", "对照高新技术企业认定条件进行评估，辅导研发费用归集、知识产权布局和申报材料编制。", "SCI_TECH"],
  ["跨境电商出海与国际认证服务", "提供跨境电商平台开店指导、海外仓对接、出口退税辅导和CE、FCC等国际认证咨询服务。", "INTERNATIONAL"],
  ["小微企业财税健康体检", "对企业账务、税务申报和发票管理进行体检，识别涉税风险，讲解小微企业税收优惠政策并辅导享受。", "ACCOUNTING_TAX"],
  [
    "精益生产与数字化管理诊断",
    "由管理专家深入生产现场，诊断生产组织、库存和质量管理问题，提出精益改善和数字化转型方案。",
    "MANAGEMENT_CONSULTING",
  ],
  ["企业招聘与技能人才培训", "发布企业用工需求，组织专场招聘会，开展技能人才订单式培训和职业技能等级认定。", "TALENT"],
  [
    "惠企政策精准解读与申报辅导",
    "梳理国家、省、市、区各级惠企政策，一对一解读适用政策，辅导准备申报材料并提醒申报时间节点。",
    "INFO_CONSULTING",
  ],
] as const;
const QUERIES = ["检测", "融资", "专利", "法律体检", "高新技术企业", "跨境电商", "税务", "数字化转型", "招聘", "政策解读"];

async function generate(db: import("pg").Client) {
  const t0 = process.hrtime.bigint();
  await db.query("SET session_replication_role = replica"); // bench data: no audit rows, no FK checks while loading
  const towns = (await db.query<{ id: string }>('SELECT id FROM town ORDER BY "sortOrder"')).rows.map((r) => r.id);
  const nodes = (await db.query<{ id: string; townId: string | null }>('SELECT id, "townId" FROM node ORDER BY id')).rows;
  // more nodes, so 1M records spread like a real network (≈ 600 nodes)
  await db.query(`INSERT INTO node (id, name, kind, "townId", "serviceCategories", status, "updatedAt")
    SELECT 'bn-' || g, '基准服务节点' || g, 'SERVICE_STATION', (ARRAY[${towns.map((t) => `'${t}'`).join(",")}])[1 + g % ${towns.length}], ARRAY['TECH_SUPPORT'], 'ACTIVE', now()
    FROM generate_series(1, 600) g`);
  log(`  nodes: ${nodes.length + 600}`);
  await db.query(`INSERT INTO enterprise (id, "creditCode", name, "townId", "sizeClass", tier, tags, "updatedAt")
    SELECT 'be-' || g, '9144011' || lpad(g::text, 11, '0'), '基准企业' || g || '有限公司', (ARRAY[${towns.map((t) => `'${t}'`).join(",")}])[1 + g % ${towns.length}], 'SMALL', 'NONE', '{}', now()
    FROM generate_series(1, ${N.enterprises}) g`);
  log(`  enterprises: ${N.enterprises} (${ms(t0).toFixed(0)} ms)`);
  const texts = PRODUCT_TEXTS.map(([title, content, category]) => ({ title, content, category, search: searchTextFor(title, content) }));
  await db.query(`CREATE TEMP TABLE bench_text (i int, title text, content text, category text, search text)`);
  for (const [i, t] of texts.entries())
    await db.query("INSERT INTO bench_text VALUES ($1, $2, $3, $4, $5)", [i, t.title, t.content, t.category, t.search]);
  await db.query(`INSERT INTO service_product (id, "nodeId", "townId", title, category, content, "processSteps", standard, "feeFree", "timeLimitDays", channel, status, "publishedAt", "searchText", "updatedAt")
    SELECT 'bp-' || g, 'bn-' || (1 + g % 600), n."townId", t.title || '（' || g || '）', t.category, t.content, ARRAY['申请','办理'], '按时办结', g % 3 <> 0, 5,
           (ARRAY['ONLINE','OFFLINE','BOTH'])[1 + g % 3], CASE WHEN g % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, now() - (g % 700) * interval '1 day', t.search, now()
    FROM generate_series(1, ${N.products}) g JOIN bench_text t ON t.i = g % ${texts.length} JOIN node n ON n.id = 'bn-' || (1 + g % 600)`);
  log(`  products: ${N.products} (${ms(t0).toFixed(0)} ms)`);
  // 1M records over 2025-2026; ~80 % rated (90 % of those 4–5); 55 % online
  await db.query(`INSERT INTO ledger_record (id, "enterpriseId", "nodeId", "townId", category, channel, "servedOn", "staffName", summary, source, "ratingScore", "ratingReasons", "ratedAt", "updatedAt")
    SELECT 'br-' || g, 'be-' || (1 + (g::bigint * 7919) % ${N.enterprises}), 'bn-' || (1 + g % 600), n."townId",
           (ARRAY['INFO_CONSULTING','FINANCING','TECH_SUPPORT','LEGAL','TALENT'])[1 + g % 5], CASE WHEN (g * 31) % 100 < 55 THEN 'ONLINE' ELSE 'OFFLINE' END,
           DATE '2025-01-01' + ((g * 13) % 700), '基准', '基准服务记录', 'IMPORT',
           CASE WHEN (g * 17) % 100 < 80 THEN (CASE WHEN (g * 7) % 10 = 0 THEN 2 WHEN g % 2 = 0 THEN 5 ELSE 4 END) END, '{}',
           CASE WHEN (g * 17) % 100 < 80 THEN now() END, now()
    FROM generate_series(1, ${N.records}) g JOIN node n ON n.id = 'bn-' || (1 + g % 600)`);
  log(`  ledger records: ${N.records} (${ms(t0).toFixed(0)} ms)`);
  await db.query("SET session_replication_role = origin");
  // the load ran with triggers off: the board's rollup is recomputed from the records, as the migration does
  const r0 = process.hrtime.bigint();
  await db.query("SELECT ledger_rollup_rebuild()");
  log(`  ledger rollup rebuilt from the records in ${(ms(r0) / 1000).toFixed(1)} s`);
  await db.query("VACUUM ANALYZE");
  log(`  generated, vacuumed and analyzed in ${(ms(t0) / 1000).toFixed(1)} s`);
}

/** `service: null`: a raw statement timed for comparison only (the board's former scan of the records). */
type TCase = { name: string; service: (() => Promise<unknown>) | null; raw: () => Promise<unknown>; target?: string };

async function time(fn: () => Promise<unknown>, runs = RUNS) {
  const out: number[] = [];
  for (let i = 0; i < Math.min(5, runs); i++) await fn(); // warm-up
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    out.push(ms(t0));
  }
  return { p50: pct(out, 50), p95: pct(out, 95) };
}

async function main() {
  log(
    `qifu ledger bench: ${N.enterprises} enterprises, ${N.products} products, ${N.records} records on ${benchUrl.replace(/:[^:@/]*@/, "@")}`,
  );
  const fresh = process.env.BENCH_KEEP !== "1";
  await createDatabase();
  const database = await openDatabase(benchUrl); // applies the migrations
  const raw = new pg.Client({ connectionString: benchUrl });
  await raw.connect();
  // the demo seed is one long transaction: give it time on a busy machine
  const driver = await driverAdapterFor(benchUrl);
  const prisma = new PrismaClient({ adapter: driver.adapter, transactionOptions: { timeout: 600_000, maxWait: 60_000 } });
  if (fresh || (await raw.query("SELECT count(*)::int AS n FROM ledger_record")).rows[0].n < N.records) {
    log("seeding demo data and generating…");
    await seedDemoData(prisma);
    await generate(raw);
  } else await raw.query("VACUUM ANALYZE ledger_record"); // indexes added by a newer migration: visibility map for index-only scans
  const userOf = async (username: string): Promise<TSessionUser> => {
    const u = await prisma.user.findUniqueOrThrow({ where: { username } });
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role as TSessionUser["role"],
      townId: u.townId,
      nodeId: u.nodeId,
      enterpriseId: u.enterpriseId,
      departmentId: u.departmentId,
    };
  };
  const caller = (user: TSessionUser | null) => createCallerFactory(appRouter)(makeContext(prisma, user));
  const anonymous = caller(null);
  const town = await userOf("shiling");
  const shiling = caller(town);
  const district = caller(await userOf("district"));

  let qi = 0;
  const nextQuery = () => QUERIES[qi++ % QUERIES.length];
  const listFilter = { year: YEAR, channel: "ONLINE" as const, category: "FINANCING" as const };
  const cases: TCase[] = [
    {
      name: "catalogue search (Chinese, page 1 of 12)",
      target: "p95 ≤ 30 ms",
      service: () => anonymous.catalogue.search({ q: nextQuery(), page: 1, perPage: 12 }),
      // the service's own statement (match, filters, order, page and capped count in one), sent raw
      raw: async () => {
        const q = catalogueSearchSql(ZCatalogueSearch.parse({ q: nextQuery(), page: 1, perPage: 12 }));
        await raw.query(q.text, q.values as unknown[]);
      },
    },
    {
      name: "ledger list, one town, filtered (year, channel, category), page 1 of 25",
      service: () => shiling.ledgerRecords.list({ pagination: { page: 1, perPage: 25 }, filter: listFilter }),
      raw: async () => {
        const where = `r."townId" = $1 AND r."servedOn" >= DATE '${YEAR}-01-01' AND r."servedOn" < DATE '${YEAR + 1}-01-01' AND r.channel = 'ONLINE' AND r.category = 'FINANCING'`;
        await raw.query(
          `SELECT r.*, e.name AS "enterpriseName", n.name AS "nodeName", t.name AS "townName", p.title AS "productTitle" FROM ledger_record r
          JOIN enterprise e ON e.id = r."enterpriseId" JOIN node n ON n.id = r."nodeId" LEFT JOIN town t ON t.id = n."townId" LEFT JOIN service_product p ON p.id = r."productId"
          WHERE ${where} ORDER BY r."servedOn" DESC, r.id LIMIT 25`,
          [town.townId],
        );
        await raw.query(`SELECT count(*) FROM ledger_record r WHERE ${where}`, [town.townId]);
      },
    },
    {
      name: `board figures (${YEAR}: total, by town, month, the ${LEDGER_TOP_NODES} busiest nodes; district)`,
      target: "p95 ≤ 150 ms and ≤ 1.5× raw",
      // as the board asks for them
      service: () => district.ledger.stats({ year: YEAR, topNodes: LEDGER_TOP_NODES }),
      raw: async () => {
        const q = figuresSql(YEAR, {}, LEDGER_TOP_NODES);
        await raw.query(q.text, q.values as unknown[]);
      },
    },
    {
      name: `board figures before the rollup: one scan of ${YEAR}'s records grouped four ways (raw SQL only)`,
      service: null,
      raw: async () => {
        const q = figuresScanSql(YEAR, {});
        await raw.query(q.text, q.values as unknown[]);
      },
    },
  ];

  const rows: string[] = [];
  const loadBefore = os.loadavg()[0];
  for (const c of cases) {
    const s = c.service ? await time(c.service) : null;
    const r = await time(c.raw, c.service ? RUNS : Math.min(RUNS, 10)); // the old scan takes seconds: fewer runs
    const line = s
      ? `| ${c.name} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${(s.p95 / r.p95).toFixed(2)}× | ${c.target ?? "—"} |`
      : `| ${c.name} | — | — | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | — | — |`;
    rows.push(line);
    log(line);
  }
  const table = [
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on PostgreSQL ${(await raw.query("SHOW server_version")).rows[0].server_version}, ${RUNS} runs after 5 warm-ups, one client, this machine (${os.cpus().length} cores, load average ${loadBefore.toFixed(1)} before the runs, ${os.loadavg()[0].toFixed(1)} after):`,
    `${N.enterprises.toLocaleString("en")} enterprises, ${N.products.toLocaleString("en")} products, ${N.records.toLocaleString("en")} ledger records (2025–2026).`,
    "",
    "| query | service p50 ms | service p95 ms | raw SQL p50 ms | raw SQL p95 ms | ratio (p95) | target |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows,
  ].join("\n");
  const doc = path.join(root, "docs/performance.md");
  const START = "<!-- ledger-bench:start -->",
    END = "<!-- ledger-bench:end -->";
  if (fs.existsSync(doc)) {
    const text = fs.readFileSync(doc, "utf8");
    if (text.includes(START) && text.includes(END)) {
      fs.writeFileSync(doc, text.slice(0, text.indexOf(START) + START.length) + "\n" + table + "\n" + text.slice(text.indexOf(END)));
      log(`\nwritten to docs/performance.md`);
    }
  }
  await raw.end();
  await prisma.$disconnect();
  await driver.close();
  await database.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

export { Prisma };

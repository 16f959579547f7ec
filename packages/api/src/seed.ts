import type { TDb, TDbTx } from "@qifu/db";
import type { TRole } from "@qifu/domain";
import { hashPassword } from "@qifu/trpc-core";
import { HUADU_TOWNS } from "@qifu/feature-network/server";
import { LINKED_PLATFORMS_METRIC } from "@qifu/feature-network/schemas";
import type { TSeedContext } from "@qifu/trpc-core";
import { serverFeatures } from "./features";

/** The demo password of every seeded account (meets the rules: ≥ 10, letters and digits). */
export const DEMO_PASSWORD = "Qifu2026demo";

export const DEMO_ACCOUNTS: {
  username: string;
  displayName: string;
  role: TRole;
  town?: string;
  node?: string;
  enterprise?: string;
  department?: string;
}[] = [
  { username: "district", displayName: "区中小企业服务中心·管理员", role: "DISTRICT_ADMIN" },
  { username: "shiling", displayName: "狮岭镇企业服务部·管理员", role: "TOWN_ADMIN", town: "SHILING" },
  { username: "xinhua", displayName: "新华街道企业服务部·管理员", role: "TOWN_ADMIN", town: "XINHUA" },
  { username: "operator", displayName: "狮岭皮革皮具平台·服务专员", role: "NODE_OPERATOR", town: "SHILING", node: "seed-node-SHILING-1" },
  { username: "bank", displayName: "农商银行花都支行·客户经理", role: "NODE_OPERATOR", town: "XINHUA", node: "seed-node-XINHUA-3" },
  {
    username: "college",
    displayName: "华南理工大学广州学院·成果转化专员",
    role: "NODE_OPERATOR",
    town: "HUADONG",
    node: "seed-node-HUADONG-1",
  },
  { username: "commissioner", displayName: "暖企专员·陈明", role: "COMMISSIONER", town: "SHILING" },
  { username: "handler", displayName: "区商务局·经办人", role: "DEPARTMENT_HANDLER", department: "COMMERCE" },
  { username: "evaluator", displayName: "评审专家·林教授", role: "EVALUATOR" },
  { username: "enterprise", displayName: "广州狮岭皮具制造有限公司", role: "ENTERPRISE", town: "SHILING", enterprise: "seed-enterprise-1" },
];

const DEPARTMENTS = [
  { code: "STI", name: "区科技工业信息化局" },
  { code: "COMMERCE", name: "区商务局" },
  { code: "HRSS", name: "区人力资源和社会保障局" },
  { code: "SAMR", name: "区市场监督管理局" },
  { code: "JUSTICE", name: "区司法局" },
  { code: "FINANCE", name: "区财政局" },
];

/**
 * Idempotent demo data: every row is upserted by a natural key and rows that exist are
 * left alone, so running it twice (or on a database users have changed) is harmless.
 */
export async function seedDemoData(prisma: TDb) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(
    async (tx: TDbTx) => {
      await tx.$executeRaw`SELECT set_config('qifu.actor_id', 'system:seed', true)`;
      const townIds = new Map<string, string>();
      for (const [i, t] of HUADU_TOWNS.entries()) {
        const row = await tx.town.upsert({
          where: { code: t.code },
          create: { id: `seed-town-${t.code}`, code: t.code, name: t.name, nameEn: t.nameEn, kind: t.kind, sortOrder: i + 1 },
          update: {},
        });
        townIds.set(t.code, row.id);
      }
      for (const d of DEPARTMENTS)
        await tx.department.upsert({ where: { code: d.code }, create: { id: `seed-dept-${d.code}`, ...d }, update: {} });
      const seedContext: TSeedContext = {
        townIds,
        departmentIds: new Map(DEPARTMENTS.map((d) => [d.code, `seed-dept-${d.code}`])),
        demoUserId: (username) => `seed-user-${username}`,
      };
      // each feature's reference and demo data, in the list's order (features.ts); e.g. ~60
      // enterprises with valid credit codes, seed-enterprise-1 being the demo enterprise account's
      for (const f of serverFeatures) await f.seed?.(tx, seedContext);
      for (const a of DEMO_ACCOUNTS) {
        await tx.user.upsert({
          where: { username: a.username },
          create: {
            id: `seed-user-${a.username}`,
            username: a.username,
            displayName: a.displayName,
            role: a.role,
            passwordHash,
            townId: a.town ? townIds.get(a.town) : null,
            nodeId: a.node ?? null,
            enterpriseId: a.enterprise ?? null,
            departmentId: a.department ? `seed-dept-${a.department}` : null,
          },
          update: {},
        });
      }
      // what needs the accounts: 暖企专员 calendar, categories, routes and the commissioner's
      // enterprise; the service ledger's records of the last 12 months
      for (const f of serverFeatures) await f.seedAfterAccounts?.(tx, seedContext);
      // The Huadu plan's 2027 target: 100+ linked service platforms.
      await tx.target.upsert({
        where: { scopeKey_year_metricKey: { scopeKey: "DISTRICT", year: 2027, metricKey: LINKED_PLATFORMS_METRIC } },
        create: {
          id: "seed-target-linked-2027",
          scopeKey: "DISTRICT",
          year: 2027,
          metricKey: LINKED_PLATFORMS_METRIC,
          value: 100,
          note: "累计链接服务平台100个以上",
          source: "《花都区中小企业公共服务体系建设三年行动计划（2025-2027年）》一",
        },
        update: {},
      });
    },
    { timeout: 300_000 },
  ); // one transaction of a few thousand rows: slow on a busy machine, never half seeded
}

/**
 * What the demo shows beyond the reference data: a year of appeals handled through the real
 * workflow steps (timelines, SLA events, ratings, the assessment board). `pnpm start` and
 * `pnpm qifu seed` add it after `seedDemoData`; tests do not, they build their own scenarios.
 */
export async function seedDemoActivity(prisma: TDb, now = new Date()) {
  const done: Record<string, unknown> = {};
  for (const f of serverFeatures) if (f.demoActivity) done[f.name] = await f.demoActivity(prisma, now);
  return done;
}

/** True when the database has no towns yet: `pnpm start` seeds only then. */
export async function isEmpty(prisma: TDb) {
  return (await prisma.town.count()) === 0;
}

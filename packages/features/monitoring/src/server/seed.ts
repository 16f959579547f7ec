import type { TDbTx } from "@qifu/db";
import { seededRandom } from "@qifu/trpc-core";
import { categoriesForQuery, shanghaiDate, WorkingCalendar, fromShanghai, addCalendarDays, type TCalendarEntry } from "@qifu/domain";
import { formOf, REPORT_FORMS, type TPrefilled, type TReportField, type TReportValues } from "../schemas";
import { monthOf, nextMonth, reportDueOn } from "./due";

/** The operator's node (demo account "operator") keeps one gap, so the matrix shows a missing report. */
const DEMO_GAP = { nodeId: "seed-node-SHILING-1", monthsAgo: 2 };

/** A small deterministic number from a string (the demo varies by node and month, the same on every run). */
function hashOf(s: string): number {
  let h = 7;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) % 100_003;
  return h;
}

/**
 * Twelve months of demo reports (the twelve before `now`'s month) for every active node, with
 * gaps (about one in eight missing) and some filed late. Ledger figures and staff are what the
 * form would have prefilled, so seeded reports agree with the ledger.
 */
export async function seedMonitoring(tx: TDbTx, now = new Date()) {
  if ((await tx.monthlyReport.count()) > 0) return;
  const current = monthOf(now);
  const months: string[] = [];
  for (let m = current, i = 0; i < 12; i++) {
    const [y, mm] = m.split("-").map(Number);
    m = mm === 1 ? `${y - 1}-12` : `${y}-${String(mm - 1).padStart(2, "0")}`;
    months.unshift(m);
  }
  const calendar = new WorkingCalendar(
    (await tx.calendarDay.findMany({ select: { date: true, kind: true, name: true } })) as TCalendarEntry[],
  );
  const nodes = await tx.node.findMany({
    where: { status: "ACTIVE" },
    select: { id: true, kind: true, townId: true, staffCount: true },
    orderBy: { id: "asc" },
  });
  const records = await tx.ledgerRecord.findMany({
    where: { servedOn: { gte: new Date(`${months[0]}-01T00:00:00Z`), lt: new Date(`${current}-01T00:00:00Z`) } },
    select: { nodeId: true, enterpriseId: true, servedOn: true },
  });
  const ledger = new Map<string, { records: number; enterprises: Set<string> }>();
  for (const r of records) {
    const key = `${r.nodeId}|${r.servedOn.toISOString().slice(0, 7)}`;
    const at = ledger.get(key) ?? { records: 0, enterprises: new Set<string>() };
    at.records++;
    at.enterprises.add(r.enterpriseId);
    ledger.set(key, at);
  }
  const rows = [];
  for (const node of nodes)
    for (const [i, month] of months.entries()) {
      const h = hashOf(`${node.id}|${month}`);
      const gap = node.id === DEMO_GAP.nodeId ? i === 12 - DEMO_GAP.monthsAgo : h % 8 === 0;
      if (gap) continue;
      const dueOn = reportDueOn(calendar, month);
      const late = node.id !== DEMO_GAP.nodeId && h % 6 === 1;
      // on time: a working morning before the due day; late: a few days after it
      const filedOn = late ? addCalendarDays(dueOn, 2 + (h % 5)) : `${nextMonth(month)}-0${1 + (h % 2)}`;
      const form = formOf(node.kind);
      const l = ledger.get(`${node.id}|${month}`);
      const prefilled: TPrefilled = {
        servicesDelivered: { source: "LEDGER_RECORDS", value: l?.records ?? 0 },
        enterprisesServed: { source: "LEDGER_ENTERPRISES", value: l?.enterprises.size ?? 0 },
        staffOnDuty: { source: "NODE_STAFF", value: node.staffCount },
      };
      const values: TReportValues = {};
      for (const f of REPORT_FORMS[form].fields as TReportField[]) {
        if (prefilled[f.key]) values[f.key] = prefilled[f.key].value;
        else if (f.kind === "number") values[f.key] = f.key === "occupancy" ? 60 + (h % 35) : f.required ? h % 9 : null;
        else if (f.kind === "choice") values[f.key] = h % 13 === 0 ? "PARTIAL" : "NORMAL";
        else values[f.key] = f.key === "problems" && h % 4 === 0 ? "企业融资需求集中，金融机构对接场次不足" : null;
      }
      if (values.activityParticipants === null && Number(values.activitiesHeld) > 0)
        values.activityParticipants = Number(values.activitiesHeld) * 23;
      const submittedAt = fromShanghai(filedOn, 10 * 60);
      rows.push({
        id: `seed-report-${node.id}-${month}`,
        nodeId: node.id,
        townId: node.townId,
        month,
        form,
        values,
        prefilled,
        dueOn,
        submittedAt,
        late: shanghaiDate(submittedAt) > dueOn,
        createdAt: submittedAt,
      });
    }
  await tx.monthlyReport.createMany({ data: rows });
}

/** What enterprises type into the public site's search box (the demo's searches draw from these). */
const DEMO_QUERIES = [
  "融资",
  "贷款贴息",
  "专利申请",
  "产品检测",
  "员工培训",
  "出口退税",
  "法律咨询",
  "数字化转型",
  "招聘",
  "厂房租赁",
  "商标注册",
  "展会",
  "高新技术企业认定",
  "专精特新申报",
  "安全生产",
  "环评",
];

/**
 * A year of public searches for the demand trends (search_log): about two a day, busier in
 * recent months, a third by signed-in enterprises (town and industry known), the category as
 * the query names it. Deterministic, like the reports.
 */
export async function seedSearchLog(tx: TDbTx, now = new Date()) {
  if ((await tx.searchLog.count()) > 0) return;
  const enterprises = await tx.enterprise.findMany({ select: { townId: true, industryCode: true }, orderBy: { id: "asc" }, take: 200 });
  const rows = [];
  const rand = seededRandom(20261207);
  for (let i = 0; i < 720; i++) {
    // more recent days are likelier: the square root pulls the day towards today
    const daysAgo = Math.floor(365 * (1 - Math.sqrt(rand())));
    const q = DEMO_QUERIES[Math.floor(rand() * DEMO_QUERIES.length)];
    const firm = rand() < 1 / 3 && enterprises.length ? enterprises[Math.floor(rand() * enterprises.length)] : null;
    rows.push({
      id: `seed-search-${i + 1}`,
      at: new Date(now.getTime() - daysAgo * 86_400_000 - Math.floor(rand() * 36_000) * 1000),
      source: rand() < 0.5 ? "SITE" : "CATALOGUE",
      q,
      category: categoriesForQuery(q)[0] ?? null,
      townId: firm?.townId ?? null,
      industryCode: firm?.industryCode ?? null,
      results: rand() < 0.15 ? 0 : 1 + Math.floor(rand() * 22),
    });
  }
  await tx.searchLog.createMany({ data: rows });
}

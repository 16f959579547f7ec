import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "@qifu/db/testing";
import { CN_PUBLISHED_CALENDAR, shanghaiDate, WorkingCalendar } from "@qifu/domain";
import { cellStateOf, isLate, onTimeShare, reportDueOn, summedField } from "@qifu/feature-monitoring/server";
import { makeContext } from "@qifu/trpc-core";
import { codeOf, createTestPlatform, refusalOf, type TCaller } from "../../src";

const published = new WorkingCalendar(CN_PUBLISHED_CALENDAR);

describe("a report's due day: the 3rd working day of the next month on the working calendar", () => {
  it.each([
    ["2026-11", "2026-12-03", "an ordinary month: Tue, Wed, Thu"],
    ["2026-01", "2026-02-04", "the month starts on a Sunday: Mon 2nd is the first working day"],
    ["2026-04", "2026-05-08", "劳动节 1–5 May: 6, 7, 8 May"],
    ["2026-09", "2026-10-10", "国庆节 1–7 Oct: Thu 8, Fri 9 and the adjusted working Saturday 10 Oct"],
    ["2025-12", "2026-01-06", "year end: 元旦 1–3 Jan, the make-up Sunday 4 Jan counts, then 5 and 6 Jan"],
    ["2026-12", "2027-01-05", "December of a year without a published calendar: Fri 1, Mon 4, Tue 5 Jan"],
  ])("%s is due on %s (%s)", (month, due) => {
    expect(reportDueOn(published, month)).toBe(due);
  });

  it("a due day that falls on a holiday moves to the next working day", () => {
    const withHoliday = new WorkingCalendar([...CN_PUBLISHED_CALENDAR, { date: "2026-12-03", kind: "HOLIDAY", name: "测试假日" }]);
    expect(reportDueOn(withHoliday, "2026-11")).toBe("2026-12-04");
    // a plain Mon–Fri calendar without 元旦 would make 2 Jan 2026 a working day
    expect(reportDueOn(new WorkingCalendar([]), "2025-12")).toBe("2026-01-05");
  });

  it("late means filed after the due day in Shanghai time, to the minute", () => {
    expect(isLate(new Date("2026-12-03T15:59:00Z"), "2026-12-03")).toBe(false); // 23:59 Shanghai
    expect(isLate(new Date("2026-12-03T16:00:00Z"), "2026-12-03")).toBe(true); // 00:00 next day
  });

  it("a cell is on time, late, missing after its due day, not yet due, or not required before the node joined", () => {
    const node = { linkedAt: new Date("2026-03-15T00:00:00Z") };
    expect(cellStateOf(node, "2026-02", "2026-03-04", "2026-12-07", undefined)).toBe("NONE");
    expect(cellStateOf(node, "2026-03", "2026-04-03", "2026-12-07", undefined)).toBe("MISSING");
    expect(cellStateOf(node, "2026-11", "2026-12-03", "2026-12-03", undefined)).toBe("NOT_DUE");
    expect(cellStateOf(node, "2026-11", "2026-12-03", "2026-12-04", undefined)).toBe("MISSING");
    expect(cellStateOf(node, "2026-11", "2026-12-03", "2026-12-04", { late: true })).toBe("LATE");
    expect(cellStateOf(node, "2026-02", "2026-03-04", "2026-12-07", { late: false })).toBe("ON_TIME");
  });
});

/** Monthly reports through the whole app router, from the allowed and the refused side. */
describe(`monthly reports on ${testDatabaseKind()}`, () => {
  let p: Awaited<ReturnType<typeof createTestPlatform>>;
  let district: TCaller;
  let shiling: TCaller;
  let xinhua: TCaller;
  let operator: TCaller;
  let nodeId: string;
  let shilingTownId: string;
  let xinhuaTownId: string;
  const now = new Date();
  const thisMonth = shanghaiDate(now).slice(0, 7);
  const monthsAgo = (n: number) => {
    const [y, m] = thisMonth.split("-").map(Number);
    const d = new Date(Date.UTC(y, m - 1 - n, 1));
    return d.toISOString().slice(0, 7);
  };
  const values = {
    servicesDelivered: 7,
    enterprisesServed: 5,
    activitiesHeld: 2,
    staffOnDuty: 4,
    operatingState: "NORMAL",
    problems: "场地不足",
  };

  beforeAll(async () => {
    p = await createTestPlatform();
    [district, shiling, xinhua, operator] = await Promise.all([p.as("district"), p.as("shiling"), p.as("xinhua"), p.as("operator")]);
    nodeId = (await p.userOf("operator")).nodeId!;
    shilingTownId = await p.townId("SHILING");
    xinhuaTownId = await p.townId("XINHUA");
  });
  afterAll(() => p.close());

  it("the demo has twelve months of reports with gaps, some late, and the operator's node missing one", async () => {
    const months = await p.prisma.monthlyReport.groupBy({ by: ["month"], _count: { _all: true } });
    expect(months.length).toBe(12);
    expect(await p.prisma.monthlyReport.count({ where: { late: true } })).toBeGreaterThan(0);
    const matrix = await shiling.monitoring.matrix({ year: Number(monthsAgo(2).slice(0, 4)) });
    const row = matrix.rows.find((r) => r.nodeId === nodeId)!;
    expect(row.cells.find((c) => c.month === monthsAgo(2))!.state).toBe("MISSING");
    expect(matrix.totals.MISSING).toBeGreaterThan(0);
  });

  it("the operator's form is prefilled from the ledger and the node's record, and says from where", async () => {
    const draft = await operator.monitoring.draft({ nodeId, month: thisMonth });
    const monthStart = new Date(`${thisMonth}-01T00:00:00Z`);
    const ledgerCount = await p.prisma.ledgerRecord.count({ where: { nodeId, servedOn: { gte: monthStart } } });
    expect(draft.prefilled.servicesDelivered).toEqual({ source: "LEDGER_RECORDS", value: ledgerCount });
    expect(draft.prefilled.staffOnDuty.source).toBe("NODE_STAFF");
    expect(draft.values.servicesDelivered).toBe(ledgerCount);
    expect(draft.reportId).toBeNull();
    expect(draft.lateIfFiledNow).toBe(false);
  });

  it("a report is one per node and month; this month's is on time and shows in the town's matrix", async () => {
    const filed = await operator.monthlyReports.create({ nodeId, month: thisMonth, values });
    expect(filed.late).toBe(false);
    expect(filed.values.activitiesHeld).toBe(2);
    expect(filed.prefilled.servicesDelivered.source).toBe("LEDGER_RECORDS");
    const again = await refusalOf(operator.monthlyReports.create({ nodeId, month: thisMonth, values }), "monthlyReports.create");
    expect(again.code).toBe("CONFLICT");
    expect(again.message.zh).toContain("已提交");
    expect(await p.prisma.monthlyReport.count({ where: { nodeId, month: thisMonth } })).toBe(1);
    const matrix = await shiling.monitoring.matrix({ year: Number(thisMonth.slice(0, 4)) });
    expect(matrix.rows.find((r) => r.nodeId === nodeId)!.cells.find((c) => c.month === thisMonth)).toMatchObject({
      state: "ON_TIME",
      reportId: filed.id,
    });
    expect(matrix.scope.zh).toContain("狮岭");
    // a correction keeps the first filing time and its verdict
    const corrected = await operator.monthlyReports.update({ id: filed.id, data: { values: { ...values, activitiesHeld: 3 } } });
    expect(corrected.values.activitiesHeld).toBe(3);
    expect(corrected.submittedAt).toBe(filed.submittedAt);
  });

  it("a missing month is a to-do for the node and flagged to the town; filed now it is late", async () => {
    const gap = monthsAgo(2);
    const owed = await operator.monthlyReportsOwed.list({ pagination: { page: 1, perPage: 50 } });
    expect(owed.data.map((o) => o.month)).toContain(gap);
    const flagged = await shiling.monthlyReportsOwed.list({ pagination: { page: 1, perPage: 200 }, filter: { overdue: true } });
    expect(flagged.data.some((o) => o.nodeId === nodeId && o.month === gap && o.overdue)).toBe(true);
    expect(flagged.data.every((o) => o.townName === "狮岭镇")).toBe(true);
    const todos = await shiling.todo.counts();
    expect(todos.find((t) => t.key === "monitoring.overdue")!.count).toBe(flagged.total);
    expect((await operator.todo.counts()).find((t) => t.key === "monitoring.toFile")!.count).toBe(owed.total);

    const late = await operator.monthlyReports.create({ nodeId, month: gap, values });
    expect(late.late).toBe(true);
    const matrix = await district.monitoring.matrix({ year: Number(gap.slice(0, 4)) });
    expect(matrix.rows.find((r) => r.nodeId === nodeId)!.cells.find((c) => c.month === gap)!.state).toBe("LATE");
    expect((await operator.monthlyReportsOwed.list({})).data.map((o) => o.month)).not.toContain(gap);
  });

  it("bad values are named field by field in both languages, and nothing is written", async () => {
    const before = await p.prisma.monthlyReport.count();
    const body = await refusalOf(
      operator.monthlyReports.create({ nodeId, month: "2024-06", values: { servicesDelivered: -1, operatingState: "DANCING" } }),
      "monthlyReports.create",
    );
    expect(body.code).toBe("VALIDATION");
    const byPath = Object.fromEntries(body.fields.map((f) => [f.path, f.message]));
    expect(byPath["values.servicesDelivered"].zh).toContain("整数");
    expect(byPath["values.activitiesHeld"]).toEqual({ zh: "请填写举办活动", en: "Activities held is required" });
    expect(byPath["values.operatingState"].en).toContain("not one of the choices");
    const future = await refusalOf(operator.monthlyReports.create({ nodeId, month: "2999-01", values }), "monthlyReports.create");
    expect(future.fields[0].path).toBe("month");
    expect(await p.prisma.monthlyReport.count()).toBe(before);
  });

  it("another town's admin cannot read or file the town's reports; an enterprise and the public cannot at all", async () => {
    const mine = await p.prisma.monthlyReport.findFirstOrThrow({ where: { nodeId } });
    expect(await codeOf(shiling.monthlyReports.get({ id: mine.id }))).toBe("OK");
    expect(await codeOf(xinhua.monthlyReports.get({ id: mine.id }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.monthlyReports.update({ id: mine.id, data: { values } }))).toBe("NOT_FOUND");
    expect(await codeOf(xinhua.monthlyReports.create({ nodeId, month: monthsAgo(5), values }))).toBe("FORBIDDEN");
    expect(await codeOf(xinhua.monitoring.draft({ nodeId, month: monthsAgo(5) }))).toBe("FORBIDDEN");
    const list = await xinhua.monthlyReports.list({ pagination: { page: 1, perPage: 200 } });
    expect(list.total).toBeGreaterThan(0);
    expect(list.data.every((r) => r.townId === xinhuaTownId)).toBe(true);
    const matrix = await xinhua.monitoring.matrix({ year: Number(thisMonth.slice(0, 4)), townId: shilingTownId });
    expect(matrix.rows).toEqual([]);
    const own = await xinhua.monitoring.matrix({ year: Number(thisMonth.slice(0, 4)) });
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.every((r) => r.townId === xinhuaTownId)).toBe(true);
    const opOnly = await operator.monthlyReports.list({ pagination: { page: 1, perPage: 200 } });
    expect(opOnly.data.every((r) => r.nodeId === nodeId)).toBe(true);
    const enterprise = await p.as("enterprise");
    expect(await codeOf(enterprise.monthlyReports.list({}))).toBe("FORBIDDEN");
    expect(await codeOf(enterprise.monitoring.matrix({ year: 2026 }))).toBe("FORBIDDEN");
    expect(await codeOf(p.anonymous().monitoring.trends({ year: 2026, by: "town" }))).not.toBe("OK");
    expect(await codeOf(operator.monthlyReports.delete({ id: mine.id }))).toBe("FORBIDDEN");
  });

  it("the matrix exports to Excel with one row per node", async () => {
    const year = Number(thisMonth.slice(0, 4));
    const file = await shiling.monitoring.matrixExport({ filter: { year } });
    expect(file.rows).toBe((await shiling.monitoring.matrix({ year })).rows.length);
    expect(file.filename).toMatch(/\.xlsx$/);
    expect(Buffer.from(file.contentBase64, "base64").subarray(0, 2).toString()).toBe("PK");
  });

  it("reports feed the indicators: on-time share and the summed figures per scope and year", async () => {
    const year = Number(monthsAgo(1).slice(0, 4));
    const ctx = makeContext(p.prisma, null);
    const m = await district.monitoring.matrix({ year });
    const due = m.totals.ON_TIME + m.totals.LATE + m.totals.MISSING;
    expect(await onTimeShare(ctx, year, { townId: null })).toBe(Math.round((m.totals.ON_TIME / due) * 1000) / 10);
    const rows = await p.prisma.monthlyReport.findMany({ where: { townId: shilingTownId, month: { startsWith: `${year}-` } } });
    const sum = rows.reduce((s, r) => s + Number((r.values as Record<string, unknown>).activitiesHeld ?? 0), 0);
    expect(sum).toBeGreaterThan(0);
    expect(await summedField(ctx, "activitiesHeld", year, { townId: shilingTownId })).toBe(sum);
    expect(await summedField(ctx, "activitiesHeld", year, { townId: null })).toBeGreaterThan(sum);
  });

  it("demand trends count appeals and service requests per month, the town admin's own town only", async () => {
    const year = Number(thisMonth.slice(0, 4));
    const all = await district.monitoring.trends({ year, by: "category" });
    const from = new Date(Date.UTC(year, 0, 1) - 8 * 3600_000);
    const to = new Date(Date.UTC(year + 1, 0, 1) - 8 * 3600_000);
    const appeals = await p.prisma.appeal.count({ where: { submittedAt: { gte: from, lt: to } } });
    expect(all.totals.find((t) => t.source === "APPEALS")!.total).toBe(appeals);
    const requestSeries = all.series.filter((s) => s.source === "REQUESTS");
    expect(requestSeries.reduce((n, s) => n + s.total, 0)).toBe(all.totals.find((t) => t.source === "REQUESTS")!.total);
    const town = await shiling.monitoring.trends({ year, by: "town" });
    expect(town.series.every((s) => s.label.zh === "狮岭镇" || s.key === "-")).toBe(true);
    const shilingRequests = await p.prisma.serviceRequest.count({ where: { townId: shilingTownId, createdAt: { gte: from, lt: to } } });
    expect(town.totals.find((t) => t.source === "REQUESTS")!.total).toBe(shilingRequests);
    expect(town.scope.zh).toContain("狮岭镇");
  });

  it("demand trends count the public site's searches: the category searched for, the enterprise's town; paging is not a search", async () => {
    const year = Number(thisMonth.slice(0, 4));
    const searches = async (caller: TCaller, y = year) =>
      (await caller.monitoring.trends({ year: y, by: "category" })).totals.find((t) => t.source === "SEARCHES")!.total;
    const townSearches = async () =>
      (await shiling.monitoring.trends({ year, by: "town" })).totals.find((t) => t.source === "SEARCHES")!.total;
    const [before, shilingBefore] = [await searches(district), await townSearches()];
    // the demo's year of searches (the last twelve months: on 1 January this year has none yet, the year of six months ago has most)
    expect(
      await searches(district, Number(new Date(Date.now() + 8 * 3_600_000 - 182 * 86_400_000).toISOString().slice(0, 4))),
    ).toBeGreaterThan(0);
    const anonymous = p.anonymous();
    await anonymous.site.search({ q: "知识产权" });
    await anonymous.catalogue.search({ q: "知识产权", page: 2 }); // turning a page: not another search
    await anonymous.catalogue.search({ category: "LEGAL" }); // browsing a category without words: not a search
    const enterprise = await p.as("enterprise"); // the demo enterprise is in 狮岭镇
    await enterprise.catalogue.search({ q: "检测" });
    expect(await searches(district)).toBe(before + 2);
    expect(await townSearches()).toBe(shilingBefore + 1);
    const logged = await p.prisma.searchLog.findMany({ where: { id: { not: { startsWith: "seed-" } } }, orderBy: { at: "asc" } });
    expect(logged.map((l) => [l.source, l.q, l.category, l.townId])).toEqual([
      ["SITE", "知识产权", "INTELLECTUAL_PROPERTY", null],
      ["CATALOGUE", "检测", logged[1]!.category, shilingTownId],
    ]);
    expect(logged[1]!.industryCode).not.toBeNull();
    // nothing that names the searcher
    expect(Object.keys(logged[0]!).sort()).toEqual(["at", "category", "id", "industryCode", "q", "results", "source", "townId"]);
  });
});

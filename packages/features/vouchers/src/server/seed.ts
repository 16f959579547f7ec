import crypto from "node:crypto";
import { addCalendarDays, fromShanghai, shanghaiDate, type TServiceCategory } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";
import { fileStorage, loadCalendar, recordLedgerEntry } from "@qifu/trpc-core";
import { periodOf } from "../schemas";
import { EVIDENCE_FILES } from "./access";
import { drawSample, linesOf } from "./settlements";

/** The demo node (account `operator`) and the demo enterprise (account `enterprise`). */
const NODE = "seed-node-SHILING-1";
const ENTERPRISE = "seed-enterprise-1";
const CATEGORIES: TServiceCategory[] = [
  "INFO_CONSULTING",
  "TECH_SUPPORT",
  "INTELLECTUAL_PROPERTY",
  "ACCOUNTING_TAX",
  "LEGAL",
  "MANAGEMENT_CONSULTING",
  "MARKET_EXPANSION",
];
const STEPS: Record<string, string[]> = {
  INFO_CONSULTING: ["了解企业需求", "整理政策与市场信息", "出具信息咨询报告"],
  TECH_SUPPORT: ["现场查看生产工艺", "检测样品并分析问题", "提交技术改进建议"],
  INTELLECTUAL_PROPERTY: ["检索在先商标与专利", "撰写申请文件", "提交申请并告知受理号"],
  ACCOUNTING_TAX: ["核对账册与凭证", "梳理可享受的税收优惠", "出具财税健康检查报告"],
  LEGAL: ["审阅合同文本", "标注风险条款", "出具法律意见书"],
  MANAGEMENT_CONSULTING: ["访谈管理层", "诊断管理流程", "提交改进方案并讲解"],
  MARKET_EXPANSION: ["分析目标市场", "对接展会与采购商", "跟进意向订单"],
};

/** A tiny PDF so the evidence opens in a viewer; `text` makes its bytes (and hash) distinct. */
const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );

/**
 * Demo data: two batches of the year (one current, one expired) and an open one for applications;
 * vouchers for the demo enterprise and its neighbours; redemptions at the demo operator's node in
 * every state; one settled month; a spot check; one seeded case of each fraud signal. Dates follow
 * the clock (the current batch runs from six months back to six months ahead), hours follow the
 * working calendar so that only the seeded case is outside opening hours.
 */
export async function seedVouchers(tx: TDbTx, now = new Date()) {
  if ((await tx.voucherBatch.count()) > 0) return;
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const monthStart = (offset: number) => {
    const d = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + offset, 1));
    return d.toISOString().slice(0, 10);
  };
  const calendar = await loadCalendar(tx);
  /** The n-th working day of the month `offset` months from now, at `hour` Shanghai time. */
  const workingDay = (offset: number, n: number, hour = 10) => {
    let d = monthStart(offset);
    for (let left = n; ; d = addCalendarDays(d, 1)) if (calendar.isWorkingDay(d) && --left === 0) break;
    return fromShanghai(d, hour * 60);
  };
  /** A working day at least `daysBack` days before today, at 10:00. */
  const recentWorkingDay = (daysBack: number) => {
    let d = addCalendarDays(today, -daysBack);
    while (!calendar.isWorkingDay(d)) d = addCalendarDays(d, -1);
    return fromShanghai(d, 10 * 60);
  };
  const wanted = Array.from({ length: 12 }, (_, i) => `seed-enterprise-${i + 1}`);
  const found = await tx.enterprise.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, townId: true } });
  const enterprises = wanted.flatMap((id) => found.filter((e) => e.id === id));
  if (enterprises.length < 8) return;
  const nodes = await tx.node.findMany({
    where: { id: { in: [NODE, "seed-node-XINYA-1", "seed-node-AUTO_CITY-1"] } },
    select: { id: true, townId: true },
  });
  if (!enterprises.some((e) => e.id === ENTERPRISE) || !nodes.some((n) => n.id === NODE)) return;
  const nodeTown = new Map(nodes.map((n) => [n.id, n.townId]));
  const demoUser = await tx.user.findFirst({ where: { username: "operator" }, select: { id: true, displayName: true } });
  if (!demoUser) return;

  const current = "seed-voucher-batch-current";
  const expired = "seed-voucher-batch-expired";
  const open = "seed-voucher-batch-open";
  const base = { faceValuesFen: [200_000, 500_000], nodeIds: [] as string[], quotaPerEnterprise: 1, quotaPerCategoryFen: 300_000 };
  await tx.voucherBatch.createMany({
    data: [
      {
        id: current,
        name: `${year}年度中小企业服务券（第一批）`,
        budgetFen: 200_000_000,
        ...base,
        categories: CATEGORIES,
        validFrom: new Date(monthStart(-6)),
        validTo: new Date(addCalendarDays(monthStart(7), -1)),
        issueMode: "ALLOCATION",
        description: "面向区内规上及专精特新中小企业定向发放，可在区内各服务节点核销，每类服务每家企业最多3000元。",
      },
      {
        id: expired,
        name: `${year - 1}年度中小企业服务券`,
        budgetFen: 50_000_000,
        ...base,
        faceValuesFen: [300_000],
        categories: CATEGORIES.slice(0, 4),
        validFrom: new Date(monthStart(-18)),
        validTo: new Date(addCalendarDays(monthStart(-7), -1)),
        issueMode: "APPLICATION",
        status: "CLOSED",
        description: "上一年度批次，已到期。",
      },
      {
        id: open,
        name: `${year}年度知识产权与法律服务券（企业申领）`,
        budgetFen: 30_000_000,
        ...base,
        faceValuesFen: [100_000, 200_000],
        categories: ["INTELLECTUAL_PROPERTY", "LEGAL"],
        nodeIds: [NODE],
        quotaPerCategoryFen: 200_000,
        validFrom: new Date(monthStart(-1)),
        validTo: new Date(addCalendarDays(monthStart(6), -1)),
        issueMode: "APPLICATION",
        description: "企业在线申领，区中小企业服务中心审核后发放，在狮岭皮革皮具产业服务平台核销。",
      },
    ],
  });

  // vouchers: the demo enterprise holds one of the current batch and one of the expired; neighbours hold the rest
  const code = (i: number) => `QFDEMO${String(i).padStart(4, "0")}`;
  const vouchers: { id: string; enterpriseId: string; batchId: string; face: number }[] = [];
  let n = 0;
  const addVoucher = async (
    batchId: string,
    e: { id: string; townId: string | null },
    face: number,
    status = "ISSUED",
    source = "ALLOCATION",
  ) => {
    const id = `seed-voucher-${++n}`;
    await tx.voucher.create({
      data: {
        id,
        code: code(n),
        batchId,
        enterpriseId: e.id,
        townId: e.townId,
        faceValueFen: face,
        balanceFen: status === "ISSUED" ? face : 0,
        status,
        source,
        issuedAt: status === "ISSUED" ? fromShanghai(monthStart(-5), 10 * 60) : null,
      },
    });
    vouchers.push({ id, enterpriseId: e.id, batchId, face });
    return id;
  };
  for (const [i, e] of enterprises.entries()) await addVoucher(current, e, i % 3 === 0 ? 500_000 : 200_000);
  await addVoucher(expired, enterprises[0], 300_000, "ISSUED", "APPLICATION");
  for (const e of enterprises.slice(1, 3)) await addVoucher(open, e, 100_000, "APPLIED", "APPLICATION");

  // redemptions
  const names = new Map(enterprises.map((e) => [e.id, e.name]));
  const v = (enterpriseId: string, batchId = current) => vouchers.find((x) => x.enterpriseId === enterpriseId && x.batchId === batchId)!;
  let r = 0;
  const settledPeriod = periodOf(workingDay(-2, 1));
  const redemptionIds: string[] = [];
  const redeem = async (o: {
    enterpriseId: string;
    nodeId?: string;
    category: TServiceCategory;
    amountFen: number;
    servedAt: Date;
    status: "PENDING" | "CONFIRMED";
    rating?: number;
    comment?: string;
    createdAt?: Date;
    batchId?: string;
  }) => {
    const id = `seed-voucher-redemption-${++r}`;
    const nodeId = o.nodeId ?? NODE;
    const voucher = v(o.enterpriseId, o.batchId);
    const ledger = await recordLedgerEntry(tx, {
      source: "VOUCHER",
      originId: id,
      enterpriseId: o.enterpriseId,
      nodeId,
      category: o.category,
      channel: "OFFLINE",
      servedOn: shanghaiDate(o.servedAt),
      staffName: demoUser.displayName,
      summary: `服务券核销：${names.get(o.enterpriseId)}，${(o.amountFen / 100).toFixed(2)}元`,
    });
    await tx.voucherRedemption.create({
      data: {
        id,
        voucherId: voucher.id,
        batchId: voucher.batchId,
        enterpriseId: o.enterpriseId,
        nodeId,
        townId: nodeTown.get(nodeId) ?? null,
        ledgerRecordId: ledger.id,
        category: o.category,
        amountFen: o.amountFen,
        servedAt: o.servedAt,
        period: periodOf(o.servedAt),
        steps: STEPS[o.category],
        staffName: demoUser.displayName,
        status: o.status,
        rating: o.rating ?? null,
        comment: o.comment ?? null,
        confirmedAt: o.status === "CONFIRMED" ? new Date(o.servedAt.getTime() + 2 * 86_400_000) : null,
        createdById: demoUser.id,
        createdAt: o.createdAt ?? o.servedAt,
      },
    });
    await tx.voucher.update({ where: { id: voucher.id }, data: { balanceFen: { decrement: o.amountFen } } });
    await tx.voucherBatch.update({ where: { id: voucher.batchId }, data: { spentFen: { increment: o.amountFen } } });
    redemptionIds.push(id);
    return id;
  };
  const [e1, e2, e3, e4, e5, e6, e7, e8] = enterprises.map((e) => e.id);
  // the demo enterprise at the demo node: settled, confirmed, waiting for its confirmation
  await redeem({
    enterpriseId: e1,
    category: "TECH_SUPPORT",
    amountFen: 150_000,
    servedAt: workingDay(-2, 3),
    status: "CONFIRMED",
    rating: 5,
    comment: "工程师现场解决了皮料开裂问题，很专业",
  });
  await redeem({
    enterpriseId: e1,
    category: "INTELLECTUAL_PROPERTY",
    amountFen: 80_000,
    servedAt: workingDay(-1, 4, 15),
    status: "CONFIRMED",
    rating: 4,
    comment: "商标申请顺利受理",
  });
  await redeem({
    enterpriseId: e1,
    category: "MANAGEMENT_CONSULTING",
    amountFen: 60_000,
    servedAt: recentWorkingDay(2),
    status: "PENDING",
  });
  await redeem({
    enterpriseId: e1,
    batchId: expired,
    category: "ACCOUNTING_TAX",
    amountFen: 120_000,
    servedAt: workingDay(-8, 5),
    status: "CONFIRMED",
    rating: 5,
  });
  // neighbours, at three nodes: [enterprise, node, category, fen, when, rating, comment]
  const XINYA = "seed-node-XINYA-1";
  const AUTO = "seed-node-AUTO_CITY-1";
  const neighbours: [string, string, TServiceCategory, number, Date, number, string?][] = [
    [e2, NODE, "LEGAL", 100_000, workingDay(-2, 6, 11), 5, "合同风险讲得清楚"],
    [e4, XINYA, "ACCOUNTING_TAX", 120_000, workingDay(-2, 8), 4],
    [e5, AUTO, "TECH_SUPPORT", 180_000, workingDay(-2, 10, 14), 3, "响应稍慢"],
    [e6, XINYA, "INFO_CONSULTING", 50_000, workingDay(-1, 2), 5],
    [e7, AUTO, "MARKET_EXPANSION", 120_000, workingDay(-1, 6, 16), 4],
    [e8, NODE, "LEGAL", 80_000, recentWorkingDay(3), 5],
  ];
  for (const [enterpriseId, nodeId, category, amountFen, servedAt, rating, comment] of neighbours)
    await redeem({ enterpriseId, nodeId, category, amountFen, servedAt, status: "CONFIRMED", rating, comment });
  // fraud case 1: one enterprise at the demo node far above the norm (7 small redemptions; the mean pair has about 2)
  for (let i = 0; i < 7; i++)
    await redeem({
      enterpriseId: e3,
      category: i % 2 ? "INFO_CONSULTING" : "MANAGEMENT_CONSULTING",
      amountFen: 25_000,
      servedAt: workingDay(-1, 8 + i, 10),
      status: "CONFIRMED",
      rating: 5,
    });
  // fraud case 2: never confirmed by the enterprise, a month on
  const stale = recentWorkingDay(30);
  await redeem({ enterpriseId: e2, category: "TECH_SUPPORT", amountFen: 90_000, servedAt: stale, status: "PENDING", createdAt: stale });
  // fraud case 4: a service on a Sunday evening
  let sunday = monthStart(-1);
  while (new Date(`${sunday}T00:00:00Z`).getUTCDay() !== 0 || calendar.isWorkingDay(sunday)) sunday = addCalendarDays(sunday, 1);
  const late = await redeem({
    enterpriseId: e6,
    category: "MARKET_EXPANSION",
    amountFen: 70_000,
    servedAt: fromShanghai(sunday, 21 * 60 + 30),
    status: "CONFIRMED",
    rating: 5,
  });

  // evidence: a sign-in sheet per redemption at the demo node; fraud case 3: one file on two redemptions
  const put = async (ownerId: string, name: string, bytes: Buffer) =>
    tx.storedFile.create({
      data: {
        id: `seed-voucher-file-${ownerId}-${name.length}`,
        name,
        mime: "application/pdf",
        size: bytes.length,
        sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
        storageKey: await fileStorage().put(bytes),
        uploadedById: demoUser.id,
        ownerKind: EVIDENCE_FILES,
        ownerId,
        attachedAt: now,
      },
    });
  for (const id of redemptionIds.slice(0, 3)) await put(id, "服务签到表.pdf", pdf(`sign-in ${id}`));
  const copied = pdf("签到表 同一份");
  await put(redemptionIds[4], "现场服务照片.pdf", copied);
  await put(late, "现场服务照片（复印）.pdf", copied);

  // one settled month: the confirmed redemptions of two months ago
  const settled = await linesOf(tx, settledPeriod);
  const district = await tx.user.findFirst({ where: { username: "district" }, select: { id: true } });
  await tx.voucherSettlement.create({
    data: {
      id: "seed-voucher-settlement-1",
      period: settledPeriod,
      totalFen: settled.totalFen,
      count: settled.ids.length,
      lines: settled.lines,
      settledById: district?.id ?? null,
      settledAt: workingDay(-1, 5),
    },
  });
  await tx.voucherRedemption.updateMany({
    where: { id: { in: settled.ids } },
    data: { settlementId: "seed-voucher-settlement-1" },
  });
  await tx.voucherSpotCheck.create({
    data: {
      id: "seed-voucher-spot-check-1",
      period: settledPeriod,
      seed: 20_260_101,
      size: 2,
      redemptionIds: drawSample(
        (await tx.voucherRedemption.findMany({ where: { period: settledPeriod }, select: { id: true } })).map((x) => x.id),
        2,
        20_260_101,
      ),
      drawnById: district?.id ?? null,
      note: "季度例行抽查：电话回访企业并核对签到表",
    },
  });
}

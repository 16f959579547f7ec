import type { TDbTx } from "@qifu/db";
import { loadCalendar, nextCaseNumber, seedDistrictTargets, seededRandom } from "@qifu/trpc-core";
import type { TServiceCategory } from "@qifu/domain";
import { DEFAULT_COMPLAINT_LIMIT_DAYS, LEDGER_METRICS, REQUEST_NUMBER_PREFIX, type TLowRatingReason } from "../schemas";
import { dateOf, shanghaiToday } from "./ledger-service";

const SUMMARIES: Partial<Record<TServiceCategory, string[]>> = {
  INFO_CONSULTING: ["解读2026年惠企政策清单，匹配适用政策4项并辅导准备申报材料。", "电话答复企业关于稳岗补贴申领条件的咨询。"],
  FINANCING: ["对接合作银行，推荐助保贷产品，协助准备授信材料。", "组织银企对接会，企业与两家银行达成初步授信意向。"],
  TECH_SUPPORT: ["完成一批皮革制品理化性能检测并出具CMA报告。", "上门诊断生产线质量问题，提出工艺改进建议。"],
  LEGAL: ["审查企业劳动合同模板，出具法律意见书。", "为企业提供合同纠纷法律咨询。"],
  ACCOUNTING_TAX: ["开展财税健康体检，识别3项涉税风险并辅导整改。"],
  INTELLECTUAL_PROPERTY: ["辅导企业提交实用新型专利申请2件。", "商标查询与注册咨询。"],
  TALENT: ["发布用工需求12个岗位，组织专场招聘会。"],
  MARKET_EXPANSION: ["组织企业参加广交会，协助展位申请与采购商对接。"],
};
const FALLBACK = ["上门走访了解企业需求，提供政策与服务资源对接。"];
const STAFF = ["王晓明", "李婷", "陈志强", "黄丽", "刘洋", "张敏"];
const LOW: TLowRatingReason[] = ["SLOW", "NOT_SOLVED", "UNPROFESSIONAL", "ATTITUDE"];

const rng = seededRandom;

/**
 * Demo ledger: ~480 records over the last 12 months across the active nodes and the demo
 * enterprises, most rated (some low), some waiting for a return visit; the demo enterprise has
 * pending and accepted requests at the operator's node and unrated services to rate; two
 * complaints. Targets of the current year: 10,000 enterprise-times, online 50 %, satisfaction 90 %.
 */
export async function seedLedger(tx: TDbTx, now = new Date()) {
  const year = Number(shanghaiToday(now).slice(0, 4));
  const PLAN = "《花都区中小企业公共服务体系建设三年行动计划（2025-2027年）》";
  // metric, value, note, 依据 (the plan the target comes from; editable in the console)
  const targets = [
    [LEDGER_METRICS.enterpriseTimes, 10_000, "形成年中小企业综合服务能力1万家次以上", `${PLAN}一`],
    [LEDGER_METRICS.onlineShare, 50, "线上服务占比超过50%（区年度考核口径）", `${PLAN}二（二）：打造线上公共服务平台`],
    [LEDGER_METRICS.satisfaction, 90, "服务满意度达到90%以上（区年度考核口径）", `${PLAN}一：“满意度高”的公共服务体系`],
  ] as const;
  await seedDistrictTargets(
    tx,
    [year, year + 1].flatMap((y) => targets.map(([metricKey, value, note, source]) => ({ metricKey, year: y, value, note, source }))),
  );
  // the programmes' seeds write their own services (activities, financing) into the ledger:
  // only this seed's own records say the year of services is already there
  if ((await tx.ledgerRecord.count({ where: { id: { startsWith: "seed-record-" } } })) > 0) return;

  const nodes = await tx.node.findMany({
    where: { status: "ACTIVE" },
    orderBy: { id: "asc" },
    select: { id: true, townId: true, serviceCategories: true },
  });
  const enterprises = await tx.enterprise.findMany({ orderBy: { id: "asc" }, select: { id: true, townId: true } });
  const products = await tx.serviceProduct.findMany({
    where: { status: "PUBLISHED" },
    select: { id: true, nodeId: true, category: true, title: true, timeLimitDays: true },
  });
  if (!nodes.length || !enterprises.length) return;
  const rand = rng(20260101);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const today = dateOf(shanghaiToday(now)).getTime();
  const day = 86_400_000;

  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < 480; i++) {
    const ent = pick(enterprises);
    // nodes of the enterprise's town are likelier
    const local = nodes.filter((n) => n.townId && n.townId === ent.townId);
    const node = local.length && rand() < 0.7 ? pick(local) : pick(nodes);
    const nodeProducts = products.filter((p) => p.nodeId === node.id);
    const product = nodeProducts.length && rand() < 0.6 ? pick(nodeProducts) : null;
    const category = (product?.category ?? node.serviceCategories[0] ?? "INFO_CONSULTING") as TServiceCategory;
    // more recent months are busier
    const ago = Math.floor(Math.sqrt(rand()) * 365);
    const servedOn = new Date(today - (364 - ago) * day);
    const age = (today - servedOn.getTime()) / day;
    const rated = age > 3 && rand() < 0.82;
    const score = rated ? (rand() < 0.9 ? (rand() < 0.6 ? 5 : 4) : pick([1, 2, 3])) : null;
    const visited = !rated && age > 20 && rand() < 0.5;
    records.push({
      id: `seed-record-${i + 1}`,
      enterpriseId: ent.id,
      nodeId: node.id,
      townId: node.townId,
      productId: product?.id ?? null,
      category,
      channel: rand() < 0.55 ? "ONLINE" : "OFFLINE",
      servedOn,
      staffName: pick(STAFF),
      summary: pick(SUMMARIES[category] ?? FALLBACK),
      source: product && rand() < 0.5 ? "DIRECT" : rand() < 0.5 ? "IMPORT" : "DIRECT",
      ratingScore: score,
      ratingReasons: score !== null && score < 4 ? [pick(LOW)] : [],
      ratingComment: score === 5 ? "服务及时、专业，问题得到解决。" : null,
      ratedAt: rated ? new Date(servedOn.getTime() + 2 * day) : null,
      ratedVia: rated ? "ENTERPRISE" : null,
      visitOutcome: visited ? "NO_ANSWER" : null,
      visitNote: visited ? "两次致电均无人接听" : null,
      visitedAt: visited ? new Date(servedOn.getTime() + 9 * day) : null,
    });
  }

  // the demo enterprise at the operator's node: two services to rate (one past the 7 days), requests in each state
  const demoEnt = "seed-enterprise-1";
  const opNode = nodes.find((n) => n.id === "seed-node-SHILING-1") ?? nodes[0];
  const opProducts = products.filter((p) => p.nodeId === opNode.id);
  const hasDemo = enterprises.some((e) => e.id === demoEnt);
  if (hasDemo) {
    for (const [n, daysAgo] of [
      [1, 2],
      [2, 10],
    ] as const)
      records.push({
        id: `seed-record-demo-${n}`,
        enterpriseId: demoEnt,
        nodeId: opNode.id,
        townId: opNode.townId,
        productId: opProducts[0]?.id ?? null,
        category: opProducts[0]?.category ?? "TECH_SUPPORT",
        channel: n === 1 ? "ONLINE" : "OFFLINE",
        servedOn: new Date(today - daysAgo * day),
        staffName: "王晓明",
        summary: n === 1 ? "线上解读皮具出口退税政策并答复企业提问。" : "上门检测一批皮革样品并出具检测报告。",
        source: "DIRECT",
        ratingReasons: [],
      });
  }
  await tx.ledgerRecord.createMany({ data: records as never });

  const cal = await loadCalendar(tx);
  if (hasDemo && opProducts.length) {
    const base = { enterpriseId: demoEnt, nodeId: opNode.id, townId: opNode.townId, contactName: "陈建华", contactPhone: "020-86881234" };
    const second = opProducts[1] ?? opProducts[0];
    // cases like the portal makes them: a number of the shared numbering, due by the product's time limit
    const asCase = async (createdAt: Date, days: number) => ({
      number: (await nextCaseNumber(tx, REQUEST_NUMBER_PREFIX, createdAt)).number,
      dueAt: cal.addWorkingDays(createdAt, days),
      createdAt,
    });
    const older = await asCase(new Date(now.getTime() - 3 * day), second.timeLimitDays);
    const newer = await asCase(new Date(now.getTime() - 1 * day), opProducts[0].timeLimitDays);
    await tx.serviceRequest.createMany({
      data: [
        {
          ...base,
          id: "seed-request-1",
          productId: opProducts[0].id,
          category: opProducts[0].category,
          channel: "OFFLINE",
          note: "新一批箱包面料需要做耐磨和色牢度检测，希望下周内安排。",
          status: "PENDING",
          ...newer,
        },
        {
          ...base,
          id: "seed-request-2",
          productId: second.id,
          category: second.category,
          channel: "ONLINE",
          note: "想了解今年可以申报的惠企政策。",
          status: "ACCEPTED",
          acceptedAt: new Date(now.getTime() - 2 * day),
          ...older,
        },
      ].filter((r, i, all) => all.findIndex((x) => x.productId === r.productId) === i), // one open request per product (service_request_one_open_idx)
    });
  }
  const other = enterprises.find((e) => e.id !== demoEnt) ?? enterprises[0];
  const complaintNode = nodes.find((n) => n.townId === opNode.townId && n.id !== opNode.id) ?? opNode;
  await tx.serviceComplaint.createMany({
    data: [
      {
        id: "seed-complaint-1",
        enterpriseId: other.id,
        nodeId: opNode.id,
        townId: opNode.townId,
        subject: "检测报告出具超过承诺时限",
        content: "服务产品公开的时限是5个工作日，实际等了12个工作日才拿到报告，影响了发货。",
        status: "FILED",
        createdAt: new Date(now.getTime() - 2 * day),
        dueAt: cal.addWorkingDays(new Date(now.getTime() - 2 * day), DEFAULT_COMPLAINT_LIMIT_DAYS),
      },
      {
        id: "seed-complaint-2",
        enterpriseId: other.id,
        nodeId: complaintNode.id,
        townId: complaintNode.townId,
        subject: "咨询电话长期无人接听",
        content: "连续三天拨打服务产品公布的联系电话都无人接听。",
        status: "ANSWERED",
        handledAt: new Date(now.getTime() - 8 * day),
        answer: "已约谈该节点负责人，联系电话已安排专人值守，并向企业致歉。",
        answeredAt: new Date(now.getTime() - 6 * day),
        createdAt: new Date(now.getTime() - 10 * day),
        dueAt: cal.addWorkingDays(new Date(now.getTime() - 10 * day), DEFAULT_COMPLAINT_LIMIT_DAYS),
      },
    ],
  });
}

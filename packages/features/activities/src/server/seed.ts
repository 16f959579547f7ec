import { fromShanghai, searchTextFor, shanghaiDate, type TServiceCategory } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";
import { recordLedgerEntry, seedDistrictTargets, type TSeedContext } from "@qifu/trpc-core";
import { attendanceEntry } from "./registration";
import { ACTIVITIES_ATTENDANCES_METRIC, ACTIVITIES_HELD_METRIC, ACTIVITIES_SATISFACTION_METRIC } from "../schemas";

/** The series as the district first configures them (data: the district edits them in the console). */
const SERIES: [code: string, name: string, nameEn: string, category: TServiceCategory, description: string][] = [
  ["BAIZHAN", "百站千场惠万企", "100 stations, 1,000 events", "INFO_CONSULTING", "服务站点常态化开展的惠企活动（花都方案 五.五）"],
  ["POLICY_PLUS", "政策+", "Policy+", "INFO_CONSULTING", "惠企政策宣讲与申报辅导"],
  ["FINANCE_PLUS", "金融+", "Finance+", "FINANCING", "银企对接、融资产品推介"],
  ["SMART_PLUS", "智能+", "Smart+", "TECH_SUPPORT", "数字化转型与智能制造诊断"],
  ["LEGAL", "法律合规", "Legal compliance", "LEGAL", "合规经营、劳动用工与知识产权风险防范培训"],
  ["TRAINING", "专题培训", "Bought training", "MANAGEMENT_CONSULTING", "向院校和第三方机构采购的专题培训"],
];

const TOPICS: Record<string, string[]> = {
  BAIZHAN: ["皮具产业链供需对接会", "走进服务站·企业开放日", "小微企业服务沙龙", "新办企业开办指引"],
  POLICY_PLUS: ["专精特新申报政策宣讲", "研发费用加计扣除解读", "稳岗补贴申报辅导", "首台套政策解读"],
  FINANCE_PLUS: ["科技金融对接会", "助保贷产品推介会", "知识产权质押融资沙龙", "供应链金融专场"],
  SMART_PLUS: ["智能制造诊断工作坊", "工业互联网应用分享", "数字化转型路演", "中小企业上云专场"],
  LEGAL: ["劳动用工合规讲座", "商业秘密保护培训", "跨境电商合规实务", "合同风险防范讲座"],
};

const DAY = 24 * 3600_000;

/** A fixed pseudo-random sequence (the seed is the same on every run). */
function sequence(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

/**
 * A year of activities: past ones with attendance (each through recordLedgerEntry, so the
 * ledger's enterprise-times include them) and ratings, upcoming ones open for registration,
 * one full with a waiting list, one today (check-in open), and one bought training with sessions.
 * Dates are relative to `now` (Asia/Shanghai days), so the screens always have both.
 */
export async function seedActivities(tx: TDbTx, _s: TSeedContext, now = new Date()) {
  if ((await tx.activitySeries.count()) > 0) return;
  await tx.activitySeries.createMany({
    data: SERIES.map(([code, name, nameEn, , description], i) => ({
      id: `seed-series-${code}`,
      code,
      name,
      nameEn,
      description,
      sortOrder: i * 10,
    })),
  });
  const nodes = await tx.node.findMany({
    where: { status: "ACTIVE", townId: { not: null } },
    orderBy: { id: "asc" },
    select: { id: true, name: true, townId: true },
  });
  // the demo operator's node first, then one node of every other town
  const byTown = new Map<string, (typeof nodes)[number]>();
  const own = nodes.find((n) => n.id === "seed-node-SHILING-1");
  if (own) byTown.set(own.townId!, own);
  for (const n of nodes) if (!byTown.has(n.townId!)) byTown.set(n.townId!, n);
  const organisers = [...byTown.values()];
  const enterprises = await tx.enterprise.findMany({ orderBy: { id: "asc" }, select: { id: true } });
  if (!organisers.length || enterprises.length < 12) return;
  const rnd = sequence(20270);
  const today = shanghaiDate(now);
  const at = (daysFromToday: number, hour: number) => new Date(fromShanghai(today, hour * 60).getTime() + daysFromToday * DAY);
  const staffName = "活动组织人";

  type TPlan = {
    id: string;
    series: string;
    title: string;
    node: (typeof organisers)[number];
    start: Date;
    hours: number;
    capacity: number;
  };
  const plans: TPlan[] = [];
  const codes = SERIES.filter(([c]) => c !== "TRAINING").map(([c]) => c);
  // past: two a month over the last twelve months
  for (let i = 0; i < 24; i++) {
    const code = codes[i % codes.length];
    plans.push({
      id: `seed-activity-past-${i + 1}`,
      series: code,
      title: TOPICS[code][Math.floor(i / codes.length) % TOPICS[code].length],
      node: organisers[i % organisers.length],
      start: at(-350 + i * 15, 14),
      hours: 3,
      capacity: 20 + (i % 3) * 10,
    });
  }
  // upcoming: open for registration
  for (let i = 0; i < 6; i++) {
    const code = codes[(i + 2) % codes.length];
    plans.push({
      id: `seed-activity-next-${i + 1}`,
      series: code,
      title: `${TOPICS[code][(i + 1) % TOPICS[code].length]}（${i + 1}期）`,
      node: organisers[(i * 3) % organisers.length],
      start: at(7 + i * 9, 9),
      hours: 3,
      capacity: 40,
    });
  }
  // full, with a waiting list; and one today (check-in open)
  plans.push({
    id: "seed-activity-full",
    series: "FINANCE_PLUS",
    title: "小巨人企业融资闭门会",
    node: organisers[0],
    start: at(5, 14),
    hours: 2,
    capacity: 5,
  });
  plans.push({
    id: "seed-activity-today",
    series: "POLICY_PLUS",
    title: "惠企政策直享现场会",
    node: organisers[0],
    start: new Date(now.getTime() - 3600_000),
    hours: 4,
    capacity: 30,
  });

  const categoryOf = new Map(SERIES.map(([code, , , category]) => [code, category]));
  const seriesName = new Map(SERIES.map(([code, name]) => [code, name]));
  const row = (p: TPlan, extra: { trainingId?: string; audienceTiers?: string[] } = {}) => {
    const endsAt = new Date(p.start.getTime() + p.hours * 3600_000);
    const place = `${p.node.name}·多功能厅`;
    return {
      id: p.id,
      title: p.title,
      seriesId: `seed-series-${p.series}`,
      trainingId: extra.trainingId ?? null,
      nodeId: p.node.id,
      townId: p.node.townId,
      coOrganisers: p.series === "FINANCE_PLUS" ? ["花都区金融工作局", "中国银行花都支行"] : p.series === "LEGAL" ? ["区司法局"] : [],
      status: "PUBLISHED",
      startsAt: p.start,
      endsAt,
      place,
      onlineUrl: p.series === "SMART_PLUS" ? "https://meeting.example.cn/huadu-smart" : null,
      capacity: p.capacity,
      audienceTiers: extra.audienceTiers ?? [],
      registrationOpensAt: new Date(p.start.getTime() - 30 * DAY),
      registrationClosesAt: endsAt,
      agenda: "14:00 签到\n14:30 主题分享\n15:30 互动交流\n16:30 一对一咨询",
      speakers: "区中小企业服务中心 业务骨干\n合作机构 专家",
      category: categoryOf.get(p.series)!,
      description: `${seriesName.get(p.series)}系列活动，由${p.node.name}主办。`,
      checkInToken: `seed-token-${p.id}`,
      searchText: searchTextFor(p.title, seriesName.get(p.series), p.node.name, place),
    };
  };

  // the bought training: a college runs three sessions (two held, one upcoming)
  const trainer = organisers[0];
  await tx.training.create({
    data: {
      id: "seed-training-1",
      title: "中小企业经营管理能力提升研修班",
      providerKind: "COLLEGE",
      provider: "广州城市职业学院",
      contractNo: "HD-PX-2026-001",
      budgetFen: 12_000_000,
      spentFen: 8_000_000,
      nodeId: trainer.id,
      townId: trainer.townId,
      description: "区中小企业服务中心采购，面向专精特新企业经营者，共三期。",
    },
  });
  const sessions: TPlan[] = [
    {
      id: "seed-training-1-s1",
      series: "TRAINING",
      title: "研修班第一期：战略与精益管理",
      node: trainer,
      start: at(-60, 9),
      hours: 6,
      capacity: 30,
    },
    {
      id: "seed-training-1-s2",
      series: "TRAINING",
      title: "研修班第二期：财税与融资",
      node: trainer,
      start: at(-30, 9),
      hours: 6,
      capacity: 30,
    },
    {
      id: "seed-training-1-s3",
      series: "TRAINING",
      title: "研修班第三期：数字化转型",
      node: trainer,
      start: at(12, 9),
      hours: 6,
      capacity: 30,
    },
  ];
  await tx.activity.createMany({
    data: [
      ...plans.map((p) => row(p)),
      ...sessions.map((p) => row(p, { trainingId: "seed-training-1", audienceTiers: ["INNOVATIVE", "SPECIALIZED", "LITTLE_GIANT"] })),
    ],
  });

  // registrations: past ones mostly attended and rated; the full one has three waiting
  const regs: {
    id: string;
    activityId: string;
    enterpriseId: string;
    status: string;
    queuedAt: Date;
    queueNo: number;
    attendedAt: Date | null;
    checkInBy: string | null;
    rating: number | null;
    comment: string | null;
    ratedAt: Date | null;
  }[] = [];
  const COMMENTS = ["内容实用，希望多办", "讲解清楚，收获很大", "时间稍紧，互动可以更多", "对接效果好", null];
  for (const p of [...plans, ...sessions]) {
    const past = p.start.getTime() + p.hours * 3600_000 <= now.getTime();
    const isFull = p.id === "seed-activity-full";
    const count = isFull ? 8 : p.id === "seed-activity-today" ? 6 : past ? 6 + Math.floor(rnd() * 8) : 3 + Math.floor(rnd() * 5);
    // the demo enterprise is left off today's activity and the upcoming ones, so the journey starts fresh
    const pool = enterprises.filter((e) => !(e.id === "seed-enterprise-1" && !past));
    const start = Math.floor(rnd() * pool.length);
    for (let k = 0; k < count; k++) {
      const e = pool[(start + k * 5) % pool.length];
      const seated = k < p.capacity;
      const attended = past && seated && rnd() < 0.85;
      const rating = attended && rnd() < 0.7 ? (rnd() < 0.8 ? 4 + Math.round(rnd()) : 3) : null;
      regs.push({
        id: `${p.id}-reg-${k + 1}`,
        activityId: p.id,
        enterpriseId: e.id,
        status: seated ? "REGISTERED" : "WAITING",
        queuedAt: new Date(p.start.getTime() - (20 - k) * DAY),
        queueNo: k + 1,
        attendedAt: attended ? p.start : null,
        checkInBy: attended ? (k % 2 ? "SELF" : "STAFF") : null,
        rating,
        comment: rating ? COMMENTS[k % COMMENTS.length] : null,
        ratedAt: rating ? new Date(p.start.getTime() + DAY) : null,
      });
    }
  }
  // dedupe (an enterprise once per activity) before writing
  const seen = new Set<string>();
  const unique = regs.filter((r) => !seen.has(`${r.activityId}|${r.enterpriseId}`) && !!seen.add(`${r.activityId}|${r.enterpriseId}`));
  await tx.activityRegistration.createMany({ data: unique });
  const counts = new Map<string, { seats: number; queue: number }>();
  for (const r of unique) {
    const c = counts.get(r.activityId) ?? counts.set(r.activityId, { seats: 0, queue: 0 }).get(r.activityId)!;
    if (r.status === "REGISTERED") c.seats++;
    c.queue = Math.max(c.queue, r.queueNo);
  }
  for (const [id, c] of counts) await tx.activity.update({ where: { id }, data: { seatsTaken: c.seats, queueCounter: c.queue } });

  // every attendance is a ledger record, through the one mechanism
  const all = new Map([...plans, ...sessions].map((p) => [p.id, p]));
  for (const r of unique.filter((x) => x.attendedAt)) {
    const p = all.get(r.activityId)!;
    const category = categoryOf.get(p.series)!;
    const entry = { id: p.id, nodeId: p.node.id, category, place: `${p.node.name}·多功能厅`, startsAt: p.start, title: p.title };
    await recordLedgerEntry(tx, attendanceEntry(entry, seriesName.get(p.series)!, r.enterpriseId, staffName));
  }

  const target = (metricKey: string, value: number, note: string, source: string) =>
    [2025, 2026, 2027].map((year) => ({ metricKey, year, value, note, source }));
  await seedDistrictTargets(tx, [
    ...target(
      ACTIVITIES_HELD_METRIC,
      24,
      "平台登记的活动场次",
      "花都区中小企业公共服务体系建设方案（2025—2027年）五.五：百站千场惠万企、政策+ 金融+ 智能+",
    ),
    ...target(
      ACTIVITIES_ATTENDANCES_METRIC,
      250,
      "活动培训签到的企业家次",
      "花都区中小企业公共服务体系建设方案（2025—2027年）一：年服务能力1万家次以上",
    ),
    ...target(ACTIVITIES_SATISFACTION_METRIC, 90, "评价 4–5 分的占比", "花都区中小企业公共服务体系建设方案（2025—2027年）一：满意度高"),
  ]);
}

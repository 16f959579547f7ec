import type { TDb, TDbTx } from "@qifu/db";
import { makeContext, type TSessionUser } from "@qifu/trpc-core";
import { steps } from "./appeal-steps";
import { submitAppeal } from "./appeal-intake";
import { sweepAppeals } from "./sla";

/** One step of a demo appeal's history, `afterHours` (wall-clock) after the previous one. */
type TDemoStep =
  | { do: "accept" | "start" | "close" | "withdraw"; afterHours: number }
  | { do: "requestInfo" | "supplement" | "reopen" | "hardBone"; afterHours: number; note: string }
  | { do: "answer"; afterHours: number; note: string; resolved: boolean }
  | { do: "rate" | "visit"; afterHours: number; satisfaction: number; resolved: boolean; note?: string };

type TDemoAppeal = {
  town: "SHILING" | "XINHUA";
  /** Which of the town's enterprises (by position; 0 in 狮岭镇 is the demo enterprise account), so the appeals spread over several. */
  enterprise: number;
  category: string;
  urgent?: boolean;
  title: string;
  description: string;
  daysAgo: number;
  history: TDemoStep[];
};

const h = (afterHours: number) => ({ afterHours });

/**
 * A year of 暖企专员 work for the demo (`pnpm start` on an empty database, `pnpm qifu seed`):
 * appeals filed by the commissioner and by the demo enterprise, handled by the demo town units
 * and the 区商务局 handler through the same steps the console uses — so numbers, timelines,
 * SLA events, ratings and the assessment board are all consistent. Appeals routed to units
 * without a demo account stay unhandled, and the SLA sweep supervises them as it would.
 * Not part of the test seed: tests build their own scenarios.
 */
const DEMO_APPEALS: TDemoAppeal[] = [
  {
    town: "SHILING",
    enterprise: 0,
    category: "FINANCING",
    title: "申请皮具技改贷款贴息",
    description: "企业今年新购两条自动化裁断线，想了解区技改贷款贴息的申报条件和时间，并希望对接合作银行。",
    daysAgo: 190,
    history: [
      { do: "accept", ...h(3) },
      { do: "start", ...h(20) },
      { do: "answer", ...h(70), note: "已对接区农商行普惠金融部，贴息申报材料清单已发企业邮箱，11 月批次可申报。", resolved: true },
      { do: "rate", ...h(30), satisfaction: 5, resolved: true, note: "对接很及时" },
      { do: "close", ...h(4) },
    ],
  },
  {
    town: "SHILING",
    enterprise: 1,
    category: "UTILITIES",
    urgent: true,
    title: "厂区频繁停电影响生产",
    description: "狮岭镇合成村工业区近两周每天停电两到三次，每次约半小时，皮具压花设备频繁重启，请协调供电部门排查。",
    daysAgo: 150,
    history: [
      { do: "accept", ...h(1) },
      { do: "start", ...h(2) },
      { do: "hardBone", ...h(24), note: "工业区线路老化问题已反映三年，列为硬骨头问题跟踪" },
      { do: "answer", ...h(200), note: "供电局已完成合成村工业区 10kV 线路改造，并新增一台变压器。", resolved: true },
      { do: "visit", ...h(48), satisfaction: 5, resolved: true, note: "回访：改造后未再停电" },
      { do: "close", ...h(2) },
    ],
  },
  {
    town: "SHILING",
    enterprise: 0,
    category: "PERMITS",
    title: "排污许可证延续办理",
    description: "企业排污许可证下月到期，需要办理延续，想了解所需材料，能否网上办理。",
    daysAgo: 120,
    history: [
      { do: "accept", ...h(5) },
      { do: "requestInfo", ...h(6), note: "请补充最近一次环境监测报告" },
      { do: "supplement", ...h(50), note: "已上传 2026 年第二季度监测报告" },
      { do: "answer", ...h(30), note: "已指导企业在广东政务服务网提交延续申请，生态环境分局已受理。", resolved: true },
      { do: "rate", ...h(20), satisfaction: 4, resolved: true },
      { do: "close", ...h(3) },
    ],
  },
  {
    town: "SHILING",
    enterprise: 3,
    category: "MARKET_SUPPLY",
    title: "参加广交会展位补贴",
    description: "企业计划参加第 140 届广交会，想了解区里是否有展位补贴，以及如何申请。",
    daysAgo: 100,
    history: [
      { do: "accept", ...h(4) },
      { do: "answer", ...h(40), note: "区商务局对参展企业按展位费 50% 补贴，上限 2 万元，展会结束后 3 个月内申报。", resolved: true },
      { do: "visit", ...h(72), satisfaction: 4, resolved: true },
      { do: "close", ...h(2) },
    ],
  },
  {
    town: "SHILING",
    enterprise: 0,
    category: "LAND_SPACE",
    title: "扩产需要新增厂房",
    description: "订单增长，需要新增约 3000 平方米标准厂房，希望了解镇内可租赁的工业载体。",
    daysAgo: 80,
    history: [
      { do: "accept", ...h(6) },
      { do: "start", ...h(24) },
      { do: "answer", ...h(150), note: "已推荐狮岭时尚产业园二期两处空置厂房，并安排现场踏勘。", resolved: false },
      { do: "rate", ...h(24), satisfaction: 2, resolved: false, note: "面积不够，希望再找找" },
      { do: "reopen", ...h(2), note: "推荐的厂房面积不足，希望继续协调" },
      { do: "answer", ...h(120), note: "已协调专精特新产业园（在建）预留 3200 平方米，明年一季度交付，企业已签意向书。", resolved: true },
      { do: "rate", ...h(20), satisfaction: 5, resolved: true },
      { do: "close", ...h(3) },
    ],
  },
  {
    town: "XINHUA",
    enterprise: 0,
    category: "POLICY",
    title: "高新技术企业认定辅导",
    description: "企业首次申报高新技术企业，希望获得申报辅导，了解研发费用归集要求。",
    daysAgo: 70,
    history: [
      { do: "accept", ...h(2) },
      { do: "answer", ...h(30), note: "已安排新华街道科技服务站专员上门辅导，并推荐两家服务机构。", resolved: true },
      { do: "visit", ...h(40), satisfaction: 5, resolved: true },
      { do: "close", ...h(2) },
    ],
  },
  {
    town: "XINHUA",
    enterprise: 1,
    category: "TALENT_LABOUR",
    title: "招聘熟练技工困难",
    description: "企业急需 20 名数控技工，长期招不到人，希望对接职业院校和人社部门的招聘活动。",
    daysAgo: 45,
    history: [],
  },
  {
    town: "XINHUA",
    enterprise: 2,
    category: "MARKET_SUPPLY",
    title: "原材料供应商对接",
    description: "希望对接本地铝型材供应商，降低物流成本，请帮忙推荐产业链上下游企业。",
    daysAgo: 30,
    history: [
      { do: "accept", ...h(3) },
      { do: "start", ...h(10) },
      { do: "answer", ...h(60), note: "已通过特色产业集群服务平台推荐三家本地供应商并组织对接会。", resolved: true },
    ],
  },
  {
    town: "SHILING",
    enterprise: 1,
    category: "POLICY",
    title: "专精特新企业认定咨询",
    description: "企业想申报省级专精特新中小企业，想了解认定条件和今年的申报时间。",
    daysAgo: 20,
    history: [
      { do: "accept", ...h(30) },
      { do: "start", ...h(30) },
    ],
  },
  {
    town: "XINHUA",
    enterprise: 3,
    category: "UTILITIES",
    title: "园区道路积水",
    description: "每逢暴雨园区主干道积水严重，货车无法通行，请协调市政部门疏通排水。",
    daysAgo: 12,
    history: [
      { do: "accept", ...h(2) },
      { do: "requestInfo", ...h(4), note: "请提供积水路段照片和具体位置" },
    ],
  },
  {
    town: "SHILING",
    enterprise: 5,
    category: "FINANCING",
    urgent: true,
    title: "应急转贷资金申请",
    description: "企业一笔 500 万元贷款下周到期，续贷审批未完成，申请使用区应急转贷资金。",
    daysAgo: 6,
    history: [
      { do: "accept", ...h(1) },
      { do: "start", ...h(1) },
    ],
  },
  {
    town: "SHILING",
    enterprise: 0,
    category: "OTHER",
    title: "企业更名后证照变更",
    description: "企业已完成更名，想了解还需要同步变更哪些证照和备案。",
    daysAgo: 4,
    history: [{ do: "withdraw", ...h(5) }],
  },
  {
    town: "XINHUA",
    enterprise: 4,
    category: "LEGAL",
    title: "合同纠纷法律咨询",
    description: "与外地客户的货款纠纷金额约 80 万元，想了解诉讼和调解途径。",
    daysAgo: 3,
    history: [],
  },
  {
    town: "SHILING",
    enterprise: 0,
    category: "PERMITS",
    title: "消防验收预约",
    description: "新建仓库已完工，需要预约消防验收，请告知办理流程。",
    daysAgo: 1,
    history: [],
  },
];

async function sessionUser(tx: TDbTx, username: string): Promise<TSessionUser> {
  const u = await tx.user.findUniqueOrThrow({ where: { username } });
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
}

/** Adds the demo appeals once (nothing if any appeal exists), then runs the SLA sweep at `now`. */
export async function seedDemoAppeals(prisma: TDb, now = new Date()): Promise<number> {
  if ((await prisma.appeal.count()) > 0) return 0;
  await prisma.$transaction(
    async (tx: TDbTx) => {
      await tx.$executeRaw`SELECT set_config('qifu.actor_id', 'system:seed', true)`;
      const [commissioner, enterpriseUser, district, handler] = await Promise.all(
        ["commissioner", "enterprise", "district", "handler"].map((u) => sessionUser(tx, u)),
      );
      const townAdmins = { SHILING: await sessionUser(tx, "shiling"), XINHUA: await sessionUser(tx, "xinhua") };
      // position 0 of a town is the demo enterprise account's own company when it is in that town
      const enterprisesOf = async (code: string) =>
        (await tx.enterprise.findMany({ where: { town: { code } }, orderBy: { id: "asc" }, take: 6, select: { id: true } })).sort(
          (x, y) => Number(y.id === enterpriseUser.enterpriseId) - Number(x.id === enterpriseUser.enterpriseId),
        );
      const enterprises = { SHILING: await enterprisesOf("SHILING"), XINHUA: await enterprisesOf("XINHUA") };
      // the commissioner looks after the enterprises the demo appeals come from
      for (const e of [...enterprises.SHILING, ...enterprises.XINHUA])
        await tx.commissionerAssignment.upsert({
          where: { enterpriseId: e.id },
          create: { id: `assign-${e.id}`, commissionerId: commissioner.id, enterpriseId: e.id },
          update: {},
        });

      for (const a of DEMO_APPEALS) {
        const enterprise = enterprises[a.town][a.enterprise % enterprises[a.town].length];
        if (!enterprise) continue;
        let at = new Date(now.getTime() - a.daysAgo * 86_400_000);
        const ctxOf = (user: TSessionUser) => makeContext(prisma, user, { db: tx, now: () => at });
        // the demo enterprise files its own; the others are recorded by the commissioner after a visit
        const filer = enterprise.id === enterpriseUser.enterpriseId ? enterpriseUser : commissioner;
        const id = await submitAppeal(ctxOf(filer), {
          title: a.title,
          description: a.description,
          categoryId: `appeal-cat-${a.category}`,
          urgency: a.urgent ? "URGENT" : "NORMAL",
          mayPublish: !a.urgent,
          enterpriseId: filer === commissioner ? enterprise.id : undefined,
          fileIds: [],
        });
        const routed = await tx.appeal.findUniqueOrThrow({ where: { id }, select: { unitTownId: true, unitDepartmentId: true } });
        const unit =
          routed.unitDepartmentId === handler.departmentId
            ? handler
            : Object.values(townAdmins).find((t) => t.townId === routed.unitTownId);
        const owner = filer === enterpriseUser ? enterpriseUser : null;
        for (const s of a.history) {
          at = new Date(at.getTime() + s.afterHours * 3_600_000);
          if (at > now) break;
          if (s.do === "hardBone") await steps.flagHardBone(ctxOf(district), id, s.note);
          else if (s.do === "rate" && owner)
            await steps.confirm(ctxOf(owner), id, { satisfaction: s.satisfaction, resolved: s.resolved, note: s.note });
          else if (s.do === "rate" || s.do === "visit")
            await steps.confirm(
              ctxOf(commissioner),
              id,
              { satisfaction: s.satisfaction, resolved: s.resolved, note: s.note ?? "暖企专员电话回访" },
              true,
            );
          else if (s.do === "reopen" && owner) await steps.reopen(ctxOf(owner), id, s.note);
          else if (s.do === "withdraw" && owner) await steps.withdraw(ctxOf(owner), id, "问题已自行解决");
          else if (s.do === "supplement" && owner) await steps.supplement(ctxOf(owner), id, s.note);
          else if (!unit)
            break; // routed to a unit with no demo account: it waits, and the sweep supervises it
          else if (s.do === "accept") await steps.accept(ctxOf(unit), id);
          else if (s.do === "start") await steps.start(ctxOf(unit), id);
          else if (s.do === "requestInfo") await steps.requestInfo(ctxOf(unit), id, s.note);
          else if (s.do === "answer") await steps.answer(ctxOf(unit), id, s.note, s.resolved);
          else if (s.do === "close") await steps.close(ctxOf(unit), id);
          else break; // an enterprise step for an enterprise without a demo account: the story stops here
        }
      }
    },
    { timeout: 300_000 },
  );
  await sweepAppeals(prisma, now);
  return DEMO_APPEALS.length;
}

import { formatShanghai } from "@qifu/domain";
import { notify, type TContext, type TRoleScope } from "@qifu/trpc-core";

/** Ask the served enterprise's accounts to rate a new record (in-app inbox, in the same transaction). */
export async function notifyToRate(ctx: TContext, record: { id: string; enterpriseId: string }) {
  await notify(ctx, {
    roleScope: { role: "ENTERPRISE", enterpriseId: record.enterpriseId },
    title: { zh: "请为本次服务评价", en: "Please rate the service you received" },
    body: {
      zh: "服务节点已登记为贵企业提供的服务，请在“我的服务”中打分评价（1–5 分）。",
      en: "A service node recorded a service to your enterprise; please rate it (1–5) under My services.",
    },
    link: "/my/services",
    kind: "ledger.rate",
  });
}

/** Tell the enterprise its request was accepted, declined or delivered. */
export async function notifyRequest(ctx: TContext, request: { enterpriseId: string; status: string }, title: { zh: string; en: string }) {
  await notify(ctx, {
    roleScope: { role: "ENTERPRISE", enterpriseId: request.enterpriseId },
    title,
    body: { zh: "请在“我的服务”中查看办理情况。", en: "See its progress under My services." },
    link: "/my/services",
    kind: "ledger.request",
    exclude: [ctx.user?.id],
  });
}

/** Where each audience sees a ledger case: the enterprise on the public site, staff in the console. */
export const ledgerLinks = {
  request: (id: string) => `/my/requests/${id}`,
  adminRequest: (id: string) => `/admin/#/serviceRequests/${id}/show`,
  adminComplaint: (id: string) => `/admin/#/serviceComplaints/${id}/show`,
};

/** The town's admins, or the district's when the node belongs to no town: who supervises a node's cases. */
export const supervisorsOf = (townId: string | null): TRoleScope => (townId ? { role: "TOWN_ADMIN", townId } : { role: "DISTRICT_ADMIN" });

type TRequestFacts = {
  id: string;
  number: string;
  productTitle: string;
  enterpriseName: string;
  nodeId: string;
  townId: string | null;
  dueAt: Date;
};
const dueText = (d: Date) => formatShanghai(d);

/** A new request: the node's staff are told (in-app, and by email), with its number and due date. */
export async function notifyRequestArrived(ctx: TContext, r: TRequestFacts) {
  await notify(ctx, {
    roleScope: { role: "NODE_OPERATOR", nodeId: r.nodeId },
    title: { zh: `新的服务申请 ${r.number}`, en: `New service request ${r.number}` },
    body: {
      zh: `${r.enterpriseName}申请“${r.productTitle}”，请及时受理，应于 ${dueText(r.dueAt)} 前办结。`,
      en: `${r.enterpriseName} requested "${r.productTitle}"; please accept it. Due by ${dueText(r.dueAt)}.`,
    },
    link: ledgerLinks.adminRequest(r.id),
    kind: "ledger.request.new",
    channels: ["email"],
  });
}

/** The sweep found a request past its due time: remind the node's staff and the town (like an appeal's reminder). */
export async function remindOverdueRequest(ctx: Pick<TContext, "db" | "now">, r: TRequestFacts) {
  await notify(ctx, {
    roleScope: [{ role: "NODE_OPERATOR", nodeId: r.nodeId }, supervisorsOf(r.townId)],
    title: { zh: `服务申请 ${r.number} 已超过办理时限`, en: `Service request ${r.number} is overdue` },
    body: {
      zh: `${r.enterpriseName}申请的“${r.productTitle}”应于 ${dueText(r.dueAt)} 前办结，至今仍未办结，请尽快处理。`,
      en: `"${r.productTitle}" requested by ${r.enterpriseName} was due by ${dueText(r.dueAt)} and is still open; please handle it.`,
    },
    link: ledgerLinks.adminRequest(r.id),
    kind: "ledger.request.overdue",
    channels: ["email"],
  });
}

type TComplaintFacts = { id: string; subject: string; nodeId: string; townId: string | null; enterpriseId: string };

/** Messages about a complaint: to its supervisors (the town, or the district), the node's staff, and/or the enterprise. */
export async function notifyComplaint(
  ctx: Pick<TContext, "db" | "now" | "user">,
  c: TComplaintFacts,
  to: ("supervisors" | "node" | "enterprise")[],
  kind: string,
  title: { zh: string; en: string },
) {
  const staff: TRoleScope[] = [];
  if (to.includes("supervisors")) staff.push(supervisorsOf(c.townId));
  if (to.includes("node")) staff.push({ role: "NODE_OPERATOR", nodeId: c.nodeId });
  const body = { zh: `投诉事项：${c.subject}`, en: `Complaint: ${c.subject}` };
  const exclude = [ctx.user?.id];
  if (staff.length)
    await notify(ctx, { roleScope: staff, title, body, link: ledgerLinks.adminComplaint(c.id), kind, channels: ["email"], exclude });
  if (to.includes("enterprise"))
    await notify(ctx, {
      roleScope: { role: "ENTERPRISE", enterpriseId: c.enterpriseId },
      title,
      body,
      link: "/my/services",
      kind,
      exclude,
    });
}

/** A rating of 3 or less: the town (or district) is asked to call the enterprise back. */
export async function notifyLowRating(
  ctx: Pick<TContext, "db" | "now">,
  r: { id: string; townId: string | null; score: number; enterpriseName: string; nodeName: string },
) {
  await notify(ctx, {
    roleScope: supervisorsOf(r.townId),
    title: { zh: `低分评价（${r.score} 分），请回访`, en: `Low rating (${r.score}): please follow up` },
    body: {
      zh: `${r.enterpriseName}对${r.nodeName}的服务评了 ${r.score} 分，已进入回访队列。`,
      en: `${r.enterpriseName} rated ${r.nodeName}'s service ${r.score}; it is in the return-visit queue.`,
    },
    link: "/admin/#/ledgerReturnVisits",
    kind: "ledger.rating.low",
  });
}

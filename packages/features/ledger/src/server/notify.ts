import { notify, type TContext } from "@qifu/trpc-core";

/** Ask the served enterprise's accounts to rate a new record (in-app inbox, in the same transaction). */
export async function notifyToRate(ctx: TContext, record: { id: string; enterpriseId: string }) {
  await notify(ctx, {
    roleScope: { role: "ENTERPRISE", enterpriseId: record.enterpriseId },
    title: { zh: "请为本次服务评价", en: "Please rate the service you received" },
    body: { zh: "服务节点已登记为贵企业提供的服务，请在“我的服务”中打分评价（1–5 分）。", en: "A service node recorded a service to your enterprise; please rate it (1–5) under My services." },
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

import { notify, type TContext } from "@qifu/trpc-core";

/** Tell a commissioner they now look after an enterprise (called by the assignment resource). */
export async function announceAssignment(ctx: TContext, commissionerId: string, enterpriseId: string) {
  const e = await ctx.db.enterprise.findUnique({ where: { id: enterpriseId }, select: { name: true } });
  await notify(ctx, {
    userIds: [commissionerId],
    exclude: [ctx.user?.id],
    kind: "appeal.assignment",
    title: { zh: `您已被指定为“${e?.name ?? ""}”的暖企专员`, en: `You now look after "${e?.name ?? ""}"` },
    body: { zh: "该企业的诉求变化将通知您。", en: "You will be notified of changes to its appeals." },
    link: "/admin/#/commissionerAssignments",
  });
}

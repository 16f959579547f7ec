import { shanghaiDate } from "@qifu/domain";
import { newId } from "@qifu/db";
import { writeNotifications, type TContext } from "@qifu/trpc-core";
import type { TPolicy } from "../schemas";
import { policyMatcherFor } from "./matching";
import { criteriaOf, loadProfiles } from "./profiles";

/**
 * Push one version of a published policy to exactly the enterprises that qualify: each one's
 * active accounts and its commissioner get an inbox message (and the e-mail/SMS copies through
 * the channel interfaces), and one PolicyPush row per enterprise and version records it, so a
 * second publication of the same version notifies nobody twice and the figures count it once.
 * Runs inside the caller's transaction.
 */
export async function pushPolicy(ctx: Pick<TContext, "db" | "now">, policy: TPolicy) {
  const today = shanghaiDate(ctx.now());
  const [profiles, towns, titles, already] = await Promise.all([
    loadProfiles(ctx.db, {}),
    ctx.db.town.findMany({ select: { id: true, name: true } }),
    ctx.db.policy.findMany({ select: { id: true, title: true } }),
    ctx.db.policyPush.findMany({ where: { policyId: policy.id, version: policy.version }, select: { enterpriseId: true } }),
  ]);
  const criteria = criteriaOf(policy, new Map(towns.map((t) => [t.id, t.name])), new Map(titles.map((t) => [t.id, t.title])));
  const { matches } = policyMatcherFor(today).matchReverse(criteria, profiles, { withExcluded: false });
  const done = new Set(already.map((a) => a.enterpriseId));
  const targets = matches.filter((m) => !done.has(m.item.id));
  if (!targets.length) return { version: policy.version, pushedEnterprises: 0, recipients: 0 };
  const ids = targets.map((m) => m.item.id);
  const [users, commissioners] = await Promise.all([
    ctx.db.user.findMany({
      where: { active: true, role: "ENTERPRISE", enterpriseId: { in: ids } },
      select: { id: true, enterpriseId: true },
    }),
    ctx.db.commissionerAssignment.findMany({
      where: { enterpriseId: { in: ids }, commissioner: { active: true } },
      select: { enterpriseId: true, commissionerId: true },
    }),
  ]);
  const usersOf = new Map<string, string[]>();
  for (const u of users) usersOf.set(u.enterpriseId!, [...(usersOf.get(u.enterpriseId!) ?? []), u.id]);
  const commissionerOf = new Map(commissioners.map((c) => [c.enterpriseId, c.commissionerId]));
  const changed = policy.version > 1;
  let recipients = 0;
  for (const m of targets) {
    const e = m.item;
    const own = usersOf.get(e.id) ?? [];
    const commissioner = commissionerOf.get(e.id);
    const why = m.reasons.map((r) => r.zh).join("；") || "符合申报条件";
    const whyEn = m.reasons.map((r) => r.en).join("; ") || "meets the criteria";
    const verb = changed ? { zh: "政策有更新", en: "Policy updated" } : { zh: "新政策", en: "New policy" };
    if (own.length)
      await writeNotifications(ctx, own, {
        kind: "policy.push",
        title: { zh: `${verb.zh}：${policy.title}`, en: `${verb.en}: ${policy.title}` },
        body: {
          zh: `贵企业符合「${policy.title}」的条件（${why}）。${policy.autoGrant ? "本政策免申即享，无需申报。" : "请在申报期内提交申请。"}`,
          en: `Your enterprise qualifies for "${policy.title}" (${whyEn}). ${policy.autoGrant ? "It is granted without application." : "Apply within the window."}`,
        },
        link: `/policies/${policy.id}`,
        channels: ["email", "sms"],
      });
    if (commissioner)
      await writeNotifications(ctx, [commissioner], {
        kind: "policy.push",
        title: { zh: `${verb.zh}：${e.name}可享受「${policy.title}」`, en: `${verb.en}: ${e.name} qualifies for "${policy.title}"` },
        body: {
          zh: `您联系的企业${e.name}符合「${policy.title}」的条件（${why}），请提醒企业${policy.autoGrant ? "留意兑现" : "及时申报"}。`,
          en: `${e.name}, an enterprise you serve, qualifies for "${policy.title}" (${whyEn}).`,
        },
        link: `/admin/#/policies/${policy.id}/show`,
        channels: ["email"],
      });
    const n = own.length + (commissioner ? 1 : 0);
    recipients += n;
    await ctx.db.policyPush.create({
      data: {
        id: newId(),
        policyId: policy.id,
        version: policy.version,
        enterpriseId: e.id,
        townId: e.townId,
        recipients: n,
        pushedAt: ctx.now(),
      },
    });
  }
  return { version: policy.version, pushedEnterprises: targets.length, recipients };
}

import type { TDbTx } from "@qifu/db";
import { searchTextFor } from "@qifu/domain";

/** The demo pool: the `evaluator` account is 陈敏 (tied to no node); two more experts, one working for a 狮岭镇 node (a conflict there). */
export async function seedExperts(tx: TDbTx) {
  if ((await tx.expert.count()) > 0) return;
  const evaluator = await tx.user.findUnique({ where: { username: "evaluator" }, select: { id: true } });
  const shilingNode = await tx.node.findFirst({
    where: { town: { code: "SHILING" }, status: "ACTIVE" },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const experts = [
    {
      id: "seed-expert-1",
      name: "陈敏",
      field: "中小企业公共服务评价",
      title: "高级经济师",
      employer: "广州市中小企业发展促进中心",
      userId: evaluator?.id ?? null,
      link: null,
    },
    { id: "seed-expert-2", name: "黄志强", field: "工业园区运营", title: "高级工程师", employer: "华南理工大学", userId: null, link: null },
    {
      id: "seed-expert-3",
      name: "李晓华",
      field: "企业管理咨询",
      title: "注册咨询师",
      employer: "狮岭镇皮具商会",
      userId: null,
      link: shilingNode?.id ?? null,
    },
  ];
  for (const e of experts) {
    await tx.expert.create({
      data: {
        id: e.id,
        name: e.name,
        field: e.field,
        title: e.title,
        employer: e.employer,
        userId: e.userId,
        availability: "AVAILABLE",
        searchText: searchTextFor(e.name, e.field, e.title, e.employer),
        ...(e.link ? { nodeLinks: { create: [{ nodeId: e.link, relation: "EMPLOYEE" }] } } : {}),
      },
    });
  }
}

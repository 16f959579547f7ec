import { dayOrNull, isoOrNull } from "@qifu/domain";
import type { Prisma } from "@qifu/db";
import type { TNeed } from "../schemas";
import type { TNeedProfile } from "./matching";

export const NEED_INCLUDE = {
  enterprise: { select: { name: true } },
  town: { select: { name: true } },
  postedByNode: { select: { name: true } },
} satisfies Prisma.TechNeedInclude;
export type TNeedRow = Prisma.TechNeedGetPayload<{ include: typeof NEED_INCLUDE }>;

export function toNeedDto(r: TNeedRow): TNeed {
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterprise.name,
    townId: r.townId,
    townName: r.town?.name ?? null,
    field: r.field as TNeed["field"],
    keywords: r.keywords,
    problem: r.problem,
    budgetFen: r.budgetFen === null ? null : Number(r.budgetFen),
    deadline: dayOrNull(r.deadline),
    wantedMode: r.wantedMode as TNeed["wantedMode"],
    status: r.status as TNeed["status"],
    postedOn: dayOrNull(r.postedOn)!,
    postedByName: r.postedByNode?.name ?? null,
    updatedAt: isoOrNull(r.updatedAt)!,
  };
}

const DAY_MS = 86_400_000;
/** The matcher's view of a need: its days left to the deadline count from `today` (Shanghai, YYYY-MM-DD). */
export const toNeedProfile = (
  n: Pick<TNeedRow, "id" | "field" | "keywords" | "budgetFen" | "deadline" | "wantedMode" | "townId">,
  today: string,
): TNeedProfile => ({
  id: n.id,
  field: n.field as TNeedProfile["field"],
  keywords: n.keywords,
  budgetFen: n.budgetFen === null ? null : Number(n.budgetFen),
  daysLeft: n.deadline ? Math.round((n.deadline.getTime() - Date.parse(`${today}T00:00:00Z`)) / DAY_MS) : null,
  wantedMode: n.wantedMode as TNeedProfile["wantedMode"],
  townId: n.townId,
});

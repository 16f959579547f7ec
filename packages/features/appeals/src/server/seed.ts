import { CN_PUBLISHED_CALENDAR } from "@qifu/domain";
import type { TDbTx } from "@qifu/db";
import type { TLimits } from "../schemas";

const limits = (ackHours: number, resolveDays: number, urgentAck: number, urgentDays: number): TLimits => ({
  NORMAL: { ackHours, resolveDays },
  URGENT: { ackHours: urgentAck, resolveDays: urgentDays },
});

/** The nine categories of the 暖企专员 channel, as data with their time limits. */
export const APPEAL_CATEGORIES = [
  { code: "POLICY", name: "政策咨询与兑现", nameEn: "Policy", limits: limits(7, 5, 2, 3) },
  { code: "FINANCING", name: "融资", nameEn: "Financing", limits: limits(7, 10, 4, 5) },
  { code: "LAND_SPACE", name: "用地与空间", nameEn: "Land and space", limits: limits(14, 20, 7, 10) },
  { code: "TALENT_LABOUR", name: "人才与用工", nameEn: "Talent and labour", limits: limits(7, 10, 4, 5) },
  { code: "PERMITS", name: "审批与证照", nameEn: "Permits and approvals", limits: limits(7, 10, 2, 5) },
  { code: "MARKET_SUPPLY", name: "市场与供应链", nameEn: "Market and supply chain", limits: limits(7, 10, 4, 5) },
  { code: "UTILITIES", name: "水电气与基础设施", nameEn: "Utilities and infrastructure", limits: limits(7, 10, 2, 3) },
  { code: "LEGAL", name: "法律与纠纷", nameEn: "Legal and disputes", limits: limits(7, 15, 4, 7) },
  { code: "OTHER", name: "其他", nameEn: "Other", limits: limits(7, 10, 4, 5) },
];

/** Category rules that go to a district department; everything else goes to the enterprise's town. */
const DEPARTMENT_RULES: [category: string, department: string][] = [
  ["TALENT_LABOUR", "HRSS"],
  ["LEGAL", "JUSTICE"],
  ["MARKET_SUPPLY", "COMMERCE"],
];

/**
 * Idempotent: the published calendar, the categories, routing rules (each town's appeals to
 * its own unit, three categories to departments, the rest to 区科技工业信息化局) and the demo
 * commissioner's enterprises.
 */
export async function seedAppeals(
  tx: TDbTx,
  opts: {
    townIds: Map<string, string>;
    departmentIds: Map<string, string>;
    assignments?: [commissionerId: string, enterpriseId: string][];
  },
) {
  for (const d of CN_PUBLISHED_CALENDAR)
    await tx.calendarDay.upsert({ where: { date: d.date }, create: { id: `cal-${d.date}`, ...d }, update: {} });
  for (const [i, c] of APPEAL_CATEGORIES.entries())
    await tx.appealCategory.upsert({
      where: { code: c.code },
      create: { id: `appeal-cat-${c.code}`, sortOrder: (i + 1) * 10, ...c },
      update: {},
    });

  const rule = async (
    id: string,
    data: {
      categoryId: string | null;
      townId: string | null;
      unitKind: string;
      unitTownId?: string;
      unitDepartmentId?: string;
      note: string;
    },
  ) => {
    if (!(await tx.appealRoute.findUnique({ where: { id } }))) await tx.appealRoute.create({ data: { id, ...data } });
  };
  const sti = opts.departmentIds.get("STI");
  if (sti)
    await rule("appeal-route-default", {
      categoryId: null,
      townId: null,
      unitKind: "DEPARTMENT",
      unitDepartmentId: sti,
      note: "默认：区科技工业信息化局统筹",
    });
  for (const [code, townId] of opts.townIds)
    await rule(`appeal-route-town-${code}`, { categoryId: null, townId, unitKind: "TOWN", unitTownId: townId, note: "属地办理" });
  for (const [category, dept] of DEPARTMENT_RULES) {
    const departmentId = opts.departmentIds.get(dept);
    if (departmentId)
      await rule(`appeal-route-${category}`, {
        categoryId: `appeal-cat-${category}`,
        townId: null,
        unitKind: "DEPARTMENT",
        unitDepartmentId: departmentId,
        note: "按职能部门办理",
      });
  }
  for (const [commissionerId, enterpriseId] of opts.assignments ?? [])
    await tx.commissionerAssignment.upsert({
      where: { enterpriseId },
      create: { id: `assign-${enterpriseId}`, commissionerId, enterpriseId },
      update: {},
    });
}

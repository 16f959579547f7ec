import { makeCreditCode } from "@qifu/domain";
import { writeWorkbook } from "@qifu/trpc-core";
import { DEMO_PASSWORD } from "../src";
import type { createTestPlatform } from "../src";

/**
 * One valid input per procedure for the authorization matrix (authz-matrix.test.ts).
 * A procedure without a sample here fails the matrix: add one when you add a procedure.
 *
 * `input` is called once per caller, so a sample may create a fresh row (a delete needs
 * its own victim each time). `outOfScope` names the callers whose role the policy lets in
 * but whose scope does not reach the sample's row: they must be refused (NOT_FOUND or
 * FORBIDDEN) or, for a query, get an empty result.
 */
export type TCallerKey =
  | "anonymous" | "district" | "shiling" | "xinhua" | "operator" | "operator-b"
  | "commissioner" | "handler" | "evaluator" | "enterprise" | "enterprise-b";

/** Column order of the matrix. `xinhua`, `operator-b`, `enterprise-b` are "the other town / node / enterprise". */
export const CALLERS: readonly TCallerKey[] = [
  "anonymous", "district", "shiling", "xinhua", "operator", "operator-b",
  "commissioner", "handler", "evaluator", "enterprise", "enterprise-b",
];

export type TFixture = {
  platform: Awaited<ReturnType<typeof createTestPlatform>>;
  shilingTownId: string;
  xinhuaTownId: string;
  /** The node of the `operator` account, in 狮岭镇. */
  operatorNodeId: string;
  targetId: string;
  /** A number unique within the run, for unique codes and names. */
  seq: () => number;
};

export type TSample = {
  input: (fx: TFixture) => unknown;
  outOfScope?: readonly TCallerKey[];
};

const freshNode = async (fx: TFixture) =>
  (await fx.platform.prisma.node.create({ data: { id: `mx-node-${fx.seq()}`, name: `矩阵测试节点${fx.seq()}`, kind: "ASSOCIATION", townId: fx.shilingTownId } })).id;
const freshTown = async (fx: TFixture) =>
  (await fx.platform.prisma.town.create({ data: { id: `mx-town-${fx.seq()}`, code: `MXT${fx.seq()}`, name: `矩阵镇${fx.seq()}`, nameEn: "", kind: "TOWN", sortOrder: 900 } })).id;
const freshTarget = async (fx: TFixture) =>
  (await fx.platform.prisma.target.create({ data: { id: `mx-target-${fx.seq()}`, scopeKey: "DISTRICT", year: 2000 + (fx.seq() % 100), metricKey: `matrix.${fx.seq()}`, value: 1 } })).id;

/** A plain account with the demo password that only auth.login uses. */
export const MATRIX_LOGIN = "matrix-login";

const SHILING_ROW: readonly TCallerKey[] = ["xinhua", "operator-b"];
/** Callers whose role may read appeals but whose scope does not reach the demo enterprise's. */
const APPEAL_OUTSIDE: readonly TCallerKey[] = ["xinhua", "handler", "enterprise-b"];
/** Units that may act on appeals, but not on one routed to 狮岭镇. */
const UNIT_OUTSIDE: readonly TCallerKey[] = ["xinhua", "handler"];

export const SAMPLES: Record<string, TSample> = {
  // an account of its own: auth.changePassword (sorted first) changes the demo accounts' passwords
  "auth.login": { input: () => ({ username: MATRIX_LOGIN, password: DEMO_PASSWORD }) },
  "auth.logout": { input: () => undefined },
  "auth.me": { input: () => undefined },
  "auth.changePassword": { input: (fx) => ({ currentPassword: DEMO_PASSWORD, newPassword: `Matrix${fx.seq()}pass` }) },

  "auditLogs.list": { input: () => ({ pagination: { page: 1, perPage: 5 }, filter: { resource: "node" } }) },
  "auditLogs.get": { input: () => ({ id: "1" }) },
  "auditLogs.getMany": { input: () => ({ ids: ["1", "2"] }) },
  "auditLogs.resources": { input: () => undefined },

  "nodes.list": { input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { townId: fx.shilingTownId } }), outOfScope: SHILING_ROW },
  "nodes.get": { input: (fx) => ({ id: fx.operatorNodeId }), outOfScope: SHILING_ROW },
  "nodes.getMany": { input: (fx) => ({ ids: [fx.operatorNodeId] }), outOfScope: SHILING_ROW },
  "nodes.create": { input: (fx) => ({ name: `矩阵新建节点${fx.seq()}`, kind: "ASSOCIATION", townId: fx.shilingTownId }), outOfScope: ["xinhua"] },
  "nodes.update": { input: (fx) => ({ id: fx.operatorNodeId, data: { staffCount: 12 } }), outOfScope: SHILING_ROW },
  "nodes.delete": { input: async (fx) => ({ id: await freshNode(fx) }) },

  "towns.list": { input: () => ({ pagination: { page: 1, perPage: 50 } }) },
  "towns.get": { input: (fx) => ({ id: fx.shilingTownId }), outOfScope: ["xinhua"] },
  "towns.getMany": { input: (fx) => ({ ids: [fx.shilingTownId] }), outOfScope: ["xinhua"] },
  "towns.create": { input: (fx) => ({ code: `MX${fx.seq()}`, name: `矩阵新镇${fx.seq()}`, kind: "TOWN" }) },
  "towns.update": { input: (fx) => ({ id: fx.shilingTownId, data: { nameEn: "Shiling" } }) },
  "towns.delete": { input: async (fx) => ({ id: await freshTown(fx) }) },

  "targets.list": { input: () => ({ pagination: { page: 1, perPage: 10 } }) },
  "targets.get": { input: (fx) => ({ id: fx.targetId }) },
  "targets.getMany": { input: (fx) => ({ ids: [fx.targetId] }) },
  "targets.create": { input: (fx) => ({ year: 2030 + (fx.seq() % 70), metricKey: "network.linkedPlatforms", value: 10 }) },
  "targets.update": { input: (fx) => ({ id: fx.targetId, data: { value: 100 } }) },
  "targets.delete": { input: async (fx) => ({ id: await freshTarget(fx) }) },
  "targets.progress": { input: () => ({ year: 2027 }) },
  "targets.metrics": { input: () => undefined },

  "network.stats": { input: () => ({ year: 2027 }) },
  "network.tree": { input: () => undefined },
  "network.overview": { input: () => undefined },
  "network.directory": { input: () => ({ q: "皮具", page: 1, perPage: 12 }) },
  "network.publicNode": { input: (fx) => ({ id: fx.operatorNodeId }) },
  "network.publicTowns": { input: () => undefined },

  // 暖企专员 (appeals): each workflow sample gets a fresh appeal of the demo enterprise, routed to 狮岭镇
  "appeals.list": { input: () => ({ pagination: { page: 1, perPage: 5 }, filter: { enterpriseId: "seed-enterprise-1" } }), outOfScope: APPEAL_OUTSIDE },
  "appeals.get": { input: async (fx) => ({ id: await freshAppeal(fx) }), outOfScope: APPEAL_OUTSIDE },
  "appeals.getMany": { input: async (fx) => ({ ids: [await freshAppeal(fx)] }), outOfScope: APPEAL_OUTSIDE },
  "appeals.units": { input: () => undefined },
  "appeals.create": { input: () => ({ title: "矩阵测试诉求", description: "授权矩阵测试：代录或自行提交。", categoryId: "appeal-cat-OTHER", enterpriseId: "seed-enterprise-1" }), outOfScope: ["enterprise-b"] },
  "appeals.accept": { input: async (fx) => ({ id: await freshAppeal(fx) }), outOfScope: UNIT_OUTSIDE },
  "appeals.start": { input: async (fx) => ({ id: await freshAppeal(fx, ["accept"]) }), outOfScope: UNIT_OUTSIDE },
  "appeals.sendBack": { input: async (fx) => ({ id: await freshAppeal(fx), reason: "矩阵测试退回理由" }), outOfScope: UNIT_OUTSIDE },
  "appeals.requestInfo": { input: async (fx) => ({ id: await freshAppeal(fx, ["accept"]), note: "请补充材料" }), outOfScope: UNIT_OUTSIDE },
  "appeals.answer": { input: async (fx) => ({ id: await freshAppeal(fx, ["accept"]), answer: "矩阵测试答复", resolved: true }), outOfScope: UNIT_OUTSIDE },
  "appeals.close": { input: async (fx) => ({ id: await freshAppeal(fx, ["accept", "answer", "confirm"]) }), outOfScope: UNIT_OUTSIDE },
  "appeals.returnVisit": { input: async (fx) => ({ id: await freshAppeal(fx, ["accept", "answer"]), satisfaction: 4, resolved: true }), outOfScope: UNIT_OUTSIDE },
  "appeals.callbackDone": { input: async (fx) => ({ id: await freshAppeal(fx, ["withdraw"]), note: "电话回访确认" }), outOfScope: UNIT_OUTSIDE },
  "appeals.supplement": { input: async (fx) => ({ id: await freshAppeal(fx, ["accept", "requestInfo"]), note: "已补充材料" }), outOfScope: ["enterprise-b"] },
  "appeals.confirm": { input: async (fx) => ({ id: await freshAppeal(fx, ["accept", "answer"]), satisfaction: 5, resolved: true }), outOfScope: ["enterprise-b"] },
  "appeals.reopen": { input: async (fx) => ({ id: await freshAppeal(fx, ["accept", "answer"]), reason: "不满意，请重新办理" }), outOfScope: ["enterprise-b"] },
  "appeals.withdraw": { input: async (fx) => ({ id: await freshAppeal(fx) }), outOfScope: ["enterprise-b"] },
  "appeals.reassign": { input: async (fx) => ({ id: await freshAppeal(fx), unit: { kind: "DEPARTMENT", id: "seed-dept-COMMERCE" } }) },
  "appeals.supervise": { input: async (fx) => ({ id: await freshAppeal(fx), level: "YELLOW", note: "矩阵测试督办" }) },

  "calendar.list": { input: () => ({ pagination: { page: 1, perPage: 5 }, filter: { year: 2026 } }) },
  "calendar.get": { input: () => ({ id: "cal-2026-10-01" }) },
  "calendar.getMany": { input: () => ({ ids: ["cal-2026-10-01"] }) },
  "calendar.create": { input: (fx) => ({ date: `2099-01-${String((fx.seq() % 28) + 1).padStart(2, "0")}`, kind: "HOLIDAY", name: "矩阵测试" }) },
  "calendar.update": { input: () => ({ id: "cal-2026-10-01", data: { name: "国庆节" } }) },
  "calendar.delete": { input: async (fx) => ({ id: (await fx.platform.prisma.calendarDay.create({ data: { id: `mx-cal-${fx.seq()}`, date: `2098-02-${String((fx.seq() % 28) + 1).padStart(2, "0")}`, kind: "HOLIDAY", name: "矩阵" } })).id }) },

  "appealCategories.list": { input: () => ({ pagination: { page: 1, perPage: 20 } }) },
  "appealCategories.get": { input: () => ({ id: "appeal-cat-OTHER" }) },
  "appealCategories.getMany": { input: () => ({ ids: ["appeal-cat-OTHER"] }) },
  "appealCategories.create": { input: (fx) => ({ code: `MX_${fx.seq()}`, name: "矩阵类别", nameEn: "Matrix", limits: { NORMAL: { ackHours: 7, resolveDays: 5 }, URGENT: { ackHours: 2, resolveDays: 3 } } }) },
  "appealCategories.update": { input: () => ({ id: "appeal-cat-OTHER", data: { sortOrder: 90 } }) },
  "appealCategories.delete": { input: async (fx) => ({ id: (await fx.platform.prisma.appealCategory.create({ data: { id: `mx-cat-${fx.seq()}`, code: `MXD_${fx.seq()}`, name: "矩阵", nameEn: "M", limits: { NORMAL: { ackHours: 1, resolveDays: 1 }, URGENT: { ackHours: 1, resolveDays: 1 } } } })).id }) },

  "appealRoutes.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "appealRoutes.get": { input: () => ({ id: "appeal-route-default" }) },
  "appealRoutes.getMany": { input: () => ({ ids: ["appeal-route-default"] }) },
  "appealRoutes.create": { input: async (fx) => ({ categoryId: await freshCategory(fx), unitKind: "DEPARTMENT", unitDepartmentId: "seed-dept-COMMERCE" }) },
  "appealRoutes.update": { input: () => ({ id: "appeal-route-default", data: { note: "默认：区科技工业信息化局统筹" } }) },
  "appealRoutes.delete": { input: async (fx) => ({ id: (await fx.platform.prisma.appealRoute.create({ data: { id: `mx-route-${fx.seq()}`, categoryId: await freshCategory(fx), unitKind: "DEPARTMENT", unitDepartmentId: "seed-dept-STI" } })).id }) },

  "commissionerAssignments.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "commissionerAssignments.get": { input: () => ({ id: "assign-seed-enterprise-1" }) },
  "commissionerAssignments.getMany": { input: () => ({ ids: ["assign-seed-enterprise-1"] }) },
  "commissionerAssignments.create": { input: async (fx) => ({ commissionerId: "seed-user-commissioner", enterpriseId: await freshEnterprise(fx) }) },
  "commissionerAssignments.update": { input: () => ({ id: "assign-seed-enterprise-1", data: { commissionerId: "seed-user-commissioner" } }) },
  "commissionerAssignments.delete": { input: async (fx) => ({ id: (await fx.platform.prisma.commissionerAssignment.create({ data: { id: `mx-assign-${fx.seq()}`, commissionerId: "seed-user-commissioner", enterpriseId: await freshEnterprise(fx) } })).id }) },

  // enterprise registry (issue 4): the demo enterprise of 狮岭镇; "xinhua" and "enterprise-b" are outside it
  "enterprises.list": { input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { townId: fx.shilingTownId } }), outOfScope: ["xinhua", "enterprise-b"] },
  "enterprises.get": { input: () => ({ id: "seed-enterprise-1" }), outOfScope: ["xinhua", "enterprise-b"] },
  "enterprises.getMany": { input: () => ({ ids: ["seed-enterprise-1"] }), outOfScope: ["xinhua", "enterprise-b"] },
  "enterprises.create": { input: (fx) => ({ creditCode: makeCreditCode(700_000 + fx.seq()), name: `矩阵登记企业${fx.seq()}`, townId: fx.shilingTownId }), outOfScope: ["xinhua"] },
  "enterprises.update": { input: () => ({ id: "seed-enterprise-1", data: { contactName: "矩阵联系人" } }), outOfScope: ["xinhua", "enterprise-b"] },
  "enterprises.delete": { input: async (fx) => ({ id: await freshEnterprise(fx) }) },
  "enterprises.importTemplate": { input: () => ({ lang: "zh" }) },
  "enterprises.importCheck": { input: async () => ({ fileBase64: (await writeWorkbook("企业", [{ header: "统一社会信用代码" }, { header: "企业名称" }], [])).toString("base64") }) },
  "enterprises.importCommit": { input: (fx) => ({ rows: [{ row: 2, data: { creditCode: makeCreditCode(710_000 + fx.seq()), name: `矩阵导入企业${fx.seq()}`, townName: "狮岭镇", tier: "NONE", tags: [] } }] }) },
  "enterprises.export": { input: (fx) => ({ filter: { townId: fx.shilingTownId }, lang: "zh" }) },
  "enterpriseClaims.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "enterpriseClaims.get": { input: async (fx) => ({ id: await freshClaim(fx) }), outOfScope: ["xinhua"] },
  "enterpriseClaims.getMany": { input: async (fx) => ({ ids: [await freshClaim(fx)] }), outOfScope: ["xinhua"] },
  "enterpriseClaims.approve": { input: async (fx) => ({ id: await freshClaim(fx) }), outOfScope: ["xinhua"] },
  "enterpriseClaims.reject": { input: async (fx) => ({ id: await freshClaim(fx), note: "矩阵测试驳回" }), outOfScope: ["xinhua"] },
  "enterpriseAccount.register": { input: (fx) => ({ username: `mxreg${fx.seq()}`, password: "Matrix2026pass", creditCode: makeCreditCode(720_000 + fx.seq()), name: `矩阵注册企业${fx.seq()}`, townId: fx.shilingTownId, contactName: "矩阵", contactPhone: "13800000000" }) },
  "enterpriseAccount.mine": { input: () => undefined },

  // service catalogue (issue 4): products of the operator's node in 狮岭镇; "xinhua" and "operator-b" are outside it
  "serviceProducts.list": { input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { nodeId: fx.operatorNodeId } }), outOfScope: ["xinhua", "operator-b"] },
  "serviceProducts.get": { input: async (fx) => ({ id: await freshProduct(fx, "DRAFT") }), outOfScope: ["xinhua", "operator-b"] },
  "serviceProducts.getMany": { input: async (fx) => ({ ids: [await freshProduct(fx, "DRAFT")] }), outOfScope: ["xinhua", "operator-b"] },
  // an operator's product always goes to its own node, so "operator-b" creates one for node B
  "serviceProducts.create": { input: (fx) => ({ ...PRODUCT_FIELDS, nodeId: fx.operatorNodeId, title: `矩阵服务产品${fx.seq()}` }), outOfScope: ["xinhua"] },
  "serviceProducts.update": { input: async (fx) => ({ id: await freshProduct(fx, "DRAFT"), data: { timeLimitDays: 7 } }), outOfScope: ["xinhua", "operator-b"] },
  "serviceProducts.delete": { input: async (fx) => ({ id: await freshProduct(fx, "DRAFT") }), outOfScope: ["xinhua", "operator-b"] },
  "catalogue.submit": { input: async (fx) => ({ id: await freshProduct(fx, "DRAFT") }), outOfScope: ["xinhua", "operator-b"] },
  "catalogue.approve": { input: async (fx) => ({ id: await freshProduct(fx, "SUBMITTED") }), outOfScope: ["xinhua"] },
  "catalogue.reject": { input: async (fx) => ({ id: await freshProduct(fx, "SUBMITTED"), note: "矩阵测试退回" }), outOfScope: ["xinhua"] },
  "catalogue.withdraw": { input: async (fx) => ({ id: await freshProduct(fx, "PUBLISHED") }), outOfScope: ["xinhua", "operator-b"] },
  "catalogue.search": { input: () => ({ q: "检测", page: 1, perPage: 12 }) },
  "catalogue.product": { input: async (fx) => ({ id: await freshProduct(fx, "PUBLISHED") }) },
};


/** A fresh appeal of the demo enterprise (routed to 狮岭镇), taken through the given steps. */
async function freshAppeal(fx: TFixture, steps: ("accept" | "answer" | "confirm" | "requestInfo" | "withdraw")[] = []) {
  const enterprise = await fx.platform.as("enterprise");
  const unit = await fx.platform.as("shiling");
  const { id } = await enterprise.appeals.create({ title: `矩阵测试诉求${fx.seq()}`, description: "授权矩阵测试用的诉求内容。", categoryId: "appeal-cat-OTHER" });
  for (const step of steps) {
    if (step === "accept") await unit.appeals.accept({ id });
    if (step === "answer") await unit.appeals.answer({ id, answer: "矩阵测试答复", resolved: true });
    if (step === "requestInfo") await unit.appeals.requestInfo({ id, note: "请补充材料" });
    if (step === "confirm") await enterprise.appeals.confirm({ id, satisfaction: 5, resolved: true });
    if (step === "withdraw") await enterprise.appeals.withdraw({ id });
  }
  return id;
}
const freshCategory = async (fx: TFixture) =>
  (await fx.platform.prisma.appealCategory.create({ data: { id: `mx-cat-${fx.seq()}`, code: `MXC_${fx.seq()}`, name: "矩阵", nameEn: "M", limits: { NORMAL: { ackHours: 1, resolveDays: 1 }, URGENT: { ackHours: 1, resolveDays: 1 } } } })).id;
const freshEnterprise = async (fx: TFixture) =>
  (await fx.platform.prisma.enterprise.create({ data: { id: `mx-ent-${fx.seq()}`, creditCode: `91440114MXE${String(fx.seq()).padStart(7, "0")}`, name: `矩阵企业${fx.seq()}` } })).id;

/** A pending claim of a fresh enterprise account, filed for 狮岭镇. */
async function freshClaim(fx: TFixture) {
  const n = fx.seq();
  const template = await fx.platform.prisma.user.findUniqueOrThrow({ where: { username: "enterprise" } });
  await fx.platform.prisma.user.create({ data: { id: `mx-claimer-${n}`, username: `mx-claimer-${n}`, displayName: "矩阵认领", role: "ENTERPRISE", passwordHash: template.passwordHash } });
  return (await fx.platform.prisma.enterpriseClaim.create({ data: { id: `mx-claim-${n}`, userId: `mx-claimer-${n}`, creditCode: makeCreditCode(730_000 + n), name: `矩阵认领企业${n}`, townId: fx.shilingTownId } })).id;
}
const PRODUCT_FIELDS = { category: "TECH_SUPPORT", content: "授权矩阵测试用的服务内容说明。", processSteps: ["申请", "办理"], standard: "按时办结", feeFree: true, timeLimitDays: 5, channel: "ONLINE" } as const;
/** A product of the operator's node (狮岭镇) in the given status. */
const freshProduct = async (fx: TFixture, status: "DRAFT" | "SUBMITTED" | "PUBLISHED") =>
  (await fx.platform.prisma.serviceProduct.create({ data: { ...PRODUCT_FIELDS, processSteps: [...PRODUCT_FIELDS.processSteps], id: `mx-product-${fx.seq()}`, nodeId: fx.operatorNodeId, townId: fx.shilingTownId, title: `矩阵服务产品${fx.seq()}`, status } })).id;

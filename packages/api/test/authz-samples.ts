import { makeCreditCode, shanghaiYear } from "@qifu/domain";
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
  | "anonymous"
  | "district"
  | "shiling"
  | "xinhua"
  | "operator"
  | "operator-b"
  | "commissioner"
  | "handler"
  | "evaluator"
  | "enterprise"
  | "enterprise-b";

/** Column order of the matrix. `xinhua`, `operator-b`, `enterprise-b` are "the other town / node / enterprise". */
export const CALLERS: readonly TCallerKey[] = [
  "anonymous",
  "district",
  "shiling",
  "xinhua",
  "operator",
  "operator-b",
  "commissioner",
  "handler",
  "evaluator",
  "enterprise",
  "enterprise-b",
];

/** A valid boundary file for every town there is now: a small square around its unit's point. */
async function boundaryFile(fx: TFixture) {
  const towns = await fx.platform.prisma.town.findMany({ include: { nodes: { where: { kind: "TOWN_UNIT" }, take: 1 } } });
  const features = towns.map((t) => {
    const [lng, lat] = [t.nodes[0]?.longitude ?? 113.2, t.nodes[0]?.latitude ?? 23.4];
    const ring = [
      [lng - 0.01, lat - 0.01],
      [lng + 0.01, lat - 0.01],
      [lng + 0.01, lat + 0.01],
      [lng - 0.01, lat - 0.01],
    ];
    return { type: "Feature", properties: { code: t.code }, geometry: { type: "Polygon", coordinates: [ring] } };
  });
  return JSON.stringify({ type: "FeatureCollection", features });
}

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
  (
    await fx.platform.prisma.node.create({
      data: { id: `mx-node-${fx.seq()}`, name: `矩阵测试节点${fx.seq()}`, kind: "ASSOCIATION", townId: fx.shilingTownId },
    })
  ).id;
const freshTown = async (fx: TFixture) =>
  (
    await fx.platform.prisma.town.create({
      data: { id: `mx-town-${fx.seq()}`, code: `MXT${fx.seq()}`, name: `矩阵镇${fx.seq()}`, nameEn: "", kind: "TOWN", sortOrder: 900 },
    })
  ).id;
const freshTarget = async (fx: TFixture) =>
  (
    await fx.platform.prisma.target.create({
      data: { id: `mx-target-${fx.seq()}`, scopeKey: "DISTRICT", year: 2000 + (fx.seq() % 100), metricKey: `matrix.${fx.seq()}`, value: 1 },
    })
  ).id;

/** A plain account with the demo password that only auth.login uses. */
export const MATRIX_LOGIN = "matrix-login";

const SHILING_ROW: readonly TCallerKey[] = ["xinhua", "operator-b"];
/** Callers whose role may read appeals but whose scope does not reach the demo enterprise's. */
const APPEAL_OUTSIDE: readonly TCallerKey[] = ["xinhua", "handler", "enterprise-b"];
/** Units that may act on appeals, but not on one routed to 狮岭镇. */
const UNIT_OUTSIDE: readonly TCallerKey[] = ["xinhua", "handler"];
/** The service ledger: another town, another node, another enterprise. */
const LEDGER_OUTSIDE: readonly TCallerKey[] = ["xinhua", "operator-b", "enterprise-b"];
const LEDGER_DELIVERY = { servedOn: "2026-01-15", channel: "OFFLINE", staffName: "矩阵", summary: "授权矩阵测试服务摘要" } as const;

export const SAMPLES: Record<string, TSample> = {
  // an account of its own: auth.changePassword (sorted first) changes the demo accounts' passwords
  "auth.login": { input: () => ({ username: MATRIX_LOGIN, password: DEMO_PASSWORD }) },
  "auth.logout": { input: () => undefined },
  "auth.me": { input: () => undefined },
  "auth.changePassword": { input: (fx) => ({ currentPassword: DEMO_PASSWORD, newPassword: `Matrix${fx.seq()}pass` }) },

  "todo.counts": { input: () => undefined },
  "permissions.callable": { input: () => ({ paths: ["ledger.stats", "policyFigures.stats"] }) },
  "auditLogs.list": { input: () => ({ pagination: { page: 1, perPage: 5 }, filter: { resource: "node" } }) },
  "auditLogs.get": { input: () => ({ id: "1" }) },
  "auditLogs.getMany": { input: () => ({ ids: ["1", "2"] }) },
  "auditLogs.resources": { input: () => undefined },
  "auditLogs.actors": { input: () => undefined },
  "auditLogs.export": { input: () => ({ filter: { resource: "node" }, lang: "zh" }) },

  "nodes.list": { input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { townId: fx.shilingTownId } }), outOfScope: SHILING_ROW },
  "nodes.get": { input: (fx) => ({ id: fx.operatorNodeId }), outOfScope: SHILING_ROW },
  "nodes.getMany": { input: (fx) => ({ ids: [fx.operatorNodeId] }), outOfScope: SHILING_ROW },
  "nodes.create": {
    input: (fx) => ({ name: `矩阵新建节点${fx.seq()}`, kind: "ASSOCIATION", townId: fx.shilingTownId }),
    outOfScope: ["xinhua"],
  },
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
  "network.townMap": { input: () => ({ year: 2026 }) },
  "network.townProfile": { input: (fx) => ({ townId: fx.shilingTownId, year: 2026 }) },
  "network.uploadBoundaries": { input: async (fx) => ({ fileName: "matrix.geojson", geojson: await boundaryFile(fx) }) },
  "network.clearBoundaries": { input: () => undefined },
  "network.tree": { input: () => undefined },
  "network.overview": { input: () => undefined },
  "network.directory": { input: () => ({ q: "皮具", page: 1, perPage: 12 }) },
  "network.publicNode": { input: (fx) => ({ id: fx.operatorNodeId }) },
  "network.publicTowns": { input: () => undefined },

  // 暖企专员 (appeals): each workflow sample gets a fresh appeal of the demo enterprise, routed to 狮岭镇
  // the handler's department co-handles some of these appeals (appeals.addCoUnit runs first), so it may list them
  "appeals.list": {
    input: () => ({ pagination: { page: 1, perPage: 5 }, filter: { enterpriseId: "seed-enterprise-1" } }),
    outOfScope: ["xinhua", "enterprise-b"],
  },
  "appeals.get": { input: async (fx) => ({ id: await freshAppeal(fx) }), outOfScope: APPEAL_OUTSIDE },
  "appeals.getMany": { input: async (fx) => ({ ids: [await freshAppeal(fx)] }), outOfScope: APPEAL_OUTSIDE },
  "appeals.units": { input: () => undefined },
  "appeals.overview": { input: () => ({ year: 2026 }) },
  "appeals.export": { input: () => ({ filter: { enterpriseId: "seed-enterprise-1" }, lang: "zh" }) },
  "appeals.create": {
    input: () => ({
      title: "矩阵测试诉求",
      description: "授权矩阵测试：代录或自行提交。",
      categoryId: "appeal-cat-OTHER",
      enterpriseId: "seed-enterprise-1",
    }),
    outOfScope: ["enterprise-b"],
  },
  "appeals.accept": { input: async (fx) => ({ id: await freshAppeal(fx) }), outOfScope: UNIT_OUTSIDE },
  "appeals.start": { input: async (fx) => ({ id: await freshAppeal(fx, ["accept"]) }), outOfScope: UNIT_OUTSIDE },
  "appeals.sendBack": { input: async (fx) => ({ id: await freshAppeal(fx), reason: "矩阵测试退回理由" }), outOfScope: UNIT_OUTSIDE },
  "appeals.requestInfo": { input: async (fx) => ({ id: await freshAppeal(fx, ["accept"]), note: "请补充材料" }), outOfScope: UNIT_OUTSIDE },
  "appeals.answer": {
    input: async (fx) => ({ id: await freshAppeal(fx, ["accept"]), answer: "矩阵测试答复", resolved: true }),
    outOfScope: UNIT_OUTSIDE,
  },
  "appeals.close": { input: async (fx) => ({ id: await freshAppeal(fx, ["accept", "answer", "confirm"]) }), outOfScope: UNIT_OUTSIDE },
  "appeals.returnVisit": {
    input: async (fx) => ({ id: await freshAppeal(fx, ["accept", "answer"]), satisfaction: 4, resolved: true }),
    outOfScope: UNIT_OUTSIDE,
  },
  "appeals.callbackDone": {
    input: async (fx) => ({ id: await freshAppeal(fx, ["withdraw"]), note: "电话回访确认" }),
    outOfScope: UNIT_OUTSIDE,
  },
  "appeals.supplement": {
    input: async (fx) => ({ id: await freshAppeal(fx, ["accept", "requestInfo"]), note: "已补充材料" }),
    outOfScope: ["enterprise-b"],
  },
  "appeals.confirm": {
    input: async (fx) => ({ id: await freshAppeal(fx, ["accept", "answer"]), satisfaction: 5, resolved: true }),
    outOfScope: ["enterprise-b"],
  },
  "appeals.reopen": {
    input: async (fx) => ({ id: await freshAppeal(fx, ["accept", "answer"]), reason: "不满意，请重新办理" }),
    outOfScope: ["enterprise-b"],
  },
  "appeals.withdraw": { input: async (fx) => ({ id: await freshAppeal(fx) }), outOfScope: ["enterprise-b"] },
  "appeals.reassign": { input: async (fx) => ({ id: await freshAppeal(fx), unit: { kind: "DEPARTMENT", id: "seed-dept-COMMERCE" } }) },
  "appeals.supervise": { input: async (fx) => ({ id: await freshAppeal(fx), level: "YELLOW", note: "矩阵测试督办" }) },
  "appeals.addCoUnit": {
    input: async (fx) => ({ id: await freshAppeal(fx), unit: { kind: "DEPARTMENT", id: "seed-dept-COMMERCE" } }),
    outOfScope: UNIT_OUTSIDE,
  },
  "appeals.addNote": { input: async (fx) => ({ id: await freshAppeal(fx), note: "矩阵测试备注" }), outOfScope: UNIT_OUTSIDE },
  "appeals.flagHardBone": { input: async (fx) => ({ id: await freshAppeal(fx), note: "矩阵测试硬骨头" }) },
  "notifications.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "notifications.unreadCount": { input: () => undefined },
  "notifications.markRead": { input: () => ({ ids: ["mx-no-such-notification"] }) },
  "notifications.markAllRead": { input: () => undefined },
  "open311Keys.list": { input: () => undefined },
  "open311Keys.create": { input: (fx) => ({ name: `矩阵热线${fx.seq()}` }) },
  "open311Keys.revoke": {
    input: async (fx) => ({
      id: (
        await fx.platform.prisma.open311Key.create({
          data: { id: `mx-o311-${fx.seq()}`, name: "矩阵", keyHash: `mx-hash-${fx.seq()}`, hint: "mx" },
        })
      ).id,
    }),
  },
  "visitLogs.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "visitLogs.get": { input: async (fx) => ({ id: await freshVisitLog(fx) }) },
  "visitLogs.getMany": { input: async (fx) => ({ ids: [await freshVisitLog(fx)] }) },
  "visitLogs.create": {
    input: () => ({
      enterpriseId: "seed-enterprise-1",
      visitedOn: "2026-03-06",
      peopleMet: "矩阵测试人员",
      issues: [{ text: "矩阵测试问题" }],
    }),
  },
  "visitLogs.update": { input: async (fx) => ({ id: await freshVisitLog(fx), data: { summary: "矩阵更新" } }) },
  "visitLogs.delete": { input: async (fx) => ({ id: await freshVisitLog(fx) }) },
  "visitLogs.issueToAppeal": { input: async (fx) => ({ issueId: `${await freshVisitLog(fx)}-issue`, categoryId: "appeal-cat-OTHER" }) },
  "visitLogs.commissioners": { input: () => undefined },
  "assessmentWeights.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "assessmentWeights.get": { input: async (fx) => ({ id: await freshWeights(fx) }) },
  "assessmentWeights.getMany": { input: async (fx) => ({ ids: [await freshWeights(fx)] }) },
  "assessmentWeights.create": {
    input: (fx) => ({
      period: `${2100 + (fx.seq() % 800)}`,
      responseTime: 0.2,
      onTime: 0.2,
      resolution: 0.2,
      satisfaction: 0.2,
      reopen: 0.2,
      bonus: 1,
      hardBonePoints: 5,
      responseZeroHours: 16,
    }),
  },
  "assessmentWeights.update": { input: async (fx) => ({ id: await freshWeights(fx), data: { bonus: 2 } }) },
  "assessmentWeights.delete": { input: async (fx) => ({ id: await freshWeights(fx) }) },
  "appealAssessment.ranking": { input: () => ({ period: "2026" }) },

  "calendar.nextYearCheck": { input: () => undefined },
  "calendar.list": { input: () => ({ pagination: { page: 1, perPage: 5 }, filter: { year: 2026 } }) },
  "calendar.get": { input: () => ({ id: "cal-2026-10-01" }) },
  "calendar.getMany": { input: () => ({ ids: ["cal-2026-10-01"] }) },
  "calendar.create": {
    input: (fx) => ({ date: `2099-01-${String((fx.seq() % 28) + 1).padStart(2, "0")}`, kind: "HOLIDAY", name: "矩阵测试" }),
  },
  "calendar.update": { input: () => ({ id: "cal-2026-10-01", data: { name: "国庆节" } }) },
  "calendar.delete": {
    input: async (fx) => ({
      id: (
        await fx.platform.prisma.calendarDay.create({
          data: {
            id: `mx-cal-${fx.seq()}`,
            date: `2098-02-${String((fx.seq() % 28) + 1).padStart(2, "0")}`,
            kind: "HOLIDAY",
            name: "矩阵",
          },
        })
      ).id,
    }),
  },

  "appealCategories.list": { input: () => ({ pagination: { page: 1, perPage: 20 } }) },
  "appealCategories.get": { input: () => ({ id: "appeal-cat-OTHER" }) },
  "appealCategories.getMany": { input: () => ({ ids: ["appeal-cat-OTHER"] }) },
  "appealCategories.create": {
    input: (fx) => ({
      code: `MX_${fx.seq()}`,
      name: "矩阵类别",
      nameEn: "Matrix",
      limits: { NORMAL: { ackHours: 7, resolveDays: 5 }, URGENT: { ackHours: 2, resolveDays: 3 } },
    }),
  },
  "appealCategories.update": { input: () => ({ id: "appeal-cat-OTHER", data: { sortOrder: 90 } }) },
  "appealCategories.delete": {
    input: async (fx) => ({
      id: (
        await fx.platform.prisma.appealCategory.create({
          data: {
            id: `mx-cat-${fx.seq()}`,
            code: `MXD_${fx.seq()}`,
            name: "矩阵",
            nameEn: "M",
            limits: { NORMAL: { ackHours: 1, resolveDays: 1 }, URGENT: { ackHours: 1, resolveDays: 1 } },
          },
        })
      ).id,
    }),
  },

  "appealRoutes.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "appealRoutes.get": { input: () => ({ id: "appeal-route-default" }) },
  "appealRoutes.getMany": { input: () => ({ ids: ["appeal-route-default"] }) },
  "appealRoutes.create": {
    input: async (fx) => ({ categoryId: await freshCategory(fx), unitKind: "DEPARTMENT", unitDepartmentId: "seed-dept-COMMERCE" }),
  },
  "appealRoutes.update": { input: () => ({ id: "appeal-route-default", data: { note: "默认：区科技工业信息化局统筹" } }) },
  "appealRoutes.delete": {
    input: async (fx) => ({
      id: (
        await fx.platform.prisma.appealRoute.create({
          data: {
            id: `mx-route-${fx.seq()}`,
            categoryId: await freshCategory(fx),
            unitKind: "DEPARTMENT",
            unitDepartmentId: "seed-dept-STI",
          },
        })
      ).id,
    }),
  },

  "commissionerAssignments.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "commissionerAssignments.get": { input: () => ({ id: "assign-seed-enterprise-1" }) },
  "commissionerAssignments.getMany": { input: () => ({ ids: ["assign-seed-enterprise-1"] }) },
  "commissionerAssignments.create": {
    input: async (fx) => ({ commissionerId: "seed-user-commissioner", enterpriseId: await freshEnterprise(fx) }),
  },
  "commissionerAssignments.update": {
    input: () => ({ id: "assign-seed-enterprise-1", data: { commissionerId: "seed-user-commissioner" } }),
  },
  "commissionerAssignments.delete": {
    input: async (fx) => ({
      id: (
        await fx.platform.prisma.commissionerAssignment.create({
          data: { id: `mx-assign-${fx.seq()}`, commissionerId: "seed-user-commissioner", enterpriseId: await freshEnterprise(fx) },
        })
      ).id,
    }),
  },

  // enterprise registry (issue 4): the demo enterprise of 狮岭镇; "xinhua" and "enterprise-b" are outside it
  "enterprises.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { townId: fx.shilingTownId } }),
    outOfScope: ["xinhua", "enterprise-b"],
  },
  "enterprises.get": { input: () => ({ id: "seed-enterprise-1" }), outOfScope: ["xinhua", "enterprise-b"] },
  "enterprises.getMany": { input: () => ({ ids: ["seed-enterprise-1"] }), outOfScope: ["xinhua", "enterprise-b"] },
  "enterprises.create": {
    input: (fx) => ({ creditCode: makeCreditCode(700_000 + fx.seq()), name: `矩阵登记企业${fx.seq()}`, townId: fx.shilingTownId }),
    outOfScope: ["xinhua"],
  },
  "enterprises.update": {
    input: () => ({ id: "seed-enterprise-1", data: { contactName: "矩阵联系人" } }),
    outOfScope: ["xinhua", "enterprise-b"],
  },
  "enterprises.confirmFigures": { input: () => ({ id: "seed-enterprise-1" }), outOfScope: ["xinhua"] },
  "enterprises.delete": { input: async (fx) => ({ id: await freshEnterprise(fx) }) },
  "enterprises.importTemplate": { input: () => ({ lang: "zh" }) },
  "enterprises.importCheck": {
    input: async () => ({
      fileBase64: (await writeWorkbook("企业", [{ header: "统一社会信用代码" }, { header: "企业名称" }], [])).toString("base64"),
    }),
  },
  "enterprises.importCommit": {
    input: (fx) => ({
      rows: [
        {
          row: 2,
          data: {
            creditCode: makeCreditCode(710_000 + fx.seq()),
            name: `矩阵导入企业${fx.seq()}`,
            townName: "狮岭镇",
            tier: "NONE",
            tags: [],
          },
        },
      ],
    }),
  },
  "enterprises.export": { input: (fx) => ({ filter: { townId: fx.shilingTownId }, lang: "zh" }) },
  "enterpriseClaims.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "enterpriseClaims.get": { input: async (fx) => ({ id: await freshClaim(fx) }), outOfScope: ["xinhua"] },
  "enterpriseClaims.getMany": { input: async (fx) => ({ ids: [await freshClaim(fx)] }), outOfScope: ["xinhua"] },
  "enterpriseClaims.approve": { input: async (fx) => ({ id: await freshClaim(fx) }), outOfScope: ["xinhua"] },
  "enterpriseClaims.reject": { input: async (fx) => ({ id: await freshClaim(fx), note: "矩阵测试驳回" }), outOfScope: ["xinhua"] },
  "enterpriseAccount.register": {
    input: (fx) => ({
      username: `mxreg${fx.seq()}`,
      password: "Matrix2026pass",
      creditCode: makeCreditCode(720_000 + fx.seq()),
      name: `矩阵注册企业${fx.seq()}`,
      townId: fx.shilingTownId,
      contactName: "矩阵",
      contactPhone: "13800000000",
    }),
  },
  "enterpriseAccount.mine": { input: () => undefined },

  // service catalogue (issue 4): products of the operator's node in 狮岭镇; "xinhua" and "operator-b" are outside it
  "serviceProducts.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { nodeId: fx.operatorNodeId } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "serviceProducts.get": { input: async (fx) => ({ id: await freshProduct(fx, "DRAFT") }), outOfScope: ["xinhua", "operator-b"] },
  "serviceProducts.getMany": { input: async (fx) => ({ ids: [await freshProduct(fx, "DRAFT")] }), outOfScope: ["xinhua", "operator-b"] },
  // an operator's product always goes to its own node, so "operator-b" creates one for node B
  "serviceProducts.create": {
    input: (fx) => ({ ...PRODUCT_FIELDS, nodeId: fx.operatorNodeId, title: `矩阵服务产品${fx.seq()}` }),
    outOfScope: ["xinhua"],
  },
  "serviceProducts.update": {
    input: async (fx) => ({ id: await freshProduct(fx, "DRAFT"), data: { timeLimitDays: 7 } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "serviceProducts.delete": { input: async (fx) => ({ id: await freshProduct(fx, "DRAFT") }), outOfScope: ["xinhua", "operator-b"] },
  "catalogue.submit": { input: async (fx) => ({ id: await freshProduct(fx, "DRAFT") }), outOfScope: ["xinhua", "operator-b"] },
  "catalogue.approve": { input: async (fx) => ({ id: await freshProduct(fx, "SUBMITTED") }), outOfScope: ["xinhua"] },
  "catalogue.reject": { input: async (fx) => ({ id: await freshProduct(fx, "SUBMITTED"), note: "矩阵测试退回" }), outOfScope: ["xinhua"] },
  "catalogue.withdraw": { input: async (fx) => ({ id: await freshProduct(fx, "PUBLISHED") }), outOfScope: ["xinhua", "operator-b"] },
  "catalogue.search": { input: () => ({ q: "检测", page: 1, perPage: 12 }) },
  "catalogue.product": { input: async (fx) => ({ id: await freshProduct(fx, "PUBLISHED") }) },
  // the matching kit: an enterprise's own recommendations (no input names another); a product's enterprises within the product's scope
  "catalogue.recommendForMe": { input: () => undefined },
  "catalogue.matchingEnterprises": {
    input: async (fx) => ({ productId: await freshProduct(fx, "PUBLISHED") }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "site.search": { input: () => ({ q: "法律" }) },

  // service ledger (issue 4): requests, records, complaints of the demo enterprise at the operator's node (狮岭镇);
  // "xinhua", "operator-b" (another town / node) and "enterprise-b" (another enterprise) are outside
  "serviceRequests.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { nodeId: fx.operatorNodeId } }),
    outOfScope: SHILING_ROW,
  },
  "serviceRequests.get": { input: async (fx) => ({ id: await freshRequest(fx, "PENDING") }), outOfScope: LEDGER_OUTSIDE },
  "serviceRequests.getMany": { input: async (fx) => ({ ids: [await freshRequest(fx, "PENDING")] }), outOfScope: LEDGER_OUTSIDE },
  "serviceRequests.create": {
    input: async (fx) => ({ productId: await freshProduct(fx, "PUBLISHED"), channel: "ONLINE", note: "授权矩阵测试申请" }),
  },
  "serviceRequests.accept": { input: async (fx) => ({ id: await freshRequest(fx, "PENDING") }), outOfScope: SHILING_ROW },
  "serviceRequests.decline": {
    input: async (fx) => ({ id: await freshRequest(fx, "PENDING"), reason: "矩阵测试拒绝" }),
    outOfScope: SHILING_ROW,
  },
  "serviceRequests.deliver": {
    input: async (fx) => ({ id: await freshRequest(fx, "ACCEPTED"), ...LEDGER_DELIVERY }),
    outOfScope: SHILING_ROW,
  },
  "serviceRequests.cancel": { input: async (fx) => ({ id: await freshRequest(fx, "PENDING") }), outOfScope: ["enterprise-b"] },
  "serviceRequests.detail": { input: async (fx) => ({ id: await freshRequest(fx, "PENDING") }), outOfScope: LEDGER_OUTSIDE },
  "ledgerRecords.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { nodeId: fx.operatorNodeId } }),
    outOfScope: LEDGER_OUTSIDE,
  },
  "ledgerRecords.get": { input: async (fx) => ({ id: await freshRecord(fx) }), outOfScope: LEDGER_OUTSIDE },
  "ledgerRecords.getMany": { input: async (fx) => ({ ids: [await freshRecord(fx)] }), outOfScope: LEDGER_OUTSIDE },
  "ledgerRecords.detail": { input: async (fx) => ({ id: await freshRecord(fx) }), outOfScope: LEDGER_OUTSIDE },
  "ledgerRecords.create": {
    input: (fx) => ({ enterpriseId: "seed-enterprise-1", nodeId: fx.operatorNodeId, category: "TECH_SUPPORT", ...LEDGER_DELIVERY }),
    outOfScope: SHILING_ROW,
  },
  "ledgerRecords.update": {
    input: async (fx) => ({ id: await freshRecord(fx), data: { summary: "矩阵测试修改摘要" } }),
    outOfScope: SHILING_ROW,
  },
  "ledgerRecords.delete": { input: async (fx) => ({ id: await freshRecord(fx) }), outOfScope: SHILING_ROW },
  "ledgerRecords.rate": { input: async (fx) => ({ id: await freshRecord(fx), score: 5 }), outOfScope: ["enterprise-b"] },
  "ledgerRecords.returnVisits": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "ledgerRecords.visit": {
    input: async (fx) => ({ id: await freshRecord(fx), outcome: "NO_ANSWER", note: "矩阵测试回访" }),
    outOfScope: ["xinhua"],
  },
  "ledgerRecords.enterpriseOptions": { input: () => ({ q: "狮岭" }) },
  "ledgerRecords.importTemplate": { input: () => ({ lang: "zh" }) },
  "ledgerRecords.importCheck": {
    input: async () => ({
      fileBase64: (
        await writeWorkbook("台账", [{ header: "统一社会信用代码" }, { header: "服务类别" }], [["91440114MX0000001", "法律咨询"]])
      ).toString("base64"),
    }),
  },
  "ledgerRecords.importCommit": {
    input: async (fx) => ({
      rows: [
        {
          row: 2,
          data: {
            creditCode: (await fx.platform.prisma.enterprise.findUniqueOrThrow({ where: { id: "seed-enterprise-1" } })).creditCode,
            category: "LEGAL",
            ...LEDGER_DELIVERY,
          },
        },
      ],
    }),
  },
  "ledgerRecords.export": { input: () => ({ filter: { year: 2026 }, lang: "zh" }) },
  "serviceComplaints.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { nodeId: fx.operatorNodeId } }),
    outOfScope: SHILING_ROW,
  },
  "serviceComplaints.get": { input: async (fx) => ({ id: await freshComplaint(fx, "FILED") }), outOfScope: LEDGER_OUTSIDE },
  "serviceComplaints.getMany": { input: async (fx) => ({ ids: [await freshComplaint(fx, "FILED")] }), outOfScope: LEDGER_OUTSIDE },
  "serviceComplaints.create": {
    input: (fx) => ({ nodeId: fx.operatorNodeId, subject: "矩阵测试投诉", content: "授权矩阵测试用的投诉内容。" }),
  },
  "serviceComplaints.handle": { input: async (fx) => ({ id: await freshComplaint(fx, "FILED") }), outOfScope: ["xinhua"] },
  "serviceComplaints.answer": {
    input: async (fx) => ({ id: await freshComplaint(fx, "HANDLING"), answer: "矩阵测试答复" }),
    outOfScope: ["xinhua"],
  },
  "serviceComplaints.close": {
    input: async (fx) => ({ id: await freshComplaint(fx, "ANSWERED") }),
    outOfScope: ["xinhua", "enterprise-b"],
  },
  "serviceComplaints.accept": { input: async (fx) => ({ id: await freshComplaint(fx, "ANSWERED") }), outOfScope: ["enterprise-b"] },
  "serviceComplaints.reopen": {
    input: async (fx) => ({ id: await freshComplaint(fx, "ANSWERED"), reason: "矩阵测试：答复不满意" }),
    outOfScope: ["enterprise-b"],
  },
  "serviceComplaints.settings": { input: () => undefined },
  "serviceComplaints.setSettings": { input: () => ({ complaintLimitDays: 10 }) },
  "ledger.stats": { input: () => ({ year: 2026 }) },

  // 中小企业服务站 (generated by `pnpm gen:feature service-stations`): rows in 狮岭镇 run by the operator's node; "xinhua" and "operator-b" are outside
  "serviceStations.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { townId: fx.shilingTownId } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "serviceStations.get": { input: async (fx) => ({ id: await freshServiceStation(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "serviceStations.getMany": { input: async (fx) => ({ ids: [await freshServiceStation(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "serviceStations.create": {
    input: (fx) => ({
      ...STATION_FIELDS,
      serviceCategories: [...STATION_FIELDS.serviceCategories],
      name: `矩阵中小企业服务站${fx.seq()}`,
      townId: fx.shilingTownId,
      operatorNodeId: fx.operatorNodeId,
    }),
    outOfScope: ["xinhua"],
  },
  "serviceStations.update": {
    input: async (fx) => ({ id: await freshServiceStation(fx), data: { description: "矩阵测试" } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "serviceStations.delete": { input: async (fx) => ({ id: await freshServiceStation(fx) }) },
  "serviceStations.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "serviceStations.publicGet": { input: async (fx) => ({ id: await freshServiceStation(fx) }) },
  "serviceStations.stats": { input: () => undefined },

  // 专精特新产业园 (generated by `pnpm gen:feature specialized-parks`): rows in 狮岭镇 run by the operator's node; "xinhua" and "operator-b" are outside
  "specializedParks.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { townId: fx.shilingTownId } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "specializedParks.get": { input: async (fx) => ({ id: await freshSpecializedPark(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "specializedParks.getMany": { input: async (fx) => ({ ids: [await freshSpecializedPark(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "specializedParks.create": {
    input: (fx) => ({ ...PARK_FIELDS, name: `矩阵专精特新产业园${fx.seq()}`, townId: fx.shilingTownId, operatorNodeId: fx.operatorNodeId }),
    outOfScope: ["xinhua"],
  },
  "specializedParks.update": {
    input: async (fx) => ({ id: await freshSpecializedPark(fx), data: { description: "矩阵测试" } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "specializedParks.delete": { input: async (fx) => ({ id: await freshSpecializedPark(fx) }) },
  "specializedParks.residents": { input: async (fx) => ({ parkId: await freshSpecializedPark(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "specializedParks.addResident": {
    input: async (fx) => ({ parkId: await freshSpecializedPark(fx), enterpriseId: "seed-enterprise-1" }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "specializedParks.removeResident": { input: async (fx) => ({ id: await freshParkResident(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "specializedParks.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "specializedParks.publicGet": { input: async (fx) => ({ id: await freshSpecializedPark(fx) }) },
  "specializedParks.stats": { input: () => undefined },

  // innovation-bases: bases in 狮岭镇 run by the operator's node; "xinhua" and "operator-b" are outside
  "innovationBases.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { townId: fx.shilingTownId } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "innovationBases.get": { input: async (fx) => ({ id: await freshInnovationBase(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "innovationBases.getMany": { input: async (fx) => ({ ids: [await freshInnovationBase(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "innovationBases.create": {
    input: (fx) => ({
      name: `矩阵孵化器${fx.seq()}`,
      kind: "INCUBATOR",
      townId: fx.shilingTownId,
      operatorNodeId: fx.operatorNodeId,
      operatorName: "矩阵运营公司",
      floorAreaTotal: 1000,
      floorAreaAvailable: 200,
    }),
    outOfScope: ["xinhua"],
  },
  "innovationBases.update": {
    input: async (fx) => ({ id: await freshInnovationBase(fx), data: { description: "矩阵测试" } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "innovationBases.delete": { input: async (fx) => ({ id: await freshInnovationBase(fx) }) },
  "innovationBases.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "innovationBases.publicGet": { input: async (fx) => ({ id: await freshInnovationBase(fx) }) },
  "innovationBases.figures": { input: async (fx) => ({ id: await freshInnovationBase(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "innovationBases.stats": { input: () => undefined },
  "innovationBaseResidents.list": {
    input: async (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { baseId: await freshInnovationBase(fx) } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "innovationBaseResidents.get": { input: async (fx) => ({ id: await freshResident(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "innovationBaseResidents.getMany": { input: async (fx) => ({ ids: [await freshResident(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "innovationBaseResidents.create": {
    input: async (fx) => ({ baseId: await freshInnovationBase(fx), enterpriseId: "seed-enterprise-1", movedInOn: "2025-03-01" }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "innovationBaseResidents.update": {
    input: async (fx) => ({ id: await freshResident(fx), data: { note: "矩阵测试" } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "innovationBaseResidents.delete": { input: async (fx) => ({ id: await freshResident(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "innovationBaseFinancings.list": {
    input: async (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { residentId: await freshResident(fx) } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "innovationBaseFinancings.get": { input: async (fx) => ({ id: await freshFinancing(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "innovationBaseFinancings.getMany": { input: async (fx) => ({ ids: [await freshFinancing(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "innovationBaseFinancings.create": {
    input: async (fx) => ({
      residentId: await freshResident(fx),
      kind: "EQUITY",
      amountFen: 100_000_000,
      investor: "矩阵投资基金",
      receivedOn: "2025-06-01",
    }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "innovationBaseFinancings.update": {
    input: async (fx) => ({ id: await freshFinancing(fx), data: { note: "矩阵测试" } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "innovationBaseFinancings.delete": { input: async (fx) => ({ id: await freshFinancing(fx) }), outOfScope: ["xinhua", "operator-b"] },

  // industrial-clusters: clusters in 狮岭镇 run by the operator's node; "xinhua" and "operator-b" are outside
  "industrialClusters.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { townId: fx.shilingTownId } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "industrialClusters.get": { input: async (fx) => ({ id: await freshIndustrialCluster(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "industrialClusters.getMany": {
    input: async (fx) => ({ ids: [await freshIndustrialCluster(fx)] }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "industrialClusters.create": {
    input: (fx) => ({
      name: `矩阵产业集群${fx.seq()}`,
      chain: "LEATHER",
      townId: fx.shilingTownId,
      operatorNodeId: fx.operatorNodeId,
      leadUnit: "矩阵牵头单位",
      links: [{ segment: "UPSTREAM", name: "皮革" }],
    }),
    outOfScope: ["xinhua"],
  },
  "industrialClusters.update": {
    input: async (fx) => ({ id: await freshIndustrialCluster(fx), data: { description: "矩阵测试" } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "industrialClusters.delete": { input: async (fx) => ({ id: await freshIndustrialCluster(fx) }) },
  "industrialClusters.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "industrialClusters.publicGet": { input: async (fx) => ({ id: await freshIndustrialCluster(fx) }) },
  "industrialClusters.stats": { input: () => undefined },
  "industrialClusterMembers.list": {
    input: async (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { clusterId: await freshIndustrialCluster(fx) } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "industrialClusterMembers.get": { input: async (fx) => ({ id: await freshMember(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "industrialClusterMembers.getMany": { input: async (fx) => ({ ids: [await freshMember(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "industrialClusterMembers.create": {
    input: async (fx) => ({
      clusterId: await freshIndustrialCluster(fx),
      enterpriseId: "seed-enterprise-1",
      role: "CORE",
      linkKeys: ["mx-link-1"],
    }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "industrialClusterMembers.update": {
    input: async (fx) => ({ id: await freshMember(fx), data: { role: "LEADER" } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "industrialClusterMembers.delete": { input: async (fx) => ({ id: await freshMember(fx) }), outOfScope: ["xinhua", "operator-b"] },

  // 月度监测: reports of the operator's node (狮岭镇); "xinhua" and "operator-b" are outside. Months are unique per sample (one report per node and month).
  "monthlyReports.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { nodeId: fx.operatorNodeId } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "monthlyReports.get": { input: async (fx) => ({ id: await freshReport(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "monthlyReports.getMany": { input: async (fx) => ({ ids: [await freshReport(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "monthlyReports.create": {
    input: (fx) => ({ nodeId: fx.operatorNodeId, month: sampleMonth(fx), values: SAMPLE_REPORT_VALUES }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "monthlyReports.update": {
    input: async (fx) => ({ id: await freshReport(fx), data: { values: SAMPLE_REPORT_VALUES } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "monthlyReports.delete": { input: async (fx) => ({ id: await freshReport(fx) }) },
  "monitoring.subjects": { input: () => undefined },
  "monitoring.draft": { input: (fx) => ({ nodeId: fx.operatorNodeId, month: "2026-01" }), outOfScope: ["xinhua", "operator-b"] },
  "monitoring.matrix": { input: () => ({ year: 2026 }) },
  "monitoring.matrixExport": { input: () => ({ filter: { year: 2026 } }) },
  "monthlyReportsOwed.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "monitoring.trends": { input: () => ({ year: 2026, by: "town" }) },
  // 专家库: the district admin manages the pool; an evaluator reads only their own entry (a fresh one is not theirs)
  "experts.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "experts.get": { input: async (fx) => ({ id: await freshExpert(fx) }), outOfScope: ["evaluator"] },
  "experts.getMany": { input: async (fx) => ({ ids: [await freshExpert(fx)] }), outOfScope: ["evaluator"] },
  "experts.create": { input: (fx) => ({ name: `矩阵专家${fx.seq()}`, field: "企业服务评价" }) },
  "experts.update": { input: async (fx) => ({ id: await freshExpert(fx), data: { description: "矩阵测试" } }) },
  "experts.delete": { input: async (fx) => ({ id: await freshExpert(fx) }) },
  "experts.evaluatorAccounts": { input: () => undefined },
  "experts.export": { input: () => ({}) },

  // 评价考核: schemes (staff read, the district writes), rounds (the district runs them; a town reads its subjects, an evaluator the
  // ones assigned; a round of 狮岭镇 is outside 新华街 and the nodes), the experts' tasks, the public rankings
  "evaluationSchemes.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "evaluationSchemes.get": { input: async (fx) => ({ id: await freshEvaluationScheme(fx) }) },
  "evaluationSchemes.getMany": { input: async (fx) => ({ ids: [await freshEvaluationScheme(fx)] }) },
  "evaluationSchemes.create": { input: (fx) => ({ name: `矩阵评价方案${fx.seq()}`, subjectKind: "TOWN", definition: MATRIX_DEFINITION }) },
  "evaluationSchemes.update": { input: async (fx) => ({ id: await freshEvaluationScheme(fx), data: { description: "矩阵测试" } }) },
  "evaluationSchemes.delete": { input: async (fx) => ({ id: await freshEvaluationScheme(fx) }) },
  "evaluationSchemes.metrics": { input: () => undefined },
  "evaluationSchemes.export": { input: () => ({}) },
  "evaluationRounds.exportResults": {
    input: async (fx) => ({ id: (await freshEvaluationRound(fx, "PUBLISHED")).roundId }),
    outOfScope: ["xinhua", "operator", "operator-b"],
  },
  "evaluationRounds.exportPdf": {
    input: async (fx) => ({ id: (await freshEvaluationRound(fx, "PUBLISHED")).roundId }),
    outOfScope: ["xinhua", "operator", "operator-b"],
  },
  "evaluationRounds.list": { input: () => ({}) },
  "evaluationRounds.get": {
    input: async (fx) => ({ id: (await freshEvaluationRound(fx)).roundId }),
    outOfScope: ["xinhua", "operator", "operator-b"],
  },
  "evaluationRounds.open": {
    input: async (fx) => ({
      schemeId: await freshEvaluationScheme(fx),
      name: `矩阵轮次${fx.seq()}`,
      periodKind: "YEAR",
      year: 2026,
      subjectRefIds: [fx.shilingTownId],
      expertIds: [],
    }),
  },
  "evaluationRounds.assign": {
    input: async (fx) => ({ subjectId: (await freshEvaluationRound(fx)).subjectId, expertId: "seed-expert-2" }),
  },
  "evaluationRounds.subjectChoices": { input: async (fx) => ({ schemeId: await freshEvaluationScheme(fx) }) },
  "evaluationRounds.expertChoices": { input: () => undefined },
  "evaluationRounds.missing": { input: async (fx) => ({ id: (await freshEvaluationRound(fx)).roundId }) },
  "evaluationRounds.close": { input: async (fx) => ({ roundId: (await freshEvaluationRound(fx, "OPEN", false)).roundId }) },
  "evaluationRounds.publish": { input: async (fx) => ({ id: (await freshEvaluationRound(fx, "CLOSED")).roundId }) },
  "evaluationRounds.correct": {
    input: async (fx) => ({
      subjectId: (await freshEvaluationRound(fx, "PUBLISHED")).subjectId,
      indicatorKey: "work",
      share: 1,
      reason: "矩阵更正测试",
    }),
  },
  "evaluationTasks.list": { input: () => ({}) },
  "evaluationTasks.score": {
    input: async (fx) => ({ subjectId: (await freshEvaluationRound(fx)).subjectId, indicatorKey: "work", score: 8, comment: "矩阵评分" }),
  },
  "evaluationTasks.submitEvidence": {
    input: async (fx) => ({ subjectId: (await freshEvaluationRound(fx)).subjectId, indicatorKey: "work", note: "矩阵材料" }),
    outOfScope: ["xinhua", "operator", "operator-b"],
  },
  "evaluationResults.rounds": { input: () => undefined },
  "evaluationResults.ranking": { input: () => ({}) },

  // 融资促进: rows of seed-enterprise-1 (狮岭镇) sent to the operator's node; "xinhua", "operator-b", "enterprise-b" are outside
  "financingProducts.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "financingProducts.get": { input: async (fx) => ({ id: await freshFinProduct(fx) }), outOfScope: ["operator-b"] },
  "financingProducts.getMany": { input: async (fx) => ({ ids: [await freshFinProduct(fx)] }), outOfScope: ["operator-b"] },
  "financingProducts.create": {
    input: (fx) => ({
      nodeId: "seed-node-XINHUA-3",
      name: `矩阵金融产品${fx.seq()}`,
      kind: "LOAN",
      rateMinBp: 300,
      rateMaxBp: 400,
      amountMinFen: 100_000_000,
      amountMaxFen: 500_000_000,
      termMonthsMax: 12,
      guaranteeForm: "CREDIT",
    }),
    // the bank's product: a non-bank operator may not create it (refused, nothing written)
    outOfScope: ["operator", "operator-b"],
  },
  "financingProducts.update": {
    input: async (fx) => ({ id: await freshFinProduct(fx), data: { description: "矩阵测试" } }),
    outOfScope: ["operator-b"],
  },
  "financingProducts.delete": { input: async (fx) => ({ id: await freshFinProduct(fx) }) },
  "financingProducts.export": { input: () => ({}) },
  "financingProducts.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "financingProducts.matchingNeeds": { input: async (fx) => ({ productId: await freshFinProduct(fx) }), outOfScope: ["operator-b"] },
  "financingSchemes.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "financingSchemes.get": { input: async (fx) => ({ id: await freshFinScheme(fx) }) },
  "financingSchemes.getMany": { input: async (fx) => ({ ids: [await freshFinScheme(fx)] }) },
  "financingSchemes.create": {
    input: (fx) => ({ name: `矩阵担保方案${fx.seq()}`, kind: "ZHUBAODAI", rules: "矩阵测试规则", quotaFen: 1_000_000_000 }),
  },
  "financingSchemes.update": { input: async (fx) => ({ id: await freshFinScheme(fx), data: { rules: "矩阵测试" } }) },
  "financingSchemes.delete": { input: async (fx) => ({ id: await freshFinScheme(fx) }) },
  "financingSchemes.export": { input: () => ({}) },
  "fundInvestments.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "fundInvestments.get": { input: async (fx) => ({ id: await freshFundInvestment(fx) }), outOfScope: ["xinhua"] },
  "fundInvestments.getMany": { input: async (fx) => ({ ids: [await freshFundInvestment(fx)] }), outOfScope: ["xinhua"] },
  "fundInvestments.create": {
    input: () => ({ fundName: "矩阵基金", enterpriseId: "seed-enterprise-1", amountFen: 100_000_000, investedOn: "2026-01-05" }),
  },
  "fundInvestments.update": { input: async (fx) => ({ id: await freshFundInvestment(fx), data: { note: "矩阵测试" } }) },
  "fundInvestments.delete": { input: async (fx) => ({ id: await freshFundInvestment(fx) }) },
  "fundInvestments.export": { input: () => ({}) },
  "financingNeeds.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "financingNeeds.get": {
    input: async (fx) => ({ id: (await freshFinSending(fx, "SENT")).needId }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "financingNeeds.getMany": {
    input: async (fx) => ({ ids: [(await freshFinSending(fx, "SENT")).needId] }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "financingNeeds.create": {
    input: () => ({ amountFen: 200_000_000, purpose: "矩阵测试用途", termMonths: 12, collateral: "NONE", urgency: "NORMAL" }),
  },
  "financingNeeds.export": { input: () => ({}) },
  "financingNeeds.matches": { input: async (fx) => ({ needId: (await freshFinSending(fx, "SENT")).needId }), outOfScope: ["enterprise-b"] },
  "financingNeeds.events": { input: () => ({}) },
  "financingSendings.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "financingSendings.get": {
    input: async (fx) => ({ id: (await freshFinSending(fx, "SENT")).id }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "financingSendings.getMany": {
    input: async (fx) => ({ ids: [(await freshFinSending(fx, "SENT")).id] }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "financingSendings.create": {
    input: async (fx) => ({ needId: await freshFinNeed(fx), productId: "seed-finprod-1" }),
    outOfScope: ["enterprise-b"],
  },
  "financingSendings.export": { input: () => ({}) },
  "financingSendings.answer": {
    input: async (fx) => ({ id: (await freshFinSending(fx, "SENT")).id, decision: "ACCEPT" }),
    outOfScope: ["operator-b"],
  },
  "financingSendings.outcome": {
    input: async (fx) => ({
      id: (await freshFinSending(fx, "REVIEWING")).id,
      approvedFen: 100_000_000,
      grantedFen: null,
      rateBp: 380,
      grantedOn: null,
      schemeId: null,
    }),
    outOfScope: ["operator-b"],
  },
  "financingSendings.schemeChoices": { input: () => undefined },
  "financingStats.summary": { input: () => ({ year: 2026 }) },

  // 活动培训: activities organised by the operator's node in 狮岭镇; "xinhua" and "operator-b" are outside; both enterprises hold a seat
  "activities.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { townId: fx.shilingTownId } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "activities.get": { input: async (fx) => ({ id: await freshActivity(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "activities.getMany": { input: async (fx) => ({ ids: [await freshActivity(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "activities.create": {
    input: (fx) => ({
      title: `矩阵活动${fx.seq()}`,
      seriesId: "seed-series-POLICY_PLUS",
      nodeId: fx.operatorNodeId,
      startsAt: "2030-05-01T06:00:00.000Z",
      endsAt: "2030-05-01T08:00:00.000Z",
      registrationClosesAt: "2030-05-01T06:00:00.000Z",
      place: "狮岭镇会议室",
      capacity: 20,
      category: "INFO_CONSULTING",
    }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "activities.update": {
    input: async (fx) => ({ id: await freshActivity(fx), data: { description: "矩阵测试" } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "activities.delete": {
    input: async (fx) => ({ id: await freshActivity(fx, { registered: false }) }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "activities.register": { input: async (fx) => ({ activityId: await freshActivity(fx, { registered: false }) }) },
  "activities.cancel": { input: async (fx) => ({ activityId: await freshActivity(fx) }) },
  // only the demo enterprise holds a seat: a check-in writes a ledger record, and enterprise-b must keep none (ledgerRecords.list)
  "activities.checkIn": {
    input: async (fx) => {
      const id = await freshActivity(fx, { today: true, enterprises: ["seed-enterprise-1"] });
      return { activityId: id, token: `mx-token-${id}` };
    },
    outOfScope: ["enterprise-b"],
  },
  "activities.markAttendance": {
    input: async (fx) => ({ activityId: await freshActivity(fx, { today: true }), enterpriseId: "seed-enterprise-1", attended: true }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "activities.rate": {
    input: async (fx) => ({ activityId: await freshActivity(fx, { today: true, attended: true }), rating: 5, comment: "矩阵" }),
  },
  "activities.mine": { input: () => undefined },
  "activities.registrations": { input: async (fx) => ({ activityId: await freshActivity(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "activities.checkInCode": {
    input: async (fx) => ({ activityId: await freshActivity(fx), origin: "https://qifu.example.cn" }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "activities.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "activities.publicGet": { input: async (fx) => ({ id: await freshActivity(fx) }) },
  "activities.publicSeries": { input: () => undefined },
  "activities.stats": { input: () => ({ year: 2026 }) },
  "activitySeries.list": { input: () => ({ pagination: { page: 1, perPage: 10 } }) },
  "activitySeries.get": { input: () => ({ id: "seed-series-POLICY_PLUS" }) },
  "activitySeries.getMany": { input: () => ({ ids: ["seed-series-POLICY_PLUS"] }) },
  "activitySeries.create": { input: (fx) => ({ code: `MX${fx.seq()}`, name: `矩阵系列${fx.seq()}`, nameEn: "Matrix series" }) },
  "activitySeries.update": { input: () => ({ id: "seed-series-LEGAL", data: { description: "法律合规系列" } }) },
  "activitySeries.delete": {
    input: async (fx) => ({
      id: (
        await fx.platform.prisma.activitySeries.create({
          data: { id: `mx-series-${fx.seq()}`, code: `MXD${fx.seq()}`, name: "矩阵删除", nameEn: "Matrix" },
        })
      ).id,
    }),
  },
  "trainings.list": {
    input: () => ({ pagination: { page: 1, perPage: 5 }, filter: { nodeId: "seed-node-SHILING-1" } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "trainings.get": { input: async (fx) => ({ id: await freshTraining(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "trainings.getMany": { input: async (fx) => ({ ids: [await freshTraining(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "trainings.create": {
    input: (fx) => ({
      title: `矩阵培训${fx.seq()}`,
      providerKind: "THIRD_PARTY",
      provider: "矩阵培训机构",
      contractNo: `MX-HT-${fx.seq()}`,
      budgetFen: 100_000,
      nodeId: fx.operatorNodeId,
    }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "trainings.update": {
    input: async (fx) => ({ id: await freshTraining(fx), data: { spentFen: 500 } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "trainings.delete": { input: async (fx) => ({ id: await freshTraining(fx) }), outOfScope: ["xinhua", "operator-b"] },

  // 梯度培育: recognitions, criteria and figures of 狮岭镇's demo enterprise (seed-enterprise-1); "xinhua" and "enterprise-b" are outside
  "cultivationRecognitions.list": {
    input: () => ({ pagination: { page: 1, perPage: 5 }, filter: { enterpriseId: "seed-enterprise-1" } }),
    outOfScope: ["xinhua", "enterprise-b"],
  },
  "cultivationRecognitions.get": { input: () => ({ id: "seed-recognition-1-SPECIALIZED" }), outOfScope: ["xinhua", "enterprise-b"] },
  "cultivationRecognitions.export": { input: () => ({}) },
  "cultivationRecognitions.getMany": { input: () => ({ ids: ["seed-recognition-1-SPECIALIZED"] }), outOfScope: ["xinhua", "enterprise-b"] },
  "cultivationRecognitions.create": {
    input: (fx) => ({
      enterpriseId: "seed-enterprise-1",
      level: "INNOVATIVE",
      body: "PROVINCIAL",
      batch: `矩阵${fx.seq()}批`,
      recognisedOn: "2019-03-01",
      validUntil: "2022-02-28",
    }),
  },
  "cultivationRecognitions.update": { input: async (fx) => ({ id: await freshRecognition(fx), data: { note: "矩阵测试" } }) },
  "cultivationRecognitions.delete": { input: async (fx) => ({ id: await freshRecognition(fx) }) },
  "cultivationCriteria.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "cultivationCriteria.get": { input: () => ({ id: "seed-criterion-INNOVATIVE-EVAL_SCORE" }) },
  "cultivationCriteria.getMany": { input: () => ({ ids: ["seed-criterion-INNOVATIVE-EVAL_SCORE"] }) },
  "cultivationCriteria.create": {
    input: () => ({ level: "INNOVATIVE", figureKey: "PATENTS", op: "GTE", threshold: 1, source: "矩阵测试依据", placeholder: true }),
  },
  "cultivationCriteria.update": { input: () => ({ id: "seed-criterion-INNOVATIVE-EVAL_SCORE", data: { source: "矩阵测试依据" } }) },
  "cultivationCriteria.delete": { input: async (fx) => ({ id: await freshCriterion(fx) }) },
  "cultivationStageServices.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "cultivationStageServices.get": { input: () => ({ id: "SPECIALIZED" }) },
  "cultivationStageServices.getMany": { input: () => ({ ids: ["SPECIALIZED"] }) },
  // each level has one row: a create needs the level's row gone first
  "cultivationStageServices.create": {
    input: async (fx) => ({ level: await freeStageLevel(fx), categories: ["LEGAL"], programmes: ["catalogue"] }),
  },
  "cultivationStageServices.update": { input: () => ({ id: "SPECIALIZED", data: { note: "矩阵测试" } }) },
  "cultivationStageServices.delete": { input: async (fx) => ({ id: await freshStageRow(fx) }) },
  "cultivationFigures.list": {
    input: () => ({ pagination: { page: 1, perPage: 5 }, filter: { enterpriseId: "seed-enterprise-1" } }),
    outOfScope: ["xinhua", "enterprise-b"],
  },
  "cultivationFigures.get": { input: () => ({ id: "seed-figure-1-RD_SHARE" }), outOfScope: ["xinhua", "enterprise-b"] },
  "cultivationFigures.getMany": { input: () => ({ ids: ["seed-figure-1-RD_SHARE"] }), outOfScope: ["xinhua", "enterprise-b"] },
  "cultivationFigures.create": {
    input: async (fx) => ({ enterpriseId: await freshShilingEnterprise(fx), figureKey: "PATENTS", value: 3, year: 2025 }),
    outOfScope: ["xinhua"],
  },
  "cultivationFigures.update": { input: () => ({ id: "seed-figure-1-PATENTS", data: { value: 4 } }), outOfScope: ["xinhua"] },
  "cultivationFigures.delete": { input: async (fx) => ({ id: await freshFigure(fx, false) }) },
  "cultivationFigures.report": { input: () => ({ figureKey: "MARKET_RANK", value: 5, year: 2025, source: "矩阵测试" }) },
  "cultivationFigures.confirm": { input: async (fx) => ({ ids: [await freshFigure(fx, false)] }), outOfScope: ["xinhua"] },
  "cultivationRounds.list": { input: () => undefined },
  "cultivationRounds.get": { input: () => ({ id: "seed-round-little-giant" }) },
  "cultivationRounds.open": {
    input: (fx) => ({
      name: `矩阵测试申报批次${fx.seq()}`,
      level: "INNOVATIVE",
      year: 2026,
      body: "PROVINCIAL",
      batch: "矩阵批次",
      opensOn: "2026-01-01",
      closesOn: "2026-12-31",
    }),
  },
  "cultivationRounds.close": { input: async (fx) => ({ id: await freshRound(fx) }) },
  "cultivationRounds.recommend": {
    input: () => ({ roundId: "seed-round-little-giant", enterpriseId: "seed-enterprise-1" }),
    outOfScope: ["xinhua"],
  },
  "cultivationRounds.submit": { input: () => ({ roundId: "seed-round-little-giant", material: "矩阵测试：企业申报材料说明" }) },
  "cultivationRounds.decide": {
    input: async (fx) => ({ applicationId: await freshApplication(fx), decision: "REJECTED", note: "矩阵测试" }),
  },
  "cultivation.candidates": { input: () => ({ level: "INNOVATIVE" }) },
  "cultivation.my": { input: () => undefined },
  "cultivation.stats": { input: () => undefined },

  // 配套协作: rows of seed-enterprise-1 (狮岭镇); "xinhua" and "operator-b" are outside, "enterprise-b" reads published postings and open lists only
  "supplyChain.chains": { input: () => undefined },
  "supplyChain.stats": { input: () => ({ year: 2026 }) },
  "supplyChainPostings.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "supplyChainPostings.get": { input: async (fx) => ({ id: await freshScPosting(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "supplyChainPostings.getMany": { input: async (fx) => ({ ids: [await freshScPosting(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "supplyChainPostings.create": {
    input: () => ({ kind: "DEMAND", enterpriseId: "seed-enterprise-1", clusterId: SC_CLUSTER, ...SC_ITEM }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "supplyChainPostings.update": {
    input: async (fx) => ({ id: await freshScPosting(fx), data: { quantity: 5 } }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "supplyChainPostings.delete": {
    input: async (fx) => ({ id: await freshScPosting(fx) }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "supplyChainPostings.export": { input: () => ({}) },
  "supplyChainPostings.matches": {
    input: async (fx) => ({ postingId: await freshScPosting(fx) }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "supplyChainLists.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "supplyChainLists.get": { input: async (fx) => ({ id: await freshScList(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "supplyChainLists.getMany": { input: async (fx) => ({ ids: [await freshScList(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "supplyChainLists.create": {
    input: () => ({ title: "矩阵采购清单", clusterId: SC_CLUSTER, buyerId: "seed-enterprise-1", items: [SC_ITEM] }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "supplyChainLists.update": {
    input: async (fx) => ({ id: await freshScList(fx), data: { note: "矩阵测试" } }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "supplyChainLists.delete": { input: async (fx) => ({ id: await freshScList(fx) }), outOfScope: ["xinhua", "operator-b", "enterprise-b"] },
  "supplyChainLists.export": { input: () => ({}) },
  "supplyChainContacts.list": { input: () => ({}) },
  "supplyChainContacts.export": { input: () => ({}) },
  "supplyChainContacts.get": {
    input: async (fx) => ({ id: await freshScContact(fx, "seed-enterprise-1") }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "supplyChainContacts.getMany": {
    input: async (fx) => ({ ids: [await freshScContact(fx, "seed-enterprise-1")] }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "supplyChainContacts.create": {
    input: async (fx) => ({ postingId: await freshScPosting(fx), counterpartId: await freshScPosting(fx, "SUPPLY") }),
    outOfScope: ["enterprise-b"],
  },
  "supplyChainContacts.answer": {
    input: async (fx) => ({ id: await freshScContact(fx, "other"), decision: "ACCEPT" }),
    outOfScope: ["enterprise-b"],
  },
  "supplyChainDeals.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "supplyChainDeals.get": { input: async (fx) => ({ id: await freshScDeal(fx) }), outOfScope: ["xinhua", "operator-b", "enterprise-b"] },
  "supplyChainDeals.getMany": {
    input: async (fx) => ({ ids: [await freshScDeal(fx)] }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "supplyChainDeals.create": {
    input: (fx) => ({
      clusterId: SC_CLUSTER,
      linkKey: "leather-1",
      buyerId: "seed-enterprise-1",
      supplierName: "矩阵区外供应商",
      amountFen: 100_000_000,
      dealOn: "2026-06-01",
      nodeId: fx.operatorNodeId,
    }),
    outOfScope: ["xinhua"],
  },
  "supplyChainDeals.update": {
    input: async (fx) => ({ id: await freshScDeal(fx), data: { note: "矩阵测试" } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "supplyChainDeals.delete": { input: async (fx) => ({ id: await freshScDeal(fx) }) },
  "supplyChainDeals.export": { input: () => ({}) },
  "supplyChainVisits.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "supplyChainVisits.get": { input: async (fx) => ({ id: await freshScVisit(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "supplyChainVisits.getMany": { input: async (fx) => ({ ids: [await freshScVisit(fx)] }), outOfScope: ["xinhua", "operator-b"] },
  "supplyChainVisits.create": {
    input: () => ({
      title: "矩阵走进企业",
      visitOn: "2026-06-01",
      hostId: "seed-enterprise-1",
      chain: "LEATHER",
      participants: ["矩阵参加企业"],
    }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "supplyChainVisits.update": {
    input: async (fx) => ({ id: await freshScVisit(fx), data: { note: "矩阵测试" } }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "supplyChainVisits.delete": { input: async (fx) => ({ id: await freshScVisit(fx) }), outOfScope: ["xinhua", "operator-b"] },
  "supplyChainVisits.export": { input: () => ({}) },

  // 成果转化: an achievement of the operator's node (in 狮岭镇), a need of seed-enterprise-1 (狮岭镇) contacted to it;
  // "xinhua", "operator-b", "enterprise-b" are outside
  "techAchievements.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "techAchievements.get": { input: async (fx) => ({ id: await freshTechAchievement(fx) }), outOfScope: ["operator-b"] },
  "techAchievements.getMany": { input: async (fx) => ({ ids: [await freshTechAchievement(fx)] }), outOfScope: ["operator-b"] },
  "techAchievements.create": {
    input: (fx) => ({
      providerNodeId: "seed-node-HUADONG-1",
      title: `矩阵科技成果${fx.seq()}`,
      field: "LEATHER",
      maturity: 6,
      mode: "LICENCE",
      priceMinFen: 10_000_000,
      priceMaxFen: 50_000_000,
      contact: "020-00000000",
    }),
    // a college's achievement: another node's staff may not create it (refused, nothing written)
    outOfScope: ["operator", "operator-b"],
  },
  "techAchievements.update": {
    input: async (fx) => ({ id: await freshTechAchievement(fx), data: { description: "矩阵测试" } }),
    outOfScope: ["operator-b"],
  },
  "techAchievements.delete": { input: async (fx) => ({ id: await freshTechAchievement(fx) }) },
  "techAchievements.export": { input: () => ({}) },
  "techAchievements.review": {
    input: async (fx) => ({ id: await freshTechAchievement(fx, "PENDING"), decision: "PUBLISH" }),
    outOfScope: ["xinhua"],
  },
  "techAchievements.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "techAchievements.matchingNeeds": {
    input: async (fx) => ({ achievementId: await freshTechAchievement(fx) }),
    outOfScope: ["operator-b"],
  },
  "techNeeds.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "techNeeds.get": {
    input: async (fx) => ({ id: (await freshTechContact(fx, "SENT")).needId }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "techNeeds.getMany": {
    input: async (fx) => ({ ids: [(await freshTechContact(fx, "SENT")).needId] }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "techNeeds.create": { input: () => ({ field: "LEATHER", problem: "矩阵测试技术难题" }) },
  "techNeeds.postFor": {
    input: () => ({ enterpriseId: "seed-enterprise-1", field: "LEATHER", problem: "矩阵测试代为发布" }),
    outOfScope: ["xinhua", "operator-b"],
  },
  "techNeeds.export": { input: () => ({}) },
  "techNeeds.matches": { input: async (fx) => ({ needId: await freshTechNeed(fx) }), outOfScope: ["enterprise-b"] },
  "techContacts.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "techContacts.get": {
    input: async (fx) => ({ id: (await freshTechContact(fx, "SENT")).id }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "techContacts.getMany": {
    input: async (fx) => ({ ids: [(await freshTechContact(fx, "SENT")).id] }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "techContacts.create": {
    input: async (fx) => ({ needId: await freshTechNeed(fx), achievementId: await freshTechAchievement(fx) }),
    outOfScope: ["enterprise-b"],
  },
  "techContacts.export": { input: () => ({}) },
  "techContacts.answer": {
    input: async (fx) => ({ id: (await freshTechContact(fx, "SENT")).id, decision: "ACCEPT" }),
    outOfScope: ["operator-b"],
  },
  "techContacts.sign": {
    input: async (fx) => ({
      contactId: (await freshTechContact(fx, "ACCEPTED")).id,
      title: "矩阵合作项目",
      contractFen: 30_000_000,
      signedOn: "2026-06-02",
    }),
    outOfScope: ["operator-b"],
  },
  "techProjects.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "techProjects.get": { input: async (fx) => ({ id: await freshTechProject(fx) }), outOfScope: ["xinhua", "operator-b", "enterprise-b"] },
  "techProjects.getMany": {
    input: async (fx) => ({ ids: [await freshTechProject(fx)] }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "techProjects.update": {
    input: async (fx) => ({ id: await freshTechProject(fx), data: { stage: "IN_PROGRESS" } }),
    outOfScope: ["operator-b"],
  },
  "techProjects.export": { input: () => ({}) },
  "jointLabs.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "jointLabs.get": { input: async (fx) => ({ id: await freshJointLab(fx) }), outOfScope: ["xinhua"] },
  "jointLabs.getMany": { input: async (fx) => ({ ids: [await freshJointLab(fx)] }), outOfScope: ["xinhua"] },
  "jointLabs.create": {
    input: (fx) => ({
      name: `矩阵联合实验室${fx.seq()}`,
      enterpriseId: "seed-enterprise-1",
      institution: "矩阵大学",
      field: "LEATHER",
      establishedOn: "2026-01-05",
    }),
  },
  "jointLabs.update": { input: async (fx) => ({ id: await freshJointLab(fx), data: { description: "矩阵测试" } }) },
  "jointLabs.delete": { input: async (fx) => ({ id: await freshJointLab(fx) }) },
  "jointLabs.export": { input: () => ({}) },
  "jointLabs.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "techPlatforms.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "techPlatforms.get": { input: async (fx) => ({ id: await freshTechPlatform(fx) }) },
  "techPlatforms.getMany": { input: async (fx) => ({ ids: [await freshTechPlatform(fx)] }) },
  "techPlatforms.create": {
    input: (fx) => ({
      name: `矩阵服务平台${fx.seq()}`,
      operator: "矩阵运营单位",
      field: "LEATHER",
      services: [{ name: "矩阵检测服务", fee: "面议" }],
    }),
  },
  "techPlatforms.update": { input: async (fx) => ({ id: await freshTechPlatform(fx), data: { contact: "020-1" } }) },
  "techPlatforms.delete": { input: async (fx) => ({ id: await freshTechPlatform(fx) }) },
  "techPlatforms.export": { input: () => ({}) },
  "techPlatforms.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "techTransfer.stats": { input: () => ({ year: 2026 }) },

  // 数字化转型 (issue 18): rows of seed-enterprise-1 (狮岭镇) and of the operator's node; "xinhua", "operator-b", "enterprise-b" are outside
  "digitalSets.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "digitalSets.get": { input: () => ({ id: DIGITAL_SET }) },
  "digitalSets.getMany": { input: () => ({ ids: [DIGITAL_SET] }) },
  "digitalSets.create": { input: (fx) => ({ ...digitalSetInput(fx) }) },
  "digitalSets.update": { input: async (fx) => ({ id: await freshDigitalSet(fx), data: { name: `矩阵指标表${fx.seq()}` } }) },
  "digitalSets.delete": { input: async (fx) => ({ id: await freshDigitalSet(fx) }) },
  "digitalSets.questions": { input: () => ({ setId: DIGITAL_SET }) },
  "digitalIndicators.list": { input: () => ({ pagination: { page: 1, perPage: 5 }, filter: { setId: DIGITAL_SET } }) },
  "digitalIndicators.get": { input: () => ({ id: `${DIGITAL_SET}-B1` }) },
  "digitalIndicators.getMany": { input: () => ({ ids: [`${DIGITAL_SET}-B1`] }) },
  "digitalIndicators.create": { input: async (fx) => ({ ...digitalIndicatorInput(fx), setId: await freshDigitalSet(fx) }) },
  "digitalIndicators.update": { input: async (fx) => ({ id: await freshDigitalIndicator(fx), data: { name: "矩阵指标改" } }) },
  "digitalIndicators.delete": { input: async (fx) => ({ id: await freshDigitalIndicator(fx) }) },
  "digitalDiagnoses.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "digitalDiagnoses.get": {
    input: async (fx) => ({ id: await freshDigitalDraft(fx) }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "digitalDiagnoses.getMany": {
    input: async (fx) => ({ ids: [await freshDigitalDraft(fx)] }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "digitalDiagnoses.export": { input: () => ({}) },
  "digitalDiagnoses.start": { input: () => ({ enterpriseId: "seed-enterprise-1" }), outOfScope: ["operator-b"] },
  "digitalDiagnoses.questionnaire": {
    input: async (fx) => ({ id: await freshDigitalDraft(fx) }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "digitalDiagnoses.save": {
    input: async (fx) => ({ id: await freshDigitalDraft(fx), answers: { [`${DIGITAL_SET}-B1`]: 1 } }),
    outOfScope: ["operator-b", "enterprise-b"],
  },
  "digitalDiagnoses.commit": {
    input: async (fx) => ({ id: await freshDigitalDraft(fx), answers: DIGITAL_ANSWERS, pledge: true }),
    outOfScope: ["operator-b", "enterprise-b"],
  },
  "digitalDiagnoses.mine": { input: () => ({}) },
  "digitalNeeds.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "digitalNeeds.get": {
    input: async (fx) => ({ id: (await freshDigitalContact(fx)).needId }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "digitalNeeds.getMany": {
    input: async (fx) => ({ ids: [(await freshDigitalContact(fx)).needId] }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "digitalNeeds.create": { input: () => ({ scenario: "PRODUCTION", text: "矩阵测试转型需求" }) },
  "digitalNeeds.export": { input: () => ({}) },
  "digitalNeeds.matches": { input: async (fx) => ({ needId: await freshDigitalNeed(fx) }), outOfScope: ["enterprise-b"] },
  "digitalSolutions.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "digitalSolutions.get": {
    input: async (fx) => ({ id: await freshDigitalSolution(fx, "PENDING") }),
    outOfScope: ["xinhua", "operator-b", "enterprise", "enterprise-b"],
  },
  "digitalSolutions.getMany": {
    input: async (fx) => ({ ids: [await freshDigitalSolution(fx, "PENDING")] }),
    outOfScope: ["xinhua", "operator-b", "enterprise", "enterprise-b"],
  },
  "digitalSolutions.create": { input: (fx) => digitalSolutionInput(fx), outOfScope: ["operator-b"] },
  "digitalSolutions.update": {
    input: async (fx) => ({ id: await freshDigitalSolution(fx, "PENDING"), data: { name: `矩阵方案改${fx.seq()}` } }),
    outOfScope: ["operator-b"],
  },
  "digitalSolutions.delete": { input: async (fx) => ({ id: await freshDigitalSolution(fx, "PENDING") }) },
  "digitalSolutions.export": { input: () => ({}) },
  "digitalSolutions.review": {
    input: async (fx) => ({ id: await freshDigitalSolution(fx, "PENDING"), decision: "PUBLISH" }),
    outOfScope: ["xinhua"],
  },
  "digitalSolutions.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "digitalContacts.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "digitalContacts.get": {
    input: async (fx) => ({ id: (await freshDigitalContact(fx)).id }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "digitalContacts.getMany": {
    input: async (fx) => ({ ids: [(await freshDigitalContact(fx)).id] }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "digitalContacts.create": {
    input: async (fx) => ({ needId: await freshDigitalNeed(fx), solutionId: await freshDigitalSolution(fx, "PUBLISHED") }),
    outOfScope: ["enterprise-b"],
  },
  "digitalContacts.export": { input: () => ({}) },
  "digitalContacts.outcome": {
    input: async (fx) => ({ id: (await freshDigitalContact(fx)).id, status: "TALKING" }),
    outOfScope: ["operator-b"],
  },
  "digitalBenchmarks.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "digitalBenchmarks.get": { input: async (fx) => ({ id: await freshDigitalBenchmark(fx) }), outOfScope: ["xinhua"] },
  "digitalBenchmarks.getMany": { input: async (fx) => ({ ids: [await freshDigitalBenchmark(fx)] }), outOfScope: ["xinhua"] },
  "digitalBenchmarks.create": {
    input: () => ({ enterpriseId: "seed-enterprise-1", title: "矩阵标杆", recognisedOn: "2026-06-01", before: "转型前", after: "转型后" }),
  },
  "digitalBenchmarks.update": { input: async (fx) => ({ id: await freshDigitalBenchmark(fx), data: { title: "矩阵标杆改" } }) },
  "digitalBenchmarks.delete": { input: async (fx) => ({ id: await freshDigitalBenchmark(fx) }) },
  "digitalBenchmarks.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "digital.stats": { input: () => ({ year: 2026 }) },

  // 典型风采: entries of 狮岭镇; "xinhua" is the other town (operators, commissioners, enterprises: refused by the policy)
  "showcase.list": {
    input: (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { townId: fx.shilingTownId } }),
    outOfScope: ["xinhua"],
  },
  "showcase.get": { input: async (fx) => ({ id: await freshShowcaseEntry(fx) }), outOfScope: ["xinhua"] },
  "showcase.getMany": { input: async (fx) => ({ ids: [await freshShowcaseEntry(fx)] }), outOfScope: ["xinhua"] },
  "showcase.detail": { input: async (fx) => ({ id: await freshShowcaseEntry(fx) }), outOfScope: ["xinhua"] },
  "showcase.create": {
    input: (fx) => ({
      kind: "CASE",
      title: `矩阵典型风采${fx.seq()}`,
      year: 2026,
      summary: "矩阵测试用的典型风采摘要内容",
      body: "矩阵测试用的典型风采正文内容，至少二十个字。",
      townId: fx.shilingTownId,
    }),
    outOfScope: ["xinhua"],
  },
  "showcase.update": {
    input: async (fx) => ({ id: await freshShowcaseEntry(fx), data: { honour: "矩阵测试荣誉" } }),
    outOfScope: ["xinhua"],
  },
  "showcase.delete": { input: async (fx) => ({ id: await freshShowcaseEntry(fx) }), outOfScope: ["xinhua"] },
  "showcase.submit": { input: async (fx) => ({ id: await freshShowcaseEntry(fx) }), outOfScope: ["xinhua"] },
  "showcase.review": { input: async (fx) => ({ id: await freshShowcaseEntry(fx, "SUBMITTED"), decision: "PUBLISH" }) },
  "showcase.withdraw": { input: async (fx) => ({ id: await freshShowcaseEntry(fx, "PUBLISHED"), note: "矩阵撤下" }) },
  "showcase.linkOptions": { input: (fx) => ({ nodeId: fx.operatorNodeId }) },
  "showcase.publicList": { input: () => ({ page: 1, perPage: 12 }) },
  "showcase.publicGet": { input: async (fx) => ({ id: await freshShowcaseEntry(fx, "PUBLISHED") }) },
  "showcase.latest": { input: () => ({ limit: 3 }) },
  "showcase.stats": { input: () => ({ year: 2026 }) },
  // 服务券: fresh rows of the demo enterprise (狮岭镇) at the operator's node; "xinhua", "operator-b", "enterprise-b" are outside
  "voucherBatches.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "voucherBatches.get": { input: () => ({ id: "seed-voucher-batch-current" }) },
  "voucherBatches.getMany": { input: () => ({ ids: ["seed-voucher-batch-current"] }) },
  "voucherBatches.create": { input: (fx) => ({ ...mxBatchInput(fx), issueMode: "ALLOCATION" }) },
  "voucherBatches.update": { input: async (fx) => ({ id: await freshVoucherBatch(fx), data: { description: "矩阵测试" } }) },
  "voucherBatches.delete": { input: async (fx) => ({ id: await freshVoucherBatch(fx) }) },
  "vouchers.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "vouchers.get": { input: async (fx) => ({ id: (await freshVoucherOf(fx)).id }), outOfScope: ["xinhua", "enterprise-b"] },
  "vouchers.getMany": { input: async (fx) => ({ ids: [(await freshVoucherOf(fx)).id] }), outOfScope: ["xinhua", "enterprise-b"] },
  "vouchers.request": { input: async (fx) => ({ batchId: await freshVoucherBatch(fx, "APPLICATION"), faceValueFen: 100_000 }) },
  "vouchers.allocate": {
    input: async (fx) => ({ batchId: await freshVoucherBatch(fx), enterpriseIds: ["seed-enterprise-1"], faceValueFen: 100_000 }),
  },
  "vouchers.decide": { input: async (fx) => ({ id: (await freshVoucherOf(fx, "APPLIED")).id, approve: true }) },
  "voucherRedemptions.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "voucherRedemptions.get": {
    input: async (fx) => ({ id: await freshRedemption(fx) }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "voucherRedemptions.getMany": {
    input: async (fx) => ({ ids: [await freshRedemption(fx)] }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "voucherRedemptions.detail": {
    input: async (fx) => ({ id: await freshRedemption(fx) }),
    outOfScope: ["xinhua", "operator-b", "enterprise-b"],
  },
  "voucherRedemptions.export": { input: () => ({ filter: { settled: true } }) },
  "voucherRedemptions.lookup": { input: async (fx) => ({ code: (await freshVoucherOf(fx)).code }) },
  "voucherRedemptions.redeem": {
    input: async (fx) => ({
      code: (await freshVoucherOf(fx)).code,
      category: "TECH_SUPPORT",
      amountFen: 1_000,
      servedAt: new Date(Date.now() - 3_600_000).toISOString(),
      steps: ["矩阵测试服务"],
    }),
  },
  "voucherRedemptions.confirm": { input: async (fx) => ({ id: await freshRedemption(fx), rating: 5 }), outOfScope: ["enterprise-b"] },
  "voucherRedemptions.mine": { input: () => ({}) },
  "voucherSettlements.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "voucherSettlements.get": { input: () => ({ id: "seed-voucher-settlement-1" }) },
  "voucherSettlements.preview": { input: (fx) => ({ period: `${1000 + (fx.seq() % 8999)}-01` }) },
  // a month long past (1900–2019) that nobody has settled: a later one would be refused as not ended yet
  "voucherSettlements.settle": { input: (fx) => ({ period: `${1900 + (fx.seq() % 120)}-02` }) },
  "voucherSettlements.sheet": { input: () => ({ id: "seed-voucher-settlement-1" }) },
  "voucherSpotChecks.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "voucherSpotChecks.get": { input: () => ({ id: "seed-voucher-spot-check-1" }) },
  "voucherSpotChecks.draw": {
    input: async (fx) => ({
      period: (await fx.platform.prisma.voucherSettlement.findUniqueOrThrow({ where: { id: "seed-voucher-settlement-1" } })).period,
      size: 1,
      seed: 7,
    }),
  },
  "voucherSignals.list": { input: () => ({}) },
  "voucherSignals.review": { input: (fx) => ({ key: `OUTSIDE_HOURS:mx-${fx.seq()}`, verdict: "CLEARED" }) },
  "voucherStats.stats": { input: () => ({}) },
  // 政策直享 (issue 16 pt 1): the library is the district's; applications to a policy of the operator's node
  // reach the district, 狮岭镇, that node, the demo enterprise and its commissioner; 免申即享 of 区商务局 its handler
  "policies.list": { input: () => ({ pagination: { page: 1, perPage: 5 } }) },
  "policies.get": { input: () => ({ id: "seed-policy-01" }) },
  "policies.getMany": { input: () => ({ ids: ["seed-policy-01"] }) },
  "policies.create": { input: (fx) => policyInput(fx) },
  "policies.update": { input: async (fx) => ({ id: await freshPolicy(fx), data: { supportText: "矩阵测试支持内容" } }) },
  "policies.delete": { input: async (fx) => ({ id: await freshPolicy(fx) }) },
  "policies.export": { input: () => ({}) },
  "policies.publish": { input: async (fx) => ({ id: await freshPolicy(fx) }) },
  "policies.departments": { input: () => ({}) },
  "policies.close": { input: async (fx) => ({ id: await freshPolicy(fx) }) },
  "policies.forEnterprise": { input: () => ({ enterpriseId: "seed-enterprise-1" }), outOfScope: ["xinhua"] },
  "policies.autoRecipients": { input: () => ({ policyId: "seed-policy-08" }), outOfScope: ["operator", "operator-b"] },
  "policies.confirmAuto": {
    input: async (fx) => ({
      policyId: await freshPolicy(fx, {
        status: "PUBLISHED",
        autoGrant: true,
        tags: ["矩阵专用标签"],
        handlerNodeId: null,
        handlerDepartmentId: "seed-dept-COMMERCE",
      }),
    }),
    outOfScope: ["operator", "operator-b"],
  },
  "policies.publicList": { input: () => ({ q: "补贴" }) },
  "policies.publicGet": { input: () => ({ id: "seed-policy-01" }) },
  "policyApplications.list": {
    input: async (fx) => ({ pagination: { page: 1, perPage: 5 }, filter: { policyId: (await freshPolicyApplication(fx)).policyId } }),
    outOfScope: ["xinhua", "operator-b", "handler", "enterprise-b"],
  },
  "policyApplications.get": {
    input: async (fx) => ({ id: (await freshPolicyApplication(fx)).id }),
    outOfScope: ["xinhua", "operator-b", "handler", "enterprise-b"],
  },
  "policyApplications.getMany": {
    input: async (fx) => ({ ids: [(await freshPolicyApplication(fx)).id] }),
    outOfScope: ["xinhua", "operator-b", "handler", "enterprise-b"],
  },
  "policyApplications.create": {
    input: async (fx) => ({ policyId: await freshPolicy(fx, { status: "PUBLISHED" }), material: "矩阵测试申报材料说明" }),
  },
  "policyApplications.update": {
    input: async (fx) => ({ id: (await freshPolicyApplication(fx)).id, data: { material: "矩阵测试补充材料说明" } }),
    outOfScope: ["enterprise-b"],
  },
  "policyApplications.delete": { input: async (fx) => ({ id: (await freshPolicyApplication(fx)).id }), outOfScope: ["enterprise-b"] },
  "policyApplications.export": { input: () => ({}) },
  "policyApplications.review": {
    input: async (fx) => ({ id: (await freshPolicyApplication(fx)).id, decision: "APPROVED", grantedFen: 10_000 }),
    outOfScope: ["operator-b", "handler"],
  },
  "policyApplications.withdraw": { input: async (fx) => ({ id: (await freshPolicyApplication(fx)).id }), outOfScope: ["enterprise-b"] },
  "policyFigures.stats": { input: () => ({ year: shanghaiYear(new Date()) }) },
};

/** A visit log of the demo commissioner at the demo enterprise, with one issue `<id>-issue`. */
async function freshVisitLog(fx: TFixture) {
  const id = `mx-visit-${fx.seq()}`;
  await fx.platform.prisma.visitLog.create({
    data: {
      id,
      enterpriseId: "seed-enterprise-1",
      commissionerId: "seed-user-commissioner",
      visitedOn: "2026-03-06",
      peopleMet: "矩阵",
      issues: { create: [{ id: `${id}-issue`, text: "矩阵测试问题" }] },
    },
  });
  return id;
}
const freshWeights = async (fx: TFixture) =>
  (
    await fx.platform.prisma.assessmentWeights.create({
      data: {
        id: `mx-weights-${fx.seq()}`,
        period: `${3000 + fx.seq()}`,
        responseTime: 1,
        onTime: 1,
        resolution: 1,
        satisfaction: 1,
        reopen: 1,
        bonus: 1,
      },
    })
  ).id;

/** A fresh appeal of the demo enterprise (routed to 狮岭镇), taken through the given steps. */
async function freshAppeal(fx: TFixture, steps: ("accept" | "answer" | "confirm" | "requestInfo" | "withdraw")[] = []) {
  const enterprise = await fx.platform.as("enterprise");
  const unit = await fx.platform.as("shiling");
  const { id } = await enterprise.appeals.create({
    title: `矩阵测试诉求${fx.seq()}`,
    description: "授权矩阵测试用的诉求内容。",
    categoryId: "appeal-cat-OTHER",
  });
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
  (
    await fx.platform.prisma.appealCategory.create({
      data: {
        id: `mx-cat-${fx.seq()}`,
        code: `MXC_${fx.seq()}`,
        name: "矩阵",
        nameEn: "M",
        limits: { NORMAL: { ackHours: 1, resolveDays: 1 }, URGENT: { ackHours: 1, resolveDays: 1 } },
      },
    })
  ).id;
const freshEnterprise = async (fx: TFixture) =>
  (
    await fx.platform.prisma.enterprise.create({
      data: { id: `mx-ent-${fx.seq()}`, creditCode: `91440114MXE${String(fx.seq()).padStart(7, "0")}`, name: `矩阵企业${fx.seq()}` },
    })
  ).id;

/** A pending claim of a fresh enterprise account, filed for 狮岭镇. */
async function freshClaim(fx: TFixture) {
  const n = fx.seq();
  const template = await fx.platform.prisma.user.findUniqueOrThrow({ where: { username: "enterprise" } });
  await fx.platform.prisma.user.create({
    data: {
      id: `mx-claimer-${n}`,
      username: `mx-claimer-${n}`,
      displayName: "矩阵认领",
      role: "ENTERPRISE",
      passwordHash: template.passwordHash,
    },
  });
  return (
    await fx.platform.prisma.enterpriseClaim.create({
      data: {
        id: `mx-claim-${n}`,
        userId: `mx-claimer-${n}`,
        creditCode: makeCreditCode(730_000 + n),
        name: `矩阵认领企业${n}`,
        townId: fx.shilingTownId,
      },
    })
  ).id;
}
const PRODUCT_FIELDS = {
  category: "TECH_SUPPORT",
  content: "授权矩阵测试用的服务内容说明。",
  processSteps: ["申请", "办理"],
  standard: "按时办结",
  feeFree: true,
  timeLimitDays: 5,
  channel: "ONLINE",
} as const;
/** A product of the operator's node (狮岭镇) in the given status. */
const freshProduct = async (fx: TFixture, status: "DRAFT" | "SUBMITTED" | "PUBLISHED") =>
  (
    await fx.platform.prisma.serviceProduct.create({
      data: {
        ...PRODUCT_FIELDS,
        processSteps: [...PRODUCT_FIELDS.processSteps],
        id: `mx-product-${fx.seq()}`,
        nodeId: fx.operatorNodeId,
        townId: fx.shilingTownId,
        title: `矩阵服务产品${fx.seq()}`,
        status,
      },
    })
  ).id;
/** A row of service-stations in 狮岭镇, run by the operator's node. */
const freshServiceStation = async (fx: TFixture) => {
  const n = fx.seq();
  // a station is its node of kind SERVICE_STATION plus its station record
  const node = await fx.platform.prisma.node.create({
    data: {
      id: `mx-station-node-${n}`,
      name: `矩阵中小企业服务站${n}`,
      kind: "SERVICE_STATION",
      townId: fx.shilingTownId,
      serviceCategories: [...STATION_FIELDS.serviceCategories],
      contactPhone: STATION_FIELDS.onCallPhone,
    },
  });
  return (
    await fx.platform.prisma.serviceStation.create({
      data: {
        id: `mx-service-stations-${n}`,
        nodeId: node.id,
        operatorNodeId: fx.operatorNodeId,
        operatorKind: STATION_FIELDS.operatorKind,
        operatorName: STATION_FIELDS.operatorName,
        openingHours: STATION_FIELDS.openingHours,
      },
    })
  ).id;
};
const STATION_FIELDS = {
  operatorKind: "GOVERNMENT",
  operatorName: "矩阵运营主体",
  openingHours: "工作日 9:00-17:30",
  serviceCategories: ["INFO_CONSULTING"],
  onCallPhone: "020-12345678",
} as const;
/** A row of specialized-parks in 狮岭镇, run by the operator's node. */
const freshSpecializedPark = async (fx: TFixture) =>
  (
    await fx.platform.prisma.specializedPark.create({
      data: {
        ...PARK_FIELDS,
        id: `mx-specialized-parks-${fx.seq()}`,
        name: `矩阵专精特新产业园${fx.seq()}`,
        townId: fx.shilingTownId,
        operatorNodeId: fx.operatorNodeId,
      },
    })
  ).id;
const PARK_FIELDS = { developer: "矩阵开发主体", landAreaSqm: 10_000, floorAreaSqm: 20_000, status: "BUILDING" } as const;
/** A resident of a fresh park of the operator's node. */
const freshParkResident = async (fx: TFixture) =>
  (
    await fx.platform.prisma.specializedParkResident.create({
      data: { id: `mx-park-resident-${fx.seq()}`, parkId: await freshSpecializedPark(fx), enterpriseId: "seed-enterprise-1" },
    })
  ).id;
/** An innovation base in 狮岭镇, run by the operator's node; a resident of it; a financing of that resident. */
const freshInnovationBase = async (fx: TFixture) =>
  (
    await fx.platform.prisma.innovationBase.create({
      data: {
        id: `mx-innovation-base-${fx.seq()}`,
        name: `矩阵基地${fx.seq()}`,
        kind: "INCUBATOR",
        townId: fx.shilingTownId,
        operatorNodeId: fx.operatorNodeId,
        operatorName: "矩阵运营公司",
        floorAreaTotal: 1000,
        floorAreaAvailable: 100,
      },
    })
  ).id;
const freshResident = async (fx: TFixture) =>
  (
    await fx.platform.prisma.innovationBaseResident.create({
      data: {
        id: `mx-resident-${fx.seq()}`,
        baseId: await freshInnovationBase(fx),
        enterpriseId: "seed-enterprise-1",
        movedInOn: new Date("2025-01-01"),
      },
    })
  ).id;
const freshFinancing = async (fx: TFixture) => {
  const residentId = await freshResident(fx);
  const { baseId } = await fx.platform.prisma.innovationBaseResident.findUniqueOrThrow({ where: { id: residentId } });
  return (
    await fx.platform.prisma.innovationBaseFinancing.create({
      data: {
        id: `mx-financing-${fx.seq()}`,
        baseId,
        residentId,
        kind: "LOAN",
        amountFen: 1_000_000n,
        investor: "矩阵银行",
        receivedOn: new Date("2025-05-01"),
      },
    })
  ).id;
};
/** An industrial cluster in 狮岭镇, run by the operator's node, with one link; a member of it. */
const freshIndustrialCluster = async (fx: TFixture) =>
  (
    await fx.platform.prisma.industrialCluster.create({
      data: {
        id: `mx-industrial-cluster-${fx.seq()}`,
        name: `矩阵集群${fx.seq()}`,
        chain: "LEATHER",
        townId: fx.shilingTownId,
        operatorNodeId: fx.operatorNodeId,
        leadUnit: "矩阵牵头单位",
        links: [{ key: "mx-link-1", segment: "UPSTREAM", name: "皮革" }],
      },
    })
  ).id;
const freshMember = async (fx: TFixture) =>
  (
    await fx.platform.prisma.industrialClusterMember.create({
      data: {
        id: `mx-member-${fx.seq()}`,
        clusterId: await freshIndustrialCluster(fx),
        enterpriseId: "seed-enterprise-1",
        linkKeys: ["mx-link-1"],
      },
    })
  ).id;

// service ledger (issue 4)
/** A request of the demo enterprise for a fresh product of the operator's node, in the given status. */
const freshRequest = async (fx: TFixture, status: "PENDING" | "ACCEPTED") =>
  (
    await fx.platform.prisma.serviceRequest.create({
      data: {
        id: `mx-request-${fx.seq()}`,
        enterpriseId: "seed-enterprise-1",
        productId: await freshProduct(fx, "PUBLISHED"),
        nodeId: fx.operatorNodeId,
        townId: fx.shilingTownId,
        category: "TECH_SUPPORT",
        channel: "ONLINE",
        note: "矩阵测试申请",
        status,
      },
    })
  ).id;
/** An unrated ledger record of the demo enterprise at the operator's node, served long ago. */
const freshRecord = async (fx: TFixture) =>
  (
    await fx.platform.prisma.ledgerRecord.create({
      data: {
        id: `mx-record-${fx.seq()}`,
        enterpriseId: "seed-enterprise-1",
        nodeId: fx.operatorNodeId,
        townId: fx.shilingTownId,
        category: "TECH_SUPPORT",
        channel: "OFFLINE",
        servedOn: new Date("2026-01-05"),
        staffName: "矩阵",
        summary: "矩阵测试记录",
        ratingReasons: [],
      },
    })
  ).id;
/** A complaint of the demo enterprise against the operator's node, in the given status. */
const freshComplaint = async (fx: TFixture, status: "FILED" | "HANDLING" | "ANSWERED") =>
  (
    await fx.platform.prisma.serviceComplaint.create({
      data: {
        id: `mx-complaint-${fx.seq()}`,
        enterpriseId: "seed-enterprise-1",
        nodeId: fx.operatorNodeId,
        townId: fx.shilingTownId,
        subject: "矩阵测试投诉",
        content: "矩阵测试投诉内容",
        status,
        ...(status === "ANSWERED" ? { answer: "矩阵答复" } : {}),
      },
    })
  ).id;
/** A month no report uses yet (years before 2000, twelve months each: one report per node and month). */
const sampleMonth = (fx: TFixture) => {
  const n = fx.seq();
  return `${1000 + (Math.floor(n / 12) % 1000)}-${String((n % 12) + 1).padStart(2, "0")}`;
};
const SAMPLE_REPORT_VALUES = {
  servicesDelivered: 3,
  enterprisesServed: 2,
  activitiesHeld: 1,
  staffOnDuty: 4,
  operatingState: "NORMAL",
  enterpriseVisits: 5,
  occupancy: 80,
  residents: 6,
};
/** A report of the operator's node (狮岭镇). */
const freshReport = async (fx: TFixture) =>
  (
    await fx.platform.prisma.monthlyReport.create({
      data: {
        id: `mx-report-${fx.seq()}`,
        nodeId: fx.operatorNodeId,
        townId: fx.shilingTownId,
        month: sampleMonth(fx),
        form: "GENERAL",
        values: SAMPLE_REPORT_VALUES,
        dueOn: "2000-01-05",
        submittedAt: new Date(),
      },
    })
  ).id;
/** An expert of the pool, tied to no node and to no account. */
const freshExpert = async (fx: TFixture) =>
  (
    await fx.platform.prisma.expert.create({
      data: { id: `mx-experts-${fx.seq()}`, name: `矩阵专家${fx.seq()}`, field: "企业服务评价" },
    })
  ).id;
/** One expert-scored indicator weighing 100: the smallest valid scheme definition. */
const MATRIX_DEFINITION = {
  dimensions: [
    { name: "工作质量", indicators: [{ key: "work", name: "工作成效", weight: 100, kind: "EXPERT", maxScore: 10, rubric: "按规范评分" }] },
  ],
};
/** An active town scheme of the district. */
const freshEvaluationScheme = async (fx: TFixture) =>
  (
    await fx.platform.prisma.evaluationScheme.create({
      data: {
        id: `mx-evaluation-${fx.seq()}`,
        name: `矩阵评价方案${fx.seq()}`,
        subjectKind: "TOWN",
        definition: MATRIX_DEFINITION,
        starThresholds: [{ stars: 5, min: 90 }],
        status: "ACTIVE",
      },
    })
  ).id;
/** A round of 狮岭镇 whose subject the demo evaluator (seed-expert-1) is assigned to (unless not `assigned`: nothing to wait for); a published one has a result. */
async function freshEvaluationRound(fx: TFixture, status: "OPEN" | "CLOSED" | "PUBLISHED" = "OPEN", assigned = true) {
  const n = fx.seq();
  const schemeId = await freshEvaluationScheme(fx);
  const db = fx.platform.prisma;
  await db.evaluationRound.create({
    data: {
      id: `mx-round-${n}`,
      name: `矩阵轮次${n}`,
      schemeId,
      schemeVersion: 1,
      definition: MATRIX_DEFINITION,
      starThresholds: [{ stars: 5, min: 90 }],
      periodKind: "YEAR",
      year: 2026,
      status,
      subjects: { create: { id: `mx-subject-${n}`, townId: fx.shilingTownId } },
    },
  });
  if (assigned)
    await db.evaluationAssignment.create({ data: { id: `mx-assign-${n}`, subjectId: `mx-subject-${n}`, expertId: "seed-expert-1" } });
  if (status === "PUBLISHED")
    await db.evaluationResult.create({
      data: {
        id: `mx-result-${n}`,
        subjectId: `mx-subject-${n}`,
        total: 80,
        rank: 1,
        stars: 1,
        contributions: [{ key: "work", weight: 100, share: 0.8, points: 80 }],
      },
    });
  return { roundId: `mx-round-${n}`, subjectId: `mx-subject-${n}` };
}
/** A past recognition of the demo enterprise (expired: the tier does not change). */
const freshRecognition = async (fx: TFixture) =>
  (
    await fx.platform.prisma.cultivationRecognition.create({
      data: {
        id: `mx-recognition-${fx.seq()}`,
        enterpriseId: "seed-enterprise-1",
        level: "INNOVATIVE",
        body: "PROVINCIAL",
        batch: "矩阵批次",
        recognisedOn: new Date("2018-01-01T00:00:00Z"),
        validUntil: new Date("2020-12-31T00:00:00Z"),
      },
    })
  ).id;
/** A criterion on a level and figure the seed leaves free (one per call). */
let criterionSlot = 0;
/** SINGLE_CHAMPION's stage services removed, so that creating them can succeed (freshStageRow puts a row back). */
const freeStageLevel = async (fx: TFixture) => {
  await fx.platform.prisma.cultivationStageService.deleteMany({ where: { level: "SINGLE_CHAMPION" } });
  return "SINGLE_CHAMPION" as const;
};
const freshStageRow = async (fx: TFixture) => {
  await fx.platform.prisma.cultivationStageService.upsert({
    where: { level: "SINGLE_CHAMPION" },
    create: { id: "SINGLE_CHAMPION", level: "SINGLE_CHAMPION", categories: [], programmes: [] },
    update: {},
  });
  return "SINGLE_CHAMPION";
};
const freshCriterion = async (fx: TFixture) => {
  const taken = new Set((await fx.platform.prisma.cultivationCriterion.findMany()).map((c) => `${c.level}/${c.figureKey}`));
  const levels = ["ABOVE_SIZE", "SINGLE_CHAMPION", "INNOVATIVE", "SPECIALIZED", "LITTLE_GIANT"];
  const keys = ["PATENTS", "RD_SHARE", "RD_SPEND_WAN", "EVAL_SCORE", "MARKET_RANK", "MAIN_SHARE", "YEARS", "REVENUE_WAN"];
  const free = levels.flatMap((l) => keys.map((k) => [l, k])).filter(([l, k]) => !taken.has(`${l}/${k}`));
  const [level, figureKey] = free[criterionSlot++ % free.length];
  return (
    await fx.platform.prisma.cultivationCriterion.create({
      data: { id: `mx-criterion-${fx.seq()}`, level, figureKey, threshold: 1, source: "矩阵测试依据", placeholder: true },
    })
  ).id;
};
/** An enterprise of 狮岭镇 without figures. */
const freshShilingEnterprise = async (fx: TFixture) => {
  const n = fx.seq();
  return (
    await fx.platform.prisma.enterprise.create({
      data: {
        id: `mx-cult-enterprise-${n}`,
        creditCode: `91440114MXC${String(n).padStart(6, "0")}`,
        name: `矩阵培育企业${n}`,
        townId: fx.shilingTownId,
      },
    })
  ).id;
};
/** A reported figure of a fresh 狮岭镇 enterprise. */
const freshFigure = async (fx: TFixture, confirmed: boolean) =>
  (
    await fx.platform.prisma.cultivationFigure.create({
      data: {
        id: `mx-figure-${fx.seq()}`,
        enterpriseId: await freshShilingEnterprise(fx),
        figureKey: "RD_SHARE",
        value: 4,
        year: 2025,
        confirmedAt: confirmed ? new Date() : null,
      },
    })
  ).id;
/** An open round of this year. */
const freshRound = async (fx: TFixture) => {
  const year = shanghaiYear(new Date());
  return (
    await fx.platform.prisma.cultivationRound.create({
      data: {
        id: `mx-round-cult-${fx.seq()}`,
        name: "矩阵测试批次",
        level: "INNOVATIVE",
        year,
        body: "PROVINCIAL",
        batch: "矩阵",
        opensOn: new Date(`${year - 1}-01-01T00:00:00Z`),
        closesOn: new Date(`${year + 1}-12-31T00:00:00Z`),
      },
    })
  ).id;
};
/** A recommended and submitted application of a fresh 狮岭镇 enterprise, waiting for the district. */
const freshApplication = async (fx: TFixture) =>
  (
    await fx.platform.prisma.cultivationApplication.create({
      data: {
        id: `mx-application-${fx.seq()}`,
        roundId: await freshRound(fx),
        enterpriseId: await freshShilingEnterprise(fx),
        townId: fx.shilingTownId,
        recommendedAt: new Date(),
        submittedAt: new Date(),
        material: "矩阵测试材料",
      },
    })
  ).id;
/**
 * A published activity of the operator's node (狮岭镇), open for registration; unless told otherwise both matrix
 * enterprises hold a seat. `today`: it is on now (check-in open); `attended`: both checked in.
 */
async function freshActivity(
  fx: TFixture,
  opts: { registered?: boolean; today?: boolean; attended?: boolean; enterprises?: string[] } = {},
) {
  const n = fx.seq();
  const now = Date.now();
  const startsAt = new Date(opts.today ? now - 3600_000 : now + 10 * 86_400_000);
  const id = `mx-activity-${n}`;
  await fx.platform.prisma.activity.create({
    data: {
      id,
      title: `矩阵活动${n}`,
      seriesId: "seed-series-POLICY_PLUS",
      nodeId: fx.operatorNodeId,
      townId: fx.shilingTownId,
      status: "PUBLISHED",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 4 * 3600_000),
      place: "狮岭镇会议室",
      capacity: 10,
      registrationClosesAt: new Date(startsAt.getTime() + 3600_000),
      category: "INFO_CONSULTING",
      checkInToken: `mx-token-${id}`,
    },
  });
  if (opts.registered === false) return id;
  const attendedAt = opts.attended ? new Date(now) : null;
  await fx.platform.prisma.activityRegistration.createMany({
    data: (opts.enterprises ?? ["seed-enterprise-1", "mx-enterprise-b"]).map((enterpriseId) => ({
      id: `${id}-${enterpriseId}`,
      activityId: id,
      enterpriseId,
      status: "REGISTERED",
      attendedAt,
    })),
  });
  await fx.platform.prisma.activity.update({ where: { id }, data: { seatsTaken: opts.enterprises?.length ?? 2 } });
  return id;
}

/** A bought training managed by the operator's node (狮岭镇), without sessions. */
const freshTraining = async (fx: TFixture) =>
  (
    await fx.platform.prisma.training.create({
      data: {
        id: `mx-training-${fx.seq()}`,
        title: `矩阵培训${fx.seq()}`,
        providerKind: "COLLEGE",
        provider: "矩阵学院",
        contractNo: `MX-T-${fx.seq()}`,
        budgetFen: 100_000,
        nodeId: fx.operatorNodeId,
        townId: fx.shilingTownId,
      },
    })
  ).id;
/** A product of the operator's node (written directly: the matrix's operator node is not an institution). */
const freshFinProduct = async (fx: TFixture) =>
  (
    await fx.platform.prisma.financingProduct.create({
      data: {
        id: `mx-finprod-${fx.seq()}`,
        nodeId: fx.operatorNodeId,
        name: `矩阵金融产品${fx.seq()}`,
        kind: "LOAN",
        rateMinBp: 300,
        rateMaxBp: 400,
        amountMinFen: 100_000_000n,
        amountMaxFen: 500_000_000n,
        termMonthsMax: 12,
        guaranteeForm: "CREDIT",
        status: "PUBLISHED",
      },
    })
  ).id;
const freshFinScheme = async (fx: TFixture) =>
  (
    await fx.platform.prisma.financingScheme.create({
      data: { id: `mx-finscheme-${fx.seq()}`, name: `矩阵担保方案${fx.seq()}`, kind: "ZHUBAODAI", rules: "矩阵", quotaFen: 1_000_000_000n },
    })
  ).id;
const freshFundInvestment = async (fx: TFixture) =>
  (
    await fx.platform.prisma.fundInvestment.create({
      data: {
        id: `mx-fundinv-${fx.seq()}`,
        fundName: "矩阵基金",
        enterpriseId: "seed-enterprise-1",
        amountFen: 100_000_000n,
        investedOn: new Date("2026-01-05T00:00:00Z"),
      },
    })
  ).id;
/** An open need of seed-enterprise-1 (狮岭镇). */
const freshFinNeed = async (fx: TFixture) =>
  (
    await fx.platform.prisma.financingNeed.create({
      data: {
        id: `mx-finneed-${fx.seq()}`,
        enterpriseId: "seed-enterprise-1",
        townId: fx.shilingTownId,
        amountFen: 200_000_000n,
        purpose: "矩阵测试",
        termMonths: 12,
        collateral: "NONE",
        urgency: "NORMAL",
        postedOn: new Date("2026-06-01T00:00:00Z"),
      },
    })
  ).id;
/** That need, sent to the operator's node. */
const freshFinSending = async (fx: TFixture, status: "SENT" | "REVIEWING") =>
  fx.platform.prisma.financingSending.create({
    data: {
      id: `mx-finsend-${fx.seq()}`,
      needId: await freshFinNeed(fx),
      nodeId: fx.operatorNodeId,
      status,
      sentOn: new Date("2026-06-01T00:00:00Z"),
      answeredOn: status === "REVIEWING" ? new Date("2026-06-02T00:00:00Z") : null,
    },
  });
// 配套协作: the leather cluster's links (its demo seed); a posting of seed-enterprise-1 in 狮岭镇, another 狮岭镇 enterprise's supply
const SC_CLUSTER = "seed-industrial-cluster-leather";
const SC_ITEM = {
  linkKey: "leather-1",
  product: "矩阵牛皮革",
  quantity: 100,
  unit: "平方尺",
  periodFrom: "2026-01-01",
  periodTo: "2027-12-31",
};
const scOther = async (fx: TFixture) =>
  (
    await fx.platform.prisma.enterprise.findFirstOrThrow({
      where: { townId: fx.shilingTownId, id: { not: "seed-enterprise-1" } },
      orderBy: { id: "asc" },
      select: { id: true },
    })
  ).id;
const freshScPosting = async (fx: TFixture, kind: "SUPPLY" | "DEMAND" = "DEMAND", enterpriseId = "seed-enterprise-1") =>
  (
    await fx.platform.prisma.supplyChainPosting.create({
      data: {
        id: `mx-sc-posting-${fx.seq()}`,
        kind,
        enterpriseId: kind === "SUPPLY" && enterpriseId === "seed-enterprise-1" ? await scOther(fx) : enterpriseId,
        townId: fx.shilingTownId,
        chain: "LEATHER",
        clusterId: SC_CLUSTER,
        linkKey: "leather-1",
        product: "矩阵牛皮革",
        quantity: 100,
        unit: "平方尺",
        periodFrom: new Date("2026-01-01T00:00:00Z"),
        periodTo: new Date("2027-12-31T00:00:00Z"),
        postedOn: new Date("2026-06-01T00:00:00Z"),
      },
    })
  ).id;
const freshScList = async (fx: TFixture) =>
  (
    await fx.platform.prisma.supplyChainProcurementList.create({
      data: {
        id: `mx-sc-list-${fx.seq()}`,
        buyerId: "seed-enterprise-1",
        townId: fx.shilingTownId,
        title: "矩阵采购清单",
        chain: "LEATHER",
        clusterId: SC_CLUSTER,
        publishedOn: new Date("2026-06-01T00:00:00Z"),
      },
    })
  ).id;
/** A contact between seed-enterprise-1's demand and another 狮岭镇 enterprise's supply, asked by either side. */
const freshScContact = async (fx: TFixture, requester: "seed-enterprise-1" | "other") => {
  const [demandId, supplyId] = [await freshScPosting(fx), await freshScPosting(fx, "SUPPLY")];
  const other = await scOther(fx);
  return (
    await fx.platform.prisma.supplyChainContact.create({
      data: {
        id: `mx-sc-contact-${fx.seq()}`,
        demandId,
        supplyId,
        requesterId: requester === "other" ? other : "seed-enterprise-1",
        score: 0.9,
        requestedOn: new Date("2026-06-01T00:00:00Z"),
      },
    })
  ).id;
};
const freshScDeal = async (fx: TFixture) =>
  (
    await fx.platform.prisma.supplyChainDeal.create({
      data: {
        id: `mx-sc-deal-${fx.seq()}`,
        buyerId: "seed-enterprise-1",
        buyerName: "广州狮岭皮具制造有限公司",
        supplierName: "矩阵区外供应商",
        chain: "LEATHER",
        clusterId: SC_CLUSTER,
        linkKey: "leather-1",
        amountFen: 100_000_000n,
        dealOn: new Date("2026-06-01T00:00:00Z"),
        local: false,
        nodeId: fx.operatorNodeId,
      },
    })
  ).id;
const freshScVisit = async (fx: TFixture) =>
  (
    await fx.platform.prisma.supplyChainVisit.create({
      data: {
        id: `mx-sc-visit-${fx.seq()}`,
        title: "矩阵走进企业",
        visitOn: new Date("2026-06-01T00:00:00Z"),
        hostId: "seed-enterprise-1",
        townId: fx.shilingTownId,
        chain: "LEATHER",
        participants: ["矩阵参加企业"],
      },
    })
  ).id;
/** An achievement of the operator's node (狮岭镇), published unless told. */
const freshTechAchievement = async (fx: TFixture, status = "PUBLISHED") =>
  (
    await fx.platform.prisma.techAchievement.create({
      data: {
        id: `mx-techach-${fx.seq()}`,
        providerNodeId: fx.operatorNodeId,
        title: `矩阵科技成果${fx.seq()}`,
        field: "LEATHER",
        maturity: 6,
        mode: "LICENCE",
        priceMinFen: 10_000_000n,
        priceMaxFen: 50_000_000n,
        contact: "020-00000000",
        status,
      },
    })
  ).id;
/** An open technology need of seed-enterprise-1 (狮岭镇). */
const freshTechNeed = async (fx: TFixture) =>
  (
    await fx.platform.prisma.techNeed.create({
      data: {
        id: `mx-techneed-${fx.seq()}`,
        enterpriseId: "seed-enterprise-1",
        townId: fx.shilingTownId,
        field: "LEATHER",
        problem: "矩阵测试",
        wantedMode: "ANY",
        postedOn: new Date("2026-06-01T00:00:00Z"),
      },
    })
  ).id;
/** That need, contacted to an achievement of the operator's node. */
const freshTechContact = async (fx: TFixture, status: "SENT" | "ACCEPTED") =>
  fx.platform.prisma.techContact.create({
    data: {
      id: `mx-techcontact-${fx.seq()}`,
      needId: await freshTechNeed(fx),
      achievementId: await freshTechAchievement(fx),
      status,
      sentOn: new Date("2026-06-01T00:00:00Z"),
      answeredOn: status === "ACCEPTED" ? new Date("2026-06-02T00:00:00Z") : null,
    },
  });
/** A cooperation project of seed-enterprise-1 with the operator's node. */
const freshTechProject = async (fx: TFixture) =>
  (
    await fx.platform.prisma.techProject.create({
      data: {
        id: `mx-techproject-${fx.seq()}`,
        title: "矩阵合作项目",
        enterpriseId: "seed-enterprise-1",
        townId: fx.shilingTownId,
        providerNodeId: fx.operatorNodeId,
        field: "LEATHER",
        contractFen: 30_000_000n,
        signedOn: new Date("2026-06-03T00:00:00Z"),
      },
    })
  ).id;
const freshJointLab = async (fx: TFixture) =>
  (
    await fx.platform.prisma.jointLab.create({
      data: {
        id: `mx-jointlab-${fx.seq()}`,
        name: `矩阵联合实验室${fx.seq()}`,
        enterpriseId: "seed-enterprise-1",
        institution: "矩阵大学",
        field: "LEATHER",
        establishedOn: new Date("2026-01-05T00:00:00Z"),
      },
    })
  ).id;
const freshTechPlatform = async (fx: TFixture) =>
  (
    await fx.platform.prisma.techPlatform.create({
      data: { id: `mx-techplatform-${fx.seq()}`, name: `矩阵服务平台${fx.seq()}`, operator: "矩阵运营单位", field: "LEATHER" },
    })
  ).id;
/** 数字化转型: the seeded 制造业 indicator table, every question answered (the first option). */
const DIGITAL_SET = "seed-digital-set-MANUFACTURING";
const DIGITAL_ANSWERS = Object.fromEntries(
  ["B1", "B2", "B3", "B4", "O1", "O2", "O3", "M1", "M2", "M3", "E1", "E2"].map((c) => [`${DIGITAL_SET}-${c}`, 0]),
);
const digitalSetInput = (fx: TFixture) => ({
  name: `矩阵指标表${fx.seq()}`,
  industry: "OTHER",
  edition: "2099",
  source: "矩阵测试",
  level1Min: 20,
  level2Min: 40,
  level3Min: 60,
  level4Min: 80,
});
const digitalIndicatorInput = (fx: TFixture) => ({
  dimension: "BASE",
  code: `X${fx.seq()}`,
  name: "矩阵指标",
  question: "矩阵问题",
  scenario: "INFRA",
  options: [
    { label: "否", points: 0 },
    { label: "是", points: 5 },
  ],
});
const freshDigitalSet = async (fx: TFixture) =>
  (await fx.platform.prisma.digitalIndicatorSet.create({ data: { id: `mx-digitalset-${fx.seq()}`, ...digitalSetInput(fx) } })).id;
const freshDigitalIndicator = async (fx: TFixture) =>
  (
    await fx.platform.prisma.digitalIndicator.create({
      data: { id: `mx-digitalind-${fx.seq()}`, setId: await freshDigitalSet(fx), ...digitalIndicatorInput(fx) },
    })
  ).id;
/** A draft diagnosis of seed-enterprise-1 started by the operator's node. */
const freshDigitalDraft = async (fx: TFixture) =>
  (
    await fx.platform.prisma.digitalDiagnosis.create({
      data: {
        id: `mx-digitaldiag-${fx.seq()}`,
        enterpriseId: "seed-enterprise-1",
        townId: fx.shilingTownId,
        setId: DIGITAL_SET,
        byNodeId: fx.operatorNodeId,
      },
    })
  ).id;
const freshDigitalNeed = async (fx: TFixture) =>
  (
    await fx.platform.prisma.digitalNeed.create({
      data: {
        id: `mx-digitalneed-${fx.seq()}`,
        enterpriseId: "seed-enterprise-1",
        townId: fx.shilingTownId,
        scenario: "PRODUCTION",
        industry: "MANUFACTURING",
        text: "矩阵测试",
        timeline: "WITHIN_6M",
        postedOn: new Date("2026-06-01T00:00:00Z"),
      },
    })
  ).id;
const digitalSolutionInput = (fx: TFixture) => ({
  providerNodeId: fx.operatorNodeId,
  name: `矩阵方案${fx.seq()}`,
  scenario: "PRODUCTION",
  industries: ["MANUFACTURING"],
  priceMinFen: 1_000_000,
  priceMaxFen: 2_000_000,
  deployDays: 30,
  contact: "020-0000",
});
/** A solution of the operator's node. */
const freshDigitalSolution = async (fx: TFixture, status: "PENDING" | "PUBLISHED") =>
  (await fx.platform.prisma.digitalSolution.create({ data: { id: `mx-digitalsol-${fx.seq()}`, ...digitalSolutionInput(fx), status } })).id;
/** That need, sent to a solution of the operator's node. */
const freshDigitalContact = async (fx: TFixture) =>
  fx.platform.prisma.digitalContact.create({
    data: {
      id: `mx-digitalcontact-${fx.seq()}`,
      needId: await freshDigitalNeed(fx),
      solutionId: await freshDigitalSolution(fx, "PUBLISHED"),
      sentOn: new Date("2026-06-01T00:00:00Z"),
    },
  });
const freshDigitalBenchmark = async (fx: TFixture) =>
  (
    await fx.platform.prisma.digitalBenchmark.create({
      data: {
        id: `mx-digitalbench-${fx.seq()}`,
        enterpriseId: "seed-enterprise-1",
        title: "矩阵标杆",
        recognisedOn: new Date("2026-06-01T00:00:00Z"),
        before: "转型前",
        after: "转型后",
      },
    })
  ).id;
/** A showcase entry of 狮岭镇 in the given status. */
const freshShowcaseEntry = async (fx: TFixture, status = "DRAFT") =>
  (
    await fx.platform.prisma.showcaseEntry.create({
      data: {
        id: `mx-showcase-${fx.seq()}`,
        kind: "CASE",
        title: `矩阵典型风采${fx.seq()}`,
        year: 2026,
        summary: "矩阵测试摘要",
        body: "矩阵测试正文",
        townId: fx.shilingTownId,
        status,
        publishedAt: status === "PUBLISHED" ? new Date() : null,
      },
    })
  ).id;
const mxBatchInput = (fx: TFixture) => ({
  name: `矩阵服务券批次${fx.seq()}`,
  budgetFen: 10_000_000,
  faceValuesFen: [100_000],
  categories: ["TECH_SUPPORT"],
  quotaPerCategoryFen: 100_000,
  validFrom: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
  validTo: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
});
/** A batch open to every node, valid a month either side of today. */
const freshVoucherBatch = async (fx: TFixture, issueMode = "ALLOCATION") => {
  const b = mxBatchInput(fx);
  return (
    await fx.platform.prisma.voucherBatch.create({
      data: { id: `mx-vbatch-${fx.seq()}`, ...b, validFrom: new Date(b.validFrom), validTo: new Date(b.validTo), issueMode },
    })
  ).id;
};
/** A voucher of the demo enterprise (狮岭镇) in a fresh batch. */
const freshVoucherOf = async (fx: TFixture, status = "ISSUED") =>
  fx.platform.prisma.voucher.create({
    data: {
      id: `mx-voucher-${fx.seq()}`,
      code: `MX${String(fx.seq()).padStart(8, "0")}`,
      batchId: await freshVoucherBatch(fx),
      enterpriseId: "seed-enterprise-1",
      townId: fx.shilingTownId,
      faceValueFen: 100_000,
      balanceFen: 100_000,
      status,
      source: "ALLOCATION",
    },
  });
/** A redemption waiting for the demo enterprise's confirmation, at the operator's node. */
const freshRedemption = async (fx: TFixture) => {
  const v = await freshVoucherOf(fx);
  const id = `mx-vredemption-${fx.seq()}`;
  await fx.platform.prisma.voucherRedemption.create({
    data: {
      id,
      voucherId: v.id,
      batchId: v.batchId,
      enterpriseId: v.enterpriseId,
      nodeId: fx.operatorNodeId,
      townId: fx.shilingTownId,
      ledgerRecordId: `mx-ledger-${fx.seq()}`,
      category: "TECH_SUPPORT",
      amountFen: 1_000,
      servedAt: new Date(Date.now() - 3_600_000),
      period: new Date(Date.now() + 8 * 3_600_000 - 3_600_000).toISOString().slice(0, 7),
      steps: ["矩阵测试服务"],
      staffName: "矩阵测试",
    },
  });
  return id;
};
const policyInput = (fx: TFixture) => ({
  title: `矩阵测试政策${fx.seq()}`,
  issuer: "花都区矩阵测试局",
  level: "DISTRICT",
  summary: "矩阵测试用的政策，说明文字不少于十个字。",
  supportKind: "SUBSIDY",
  supportText: "最高1万元",
  handlerNodeId: fx.operatorNodeId,
  townIds: [fx.shilingTownId],
  industryCodes: ["19"],
});
/** A policy of the operator's node (狮岭镇, division 19 unless `over` says otherwise): a draft by default. */
const freshPolicy = async (fx: TFixture, over: Record<string, unknown> = {}) =>
  (
    await fx.platform.prisma.policy.create({
      data: {
        id: `mx-policy-${fx.seq()}`,
        ...policyInput(fx),
        townIds: [],
        industryCodes: [],
        whoQualifies: [],
        status: "DRAFT",
        ...over,
        ...(over.status === "PUBLISHED" ? { version: 1, publishedAt: new Date() } : {}),
      } as never,
    })
  ).id;
/** A pending application of the demo enterprise to a published policy of the operator's node. */
const freshPolicyApplication = async (fx: TFixture) => {
  const policyId = await freshPolicy(fx, { status: "PUBLISHED" });
  const row = await fx.platform.prisma.policyApplication.create({
    data: {
      id: `mx-policy-app-${fx.seq()}`,
      policyId,
      enterpriseId: "seed-enterprise-1",
      townId: fx.shilingTownId,
      material: "矩阵测试申报材料",
      activeKey: `${policyId}:seed-enterprise-1`,
    },
  });
  return { id: row.id, policyId };
};

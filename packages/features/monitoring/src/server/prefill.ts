import type { TDbTx } from "@qifu/db";
import type { TPrefilled, TPrefillSource, TReportField, TReportFormKey } from "../schemas";
import { REPORT_FORMS } from "../schemas";
import { nextMonth } from "./due";

const dayStart = (month: string) => new Date(`${month}-01T00:00:00Z`);

/**
 * The figures the platform already holds for a node and month, read (never written) from the
 * ledger's records, the node's record and the carriers' resident lists: a report should not
 * ask staff to type again what the platform already knows.
 */
async function figuresOf(db: TDbTx, nodeId: string, month: string): Promise<Record<TPrefillSource, number>> {
  const from = dayStart(month);
  const to = dayStart(nextMonth(month)); // exclusive: servedOn is a date
  const monthEnd = new Date(to.getTime() - 86_400_000);
  const servedIn = { nodeId, servedOn: { gte: from, lt: to } };
  const stillIn = { lte: monthEnd };
  const [records, enterprises, node, baseResidents, parkResidents] = await Promise.all([
    db.ledgerRecord.count({ where: servedIn }),
    db.ledgerRecord.groupBy({ by: ["enterpriseId"], where: servedIn }),
    db.node.findUnique({ where: { id: nodeId }, select: { staffCount: true } }),
    db.innovationBaseResident.count({
      where: {
        base: { operatorNodeId: nodeId },
        movedInOn: stillIn,
        OR: [{ graduatedOn: null }, { graduatedOn: { gt: monthEnd } }],
        AND: [{ OR: [{ leftOn: null }, { leftOn: { gt: monthEnd } }] }],
      },
    }),
    db.specializedParkResident.count({
      where: { park: { operatorNodeId: nodeId }, OR: [{ movedInOn: null }, { movedInOn: stillIn }] },
    }),
  ]);
  return {
    LEDGER_RECORDS: records,
    LEDGER_ENTERPRISES: enterprises.length,
    NODE_STAFF: node?.staffCount ?? 0,
    CARRIER_RESIDENTS: baseResidents + parkResidents,
  };
}

/** The prefilled values of a form for a node and month, each with its source (the form says where it came from). */
export async function prefillOf(db: TDbTx, form: TReportFormKey, nodeId: string, month: string): Promise<TPrefilled> {
  const figures = await figuresOf(db, nodeId, month);
  const out: TPrefilled = {};
  for (const f of REPORT_FORMS[form].fields as TReportField[]) if (f.prefill) out[f.key] = { source: f.prefill, value: figures[f.prefill] };
  return out;
}

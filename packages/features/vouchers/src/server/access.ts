import { AppError, type TLabel } from "@qifu/domain";
import { byRole, byTown, NO_ROWS, type TContext, type TSessionUser, type TWhere } from "@qifu/trpc-core";
import { REFUSAL_FIELD, REFUSALS, type TRefusal } from "../schemas";

export const DISTRICT = ["DISTRICT_ADMIN"] as const;
export const STAFF = ["DISTRICT_ADMIN", "TOWN_ADMIN"] as const;
export const NODE_STAFF = ["NODE_OPERATOR"] as const;

export const BATCH_LABEL: TLabel = { zh: "服务券批次", en: "Voucher batch" };
export const VOUCHER_LABEL: TLabel = { zh: "服务券", en: "Service voucher" };
export const REDEMPTION_LABEL: TLabel = { zh: "服务券核销", en: "Voucher redemption" };
export const SETTLEMENT_LABEL: TLabel = { zh: "服务券结算", en: "Voucher settlement" };
export const SPOT_CHECK_LABEL: TLabel = { zh: "服务券抽查", en: "Voucher spot check" };

/** Stored evidence files of a redemption are owned by this kind. */
export const EVIDENCE_FILES = "voucherRedemption";

/** Vouchers: the district all; a town admin its town's enterprises'; an enterprise its own; nobody else. */
export const voucherScope = (user: TSessionUser | null): TWhere => byRole(user, { enterprise: "enterpriseId" });
/** Redemptions: the district all; a town admin those at its town's nodes; node staff their node's; an enterprise its own. */
export const redemptionScope = (user: TSessionUser | null): TWhere => byRole(user, { node: "nodeId", enterprise: "enterpriseId" });
/** Settlements and spot checks are the district's. */
export const districtOnly = (user: TSessionUser | null): TWhere => (user?.role === "DISTRICT_ADMIN" ? {} : NO_ROWS);
/** Batches are read by every role that deals with vouchers (their terms are public to them). */
export const batchReadScope = (user: TSessionUser | null): TWhere => (user ? {} : NO_ROWS);
export const townOf = byTown;

/** A refused redemption: its reason as the code of the message, on the field at fault. */
export const refuse = (reason: TRefusal) =>
  new AppError("CONFLICT", REFUSALS[reason], [{ path: REFUSAL_FIELD[reason], message: REFUSALS[reason] }]);

/** The signed-in enterprise's id, or a clear refusal for an account whose claim is not approved yet. */
export function myEnterpriseId(ctx: TContext): string {
  const id = ctx.user?.enterpriseId;
  if (!id)
    throw new AppError("FORBIDDEN", {
      zh: "您的账号还没有关联企业：企业认领经审核通过后，即可申领服务券",
      en: "Your account has no enterprise yet: once your enterprise claim is approved you can apply for vouchers",
    });
  return id;
}

/** Serialises the writes that touch one settlement period (redeem, confirm, settle) until commit. */
export async function lockPeriod(ctx: TContext, period: string) {
  await ctx.db.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`voucher-period:${period}`}))) AS l`;
}

import { createPublicContext, type TPublicLang } from "@qifu/ui/public";
import type { TComplaint, TRate, TRecord, TRequest, TRequestCreate, TRequestDetail } from "../schemas";
import { ledgerPublicMessages, type TLedgerPublicMessages } from "./messages";

export type TLang = TPublicLang;
type TPage<T> = Promise<{ data: T[]; total: number }>;
type TListInput = { pagination: { page: number; perPage: number } };

/** The procedures the enterprise's ledger pages call, structurally (the feature does not import packages/api). */
export interface LedgerPublicClient {
  auth: { me: { query(): Promise<{ role: string; enterpriseId: string | null; displayName: string } | null> } };
  /** the enterprise's own record, to prefill the request's contact (structural: the ledger does not import the enterprises feature) */
  enterpriseAccount: { mine: { query(): Promise<{ enterprise: { contactName: string | null; contactPhone: string | null } | null }> } };
  serviceRequests: {
    list: { query(input: TListInput & { filter?: { open?: boolean } }): TPage<TRequest> };
    detail: { query(input: { id: string }): Promise<TRequestDetail> };
    create: { mutate(input: TRequestCreate): Promise<TRequest> };
    cancel: { mutate(input: { id: string; reason?: string | null }): Promise<TRequest> };
  };
  ledgerRecords: {
    list: { query(input: TListInput & { sort?: { field: "servedOn"; order: "DESC" } }): TPage<TRecord> };
    rate: { mutate(input: TRate): Promise<TRecord> };
  };
  serviceComplaints: {
    list: { query(input: TListInput): TPage<TComplaint> };
    create: { mutate(input: { nodeId: string; recordId?: string | null; subject: string; content: string }): Promise<TComplaint> };
    close: { mutate(input: { id: string; note?: string | null }): Promise<TComplaint> };
    accept: { mutate(input: { id: string; note?: string | null }): Promise<TComplaint> };
    reopen: { mutate(input: { id: string; reason: string }): Promise<TComplaint> };
  };
}

const ctx = createPublicContext<LedgerPublicClient, TLedgerPublicMessages>("LedgerPublicProvider", ledgerPublicMessages);
export const LedgerPublicProvider = ctx.Provider;
export const useLedgerPublic = ctx.usePublic;

export const ME_KEY = ["auth", "me"] as const;
export const MY_SERVICES = "/my/services";
export const requestPath = (id: string) => `/my/requests/${id}`;
export const LOGIN = "/login";

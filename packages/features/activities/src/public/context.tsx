import { useQuery } from "@tanstack/react-query";
import { createPublicContext, ME_QUERY_KEY, type PublicTownsClient, type TPublicLang } from "@qifu/ui/public";
import type { TActivityPublic, TActivityPublicDetail, TActivityPublicSearch, TMyRegistration, TRegistration } from "../schemas";
import { activitiesMessages } from "./messages";

export type TLang = TPublicLang;

/** The procedures these pages call, structurally (a feature does not import packages/api). */
export interface ActivitiesPublicClient extends PublicTownsClient {
  auth: { me: { query(): Promise<{ role: string; enterpriseId: string | null } | null> } };
  activities: {
    publicList: { query(input: TActivityPublicSearch): Promise<{ data: TActivityPublic[]; total: number }> };
    publicGet: { query(input: { id: string }): Promise<TActivityPublicDetail> };
    publicSeries: { query(): Promise<{ id: string; name: string; nameEn: string }[]> };
    mine: { query(): Promise<TMyRegistration[]> };
    register: { mutate(input: { activityId: string }): Promise<TRegistration> };
    cancel: { mutate(input: { activityId: string }): Promise<TRegistration> };
    checkIn: { mutate(input: { activityId: string; token: string }): Promise<{ registration: TRegistration; alreadyCheckedIn: boolean }> };
    rate: { mutate(input: { activityId: string; rating: number; comment?: string | null }): Promise<TRegistration> };
  };
}

const ctx = createPublicContext<ActivitiesPublicClient, (typeof activitiesMessages)["zh"]>("ActivitiesPublicProvider", activitiesMessages);
export const ActivitiesPublicProvider = ctx.Provider;
export const useActivitiesPublic = ctx.usePublic;

/** The signed-in account (shared query key with the sign-in page). */
export function useMe() {
  const { client } = useActivitiesPublic();
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: () => client.auth.me.query(), staleTime: 30_000 });
}

export const activitiesPaths = {
  list: "/activities",
  show: (id: string) => `/activities/${id}`,
  checkIn: (id: string) => `/activities/${id}/check-in`,
};

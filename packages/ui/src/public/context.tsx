import { createContext, useContext, type ReactNode } from "react";

export type TPublicLang = "zh" | "en";

/**
 * The context a feature's public pages read: the API client (typed structurally by the feature,
 * which does not import packages/api), the page language and the feature's messages in it.
 * One factory, so every feature's provider and hook behave the same. `TSlots`: what else the
 * app's composition file gives the pages (another feature's widget in a slot), passed as props.
 */
export function createPublicContext<TClient, TMessages, TSlots extends object = object>(
  providerName: string,
  messages: Record<TPublicLang, TMessages>,
) {
  type TCtx = { client: TClient; lang: TPublicLang } & TSlots;
  const Ctx = createContext<TCtx | null>(null);
  function Provider({ children, ...value }: TCtx & { children: ReactNode }) {
    return <Ctx.Provider value={value as unknown as TCtx}>{children}</Ctx.Provider>;
  }
  Provider.displayName = providerName;
  function usePublic(): TCtx & { t: TMessages } {
    const ctx = useContext(Ctx);
    if (!ctx) throw new Error(`${providerName} is missing above these pages`);
    return { ...ctx, t: messages[ctx.lang] };
  }
  return { Provider, usePublic };
}

/** What every public page's client can call to list the towns (the network feature's public procedure). */
export interface PublicTownsClient {
  network: { publicTowns: { query(): Promise<{ id: string; name: string; nameEn: string }[]> } };
}

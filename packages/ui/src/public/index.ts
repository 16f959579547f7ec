/**
 * The public-site kit (`@qifu/ui/public`): what the features' public pages share — the context
 * factory of a feature's pages and the list and detail pages of a service carrier.
 */
export * from "./context";
export * from "./carrier-pages";
export * from "./routes";
export * from "./use-zod-form";
export * from "./account-gate";

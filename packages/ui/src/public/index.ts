/**
 * The public-site kit (`@qifu/ui/public`): what the features' public pages share — the context
 * factory of a feature's pages, the public routes, forms and the account gate. The service
 * carriers' list and detail pages are in the carrier kit (`@qifu/carrier-kit/public`).
 */
export * from "./context";
export * from "./section-title";
export * from "./routes";
export * from "./use-zod-form";
export * from "./account-gate";
export * from "./search-results";

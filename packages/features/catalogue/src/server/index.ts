import { defineServerFeature } from "@qifu/trpc-core";
import { catalogueRouter } from "./catalogue-router";
import { catalogueTodos } from "./todos";
import { productsResource } from "./resources";
import { seedCatalogue } from "./seed";

/** The service catalogue: the routers this feature adds to the root router. */
export const catalogueRouters = {
  serviceProducts: productsResource.router,
  catalogue: catalogueRouter,
};
export { productScope, reviewScope, toProductDto } from "./product-service";
export { seedCatalogue } from "./seed";
export { rankedProducts } from "./search";

/** This feature's server manifest (packages/api composes the list). */
export const serverFeature = defineServerFeature({
  name: "catalogue",
  routers: catalogueRouters,
  todos: catalogueTodos,
  seed: (tx) => seedCatalogue(tx),
});

import { catalogueRouter } from "./catalogue-router";
import "./todos";
import { productsResource } from "./resources";

/** The service catalogue: the routers this feature adds to the root router. */
export const catalogueRouters = {
  serviceProducts: productsResource.router,
  catalogue: catalogueRouter,
};
export { productScope, reviewScope, toProductDto } from "./product-service";
export { seedCatalogue } from "./seed";
export { rankedProducts } from "./search";

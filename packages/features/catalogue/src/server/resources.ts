import { AppError, type TRole } from "@qifu/domain";
import { defineResource } from "@qifu/trpc-core";
import { ZProduct, ZProductCreate, ZProductFilter, ZProductUpdate } from "../schemas";
import { PRODUCT, PRODUCT_INCLUDE, prepareProductCreate, prepareProductUpdate, productScope, toProductDto } from "./product-service";

export const PRODUCT_EDITORS: readonly TRole[] = ["DISTRICT_ADMIN", "TOWN_ADMIN", "NODE_OPERATOR"];

export const productsResource = defineResource({
  name: "serviceProducts",
  label: PRODUCT,
  model: (db) => db.serviceProduct,
  searchTable: "service_product",
  include: PRODUCT_INCLUDE,
  schemas: { create: ZProductCreate, update: ZProductUpdate, filter: ZProductFilter, dto: ZProduct },
  sortable: ["title", "category", "status", "nodeId", "townId", "timeLimitDays", "submittedAt", "publishedAt", "createdAt", "updatedAt"],
  defaultSort: { field: "updatedAt", order: "DESC" },
  policy: { read: PRODUCT_EDITORS, create: PRODUCT_EDITORS, update: PRODUCT_EDITORS, delete: PRODUCT_EDITORS },
  scope: { read: productScope, write: productScope },
  filterToWhere: (f) => ({
    ...(f.nodeId ? { nodeId: f.nodeId } : {}),
    ...(f.townId ? { townId: f.townId } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.feeFree !== undefined ? { feeFree: f.feeFree } : {}),
  }),
  toDto: toProductDto,
  prepareCreate: prepareProductCreate,
  prepareUpdate: prepareProductUpdate,
  beforeDelete: async (_ctx, existing) => {
    if (existing.status !== "DRAFT")
      throw new AppError("CONFLICT", {
        zh: "只能删除草稿；已提交或发布过的服务产品请下架",
        en: "Only drafts can be deleted; withdraw a product that was submitted or published",
      });
  },
  outOfScope: {
    zh: "只能为本节点（镇街管理员：本镇街节点）发布服务产品",
    en: "You can only publish products of your own node (town admins: of your town's nodes)",
  },
});

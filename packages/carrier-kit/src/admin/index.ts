/**
 * The carrier kit's console parts (`@qifu/carrier-kit/admin`): a carrier's list (search, town
 * filter and column), its form's place inputs, the references of an enterprise linked to it,
 * and its menu resource with the carriers' access.
 */
export * from "./carrier-list";
export * from "./carrier-resource";
export * from "./carrier-inputs";

/**
 * The react-admin kit (`@qifu/ui/admin`): what every feature's admin screens share — the
 * resource type the console composes, language and identity hooks, calls to procedures
 * outside the resource contract, create/edit pages and list empty states.
 */
export * from "./types";
export * from "./lang";
export * from "./identity";
export * from "./rpc";
export * from "./form-pages";
export * from "./list-empty";
export * from "./info-card";
export * from "./fen-input";
export * from "./feature";
export * from "./file-upload-input";
export * from "./query-client";
export * from "./responsive-table";
export * from "./list-export-button";
export * from "./transfer-actions";
export * from "./node-input";
export * from "./year-select";
export * from "./feature-list";
export * from "./step-dialog-button";

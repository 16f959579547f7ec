export * from "./labels";
export * from "./enums";
export * from "./errors";
export * from "./validation";
export * from "./password";
export * from "./text-search";
export * from "./tree";

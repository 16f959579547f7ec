export * from "./theme";
export * from "./format";
export * from "./trpc-client";
export * from "./components";
export * from "./ui-text";

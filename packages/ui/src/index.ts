export * from "./theme";
export * from "./format";
export * from "./trpc-client";
export * from "./components";

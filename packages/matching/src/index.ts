export * from "./matcher";

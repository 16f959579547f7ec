import { execFileSync } from "node:child_process";

/** The browser tests drive the built front ends: build them once (turbo caches the result). */
export default function setup() {
  execFileSync("pnpm", ["exec", "turbo", "run", "build", "--filter=./apps/*", "--output-logs=errors-only"], { stdio: "inherit" });
}

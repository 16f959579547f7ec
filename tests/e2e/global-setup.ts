import { execFileSync } from "node:child_process";
import os from "node:os";

/** The browser tests drive the built front ends: build them once (turbo caches the result). */
export default function setup() {
  // one build per core: turbo's default (10 at once) took 6–7 min here against 4½ (2 cores), each
  // build's memory and start-up competing, and a starved build trips module federation's idle timeout
  const concurrency = String(os.availableParallelism());
  execFileSync(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=./apps/*", "--output-logs=errors-only", `--concurrency=${concurrency}`],
    {
      stdio: "inherit",
    },
  );
}

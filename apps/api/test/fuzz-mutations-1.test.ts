import { fuzzMutations } from "./fuzz-harness";

// Half of the mutation fuzz (see fuzz-harness.ts); the other half runs in parallel.
fuzzMutations(0, 2);

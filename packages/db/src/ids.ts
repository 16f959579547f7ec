import { createId } from "@paralleldrive/cuid2";
/** Ids are strings (DESIGN.md §6 conventions); cuid2 is collision-safe across processes. */
export const newId = (): string => createId();

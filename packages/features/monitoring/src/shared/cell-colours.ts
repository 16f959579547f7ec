import type { TCellState } from "../schemas";

/** The colour of each matrix state, the same on the console and the board: green on time, amber late, red missing, grey not yet due. */
export const CELL_COLOURS: Record<TCellState, { bg: string; fg: string; mark: string }> = {
  ON_TIME: { bg: "#2e7d32", fg: "#fff", mark: "✓" },
  LATE: { bg: "#ed6c02", fg: "#fff", mark: "!" },
  MISSING: { bg: "#d32f2f", fg: "#fff", mark: "✕" },
  NOT_DUE: { bg: "#e0e0e0", fg: "#616161", mark: "·" },
  NONE: { bg: "transparent", fg: "#9e9e9e", mark: "" },
};

import { qifuPalette } from "../theme";

export type Tone = "primary" | "success" | "warning" | "danger" | "info" | "default";

/** Text/icon colour for each tone, readable on white; backgrounds use a light tint of it. */
export const toneColor: Record<Tone, string> = {
  primary: qifuPalette.primary,
  info: qifuPalette.primary,
  success: qifuPalette.success,
  warning: "#b36200", // the theme's orange is too light for small text on white
  danger: qifuPalette.danger,
  default: qifuPalette.muted,
};

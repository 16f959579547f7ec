// The house style (issue 12 pt 6). One preset for every package; `pnpm format` writes it,
// `pnpm format:check` (CI, through `pnpm lint`) fails on a file that differs.
// The width stays near what the code was written at, so reflowing touched few lines.
/** @type {import("prettier").Config} */
export default {
  printWidth: 140,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  arrowParens: "always",
  endOfLine: "lf",
};

// The house lint preset (issue 12 pt 6): typescript-eslint's recommended rules without type
// information (fast enough for every commit), the rules of hooks for React code, and no `any`
// in feature code — a feature's types come from its own schemas and router, so an `any` there
// hides a mistake the compiler would otherwise catch. The import direction and the repository's
// conventions are checked by scripts/lint.mjs (dependency-cruiser), which runs this too.
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** Code where `any` is refused: the feature packages and the kits they are built on. */
export const FEATURE_CODE = [
  "packages/features/*/src/**/*.{ts,tsx}",
  "packages/carrier-kit/src/**/*.{ts,tsx}",
  "packages/matching/src/**/*.{ts,tsx}",
];

export const ignores = [
  "**/node_modules/**",
  "**/dist/**",
  "**/storybook-static/**",
  "**/.turbo/**",
  "**/.data/**",
  "packages/db/generated/**",
  "**/*.d.ts",
];

export default tseslint.config(
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  { ignores },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Underscore marks a parameter kept for its position (a callback's signature).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      // Outside feature code `any` is allowed where a library's types demand it (tests, tooling).
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  { files: FEATURE_CODE, rules: { "@typescript-eslint/no-explicit-any": "error" } },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "off" },
  },
);

import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { federation } from "@module-federation/vite";
import { sharedFor } from "../../tooling/vite/shared";
import { precompress } from "../../tooling/vite/precompress";

// Served by apps/api under /admin/; in dev, API calls go to the server on :3000.
// The features are Module Federation remotes loaded at runtime (src/features.ts); this shell
// provides the shared singletons they use (tooling/vite/shared.ts).
export default defineConfig({
  base: "/admin/",
  plugins: [
    react(),
    ...(process.env.VITEST
      ? []
      : [federation({ name: "qifu_admin", remotes: {}, shared: sharedFor("admin", "host"), dts: false, manifest: false }), precompress()]),
  ],
  server: { port: 5174, proxy: { "/trpc": "http://localhost:3000" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  // Unit tests without a browser: `pnpm exec vitest run --config apps/admin/vite.config.ts`.
  test: {
    name: "admin",
    root: import.meta.dirname,
    include: ["test/**/*.test.ts"],
    environment: "node",
    // react-admin ships ESM that needs Vite's transform under vitest (stack.md)
    server: { deps: { inline: ["ra-ui-materialui", "react-admin", /@mui\//] } },
  },
});

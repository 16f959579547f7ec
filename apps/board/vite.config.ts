import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { federation } from "@module-federation/vite";
import { sharedFor } from "../../tooling/vite/shared";
import { precompress } from "../../tooling/vite/precompress";

// Served by apps/api under /board/; in dev, API calls go to the server on :3000.
// The features are Module Federation remotes loaded at runtime (src/features.ts); this shell
// provides the shared singletons they use (tooling/vite/shared.ts).
export default defineConfig({
  base: "/board/",
  plugins: [
    react(),
    federation({ name: "qifu_board", remotes: {}, shared: sharedFor("board", "host"), dts: false, manifest: false }),
    precompress(),
  ],
  server: { port: 5175, proxy: { "/trpc": "http://localhost:3000" } },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { precompress } from "../../tooling/vite/precompress";

// Served by apps/api under /; in dev, API calls go to the server on :3000.
export default defineConfig({
  base: "/",
  plugins: [react(), precompress()],
  // Feature packages import these too: one copy each, or React contexts (router, query, theme) split.
  resolve: {
    dedupe: ["react", "react-dom", "react-router", "@tanstack/react-query", "@mui/material", "@emotion/react", "@emotion/styled"],
  },
  server: { port: 5173, proxy: { "/trpc": "http://localhost:3000" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // @qifu/ui's barrel reaches echarts-setup, whose echarts.use() call would pin echarts in the
      // main chunk. Its modules have no side effects worth keeping unless something of theirs is
      // used, so echarts lands in the chunk of the first chart instead.
      treeshake: {
        moduleSideEffects: [
          { test: /echarts-setup/, sideEffects: true },
          { test: /\/packages\/ui\/src\//, sideEffects: false },
        ],
      },
    },
  },
});

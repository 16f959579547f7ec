import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// Served by apps/api under /admin/; in dev, API calls go to the server on :3000.
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  server: { port: 5174, proxy: { "/trpc": "http://localhost:3000" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate files keep them cached across releases.
        codeSplitting: {
          groups: [
            { name: "echarts", test: /[\\/]node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/, priority: 2 },
            { name: "vendor", test: /[\\/]node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
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

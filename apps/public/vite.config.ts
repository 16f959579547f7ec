import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Served by apps/api under /; in dev, API calls go to the server on :3000.
export default defineConfig({
  base: "/",
  plugins: [react()],
  server: { port: 5173, proxy: { "/trpc": "http://localhost:3000" } },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

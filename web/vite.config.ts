import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";

/** The browser app, built into dist/web, which the server serves (src/server/web-app.ts). */
export default defineConfig({
  root: import.meta.dirname,
  // .gz and .br beside each file: the server sends them as they are (preCompressed).
  plugins: [react(), compression({ algorithms: ["gzip", "brotliCompress"] })],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    // ECharts is one large chunk, loaded only by the chart screens; the budgets
    // that matter (first screen, plan screen) are measured by `npm run bench -- web`.
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The browser app, built into dist/web, which the server serves (src/server/web-app.ts). */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: "../dist/web", emptyOutDir: true },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});

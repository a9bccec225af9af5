// `npm run build` runs this after tsc: the import worker (src/importers/import-worker.ts)
// as one module and a chunk per file format, in dist/importers/bundle/. Loaded as
// the ~70 modules tsc writes for it, a worker spends two thirds of its start
// resolving and opening files; from the bundle, `duban parse` and every import the
// server isolates start several times faster. Each format's reader stays a chunk
// of its own (import-plan.ts loads it when a file of that format comes).
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

// An argument names another place: the offline bundle (scripts/bundle.sh) builds into its own.
const outdir =
  process.argv[2] === undefined
    ? fileURLToPath(new URL("../dist/importers/bundle/", import.meta.url))
    : resolve(process.argv[2]);
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [fileURLToPath(new URL("../src/importers/import-worker.ts", import.meta.url))],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
});

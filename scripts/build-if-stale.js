// `npm start` runs this first: it builds (server and web app) when dist/ is
// missing or older than a source, so a checkout that changed since the last
// `npm install` still starts what its sources say.
import { execSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const SOURCES = ["src", "web", "package.json", "package-lock.json", "tsconfig.build.json"];
const OUTPUTS = [
  "dist/cli/entry.js",
  "dist/importers/bundle/import-worker.js",
  "dist/web/index.html",
];

const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path, { recursive: true })
    .map((entry) => statSync(join(path, entry.toString())).mtimeMs)
    .reduce((a, b) => Math.max(a, b), stat.mtimeMs);
};

const builtAt = (path) => {
  try {
    return statSync(join(root, path)).mtimeMs;
  } catch {
    return 0;
  }
};

const sourcesAt = Math.max(...SOURCES.map((path) => newest(join(root, path))));
if (OUTPUTS.some((path) => builtAt(path) < sourcesAt)) {
  process.stdout.write("dist/ is older than the sources: npm run build\n");
  execSync("npm run build", { cwd: root, stdio: "inherit" });
}

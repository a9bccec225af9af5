// The import worker run from its TypeScript source, under tsx and vitest
// (isolated-import.ts starts it there; a build runs the bundle instead). A
// thread on Node 20 takes no ES module loader from `--import tsx`, only its
// require hook, and the import() of a format's reader (import-plan.ts) needs
// the loader: the thread registers it, then loads the worker.
import { register } from "tsx/esm/api";

register();
export default (await import("./import-worker.ts")).default;

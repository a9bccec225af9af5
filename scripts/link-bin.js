// npm links the bins of dependencies into node_modules/.bin but never the
// project's own; linking `duban` there lets scripts and hooks in this
// checkout call it like any installed command.
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";

const binDir = fileURLToPath(new URL("../node_modules/.bin/", import.meta.url));
const link = `${binDir}duban`;
mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
symlinkSync("../../bin/duban.js", link);

import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The layers of src/ (docs/ARCHITECTURE.md "Layers"): the folders a layer may
 * not import from. Imports are relative, so a path that climbs out of the file's
 * folder ("../", "../../") into a named sibling folder is a leak.
 */
const LAYERS = [
  "channels",
  "cli",
  "config",
  "db",
  "domain",
  "exporters",
  "importers",
  "policies",
  "server",
  "services",
];
const into = (folders) => `^(\\.\\./)+(${folders.join("|")})/`;
const except = (...allowed) => LAYERS.filter((layer) => !allowed.includes(layer));
const layer = (folder, patterns) => ({
  files: [`${folder}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      { patterns: patterns.map(([regex, message]) => ({ regex, message })) },
    ],
  },
});
const PURE = "is pure: no I/O";

export default tseslint.config(
  { ignores: ["dist/", "dist-bundle/", "node_modules/", "coverage/", "data/"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    files: ["src/**/*.ts", "web/src/**/*.{ts,tsx}"],
    rules: {
      // push(...rows) or Math.max(...values) passes each item as an argument and
      // overflows the stack past about a hundred thousand (issue 11, finding 9):
      // src/domain/append-all.ts has appendAll and largest for lists of any length.
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression > SpreadElement, NewExpression > SpreadElement",
          message: "Spread into a call overflows the stack on long lists; use appendAll or largest",
        },
      ],
    },
  },
  layer("src/domain", [
    ["^\\.\\./", "src/domain imports nothing outside src/domain"],
    ["^node:", `src/domain ${PURE}`],
  ]),
  layer("src/policies", [
    ["^\\.\\./(?!domain/)", "src/policies imports only src/domain and itself"],
    ["^node:", `src/policies ${PURE}`],
  ]),
  layer("src/channels", [
    [
      into(except("channels", "config", "domain")),
      "src/channels knows only its own folder, its settings (src/config) and src/domain's types",
    ],
  ]),
  layer("src/config", [
    [into(except("config", "domain")), "src/config (the settings) knows only src/domain"],
  ]),
  layer("src/db", [
    [
      into(["channels", "cli", "policies", "server", "services"]),
      "src/db knows only src/domain below it",
    ],
  ]),
  layer("src/importers", [
    [
      into(except("importers", "config", "domain")),
      "importers read files into src/domain's types only (with their settings, src/config)",
    ],
  ]),
  layer("src/exporters", [
    [into(except("exporters", "domain")), "exporters write src/domain's types only"],
  ]),
  layer("src/services", [
    [into(["cli", "server"]), "services do not know who calls them (server, cli)"],
  ]),
  layer("src/server", [[into(["cli"]), "the server does not know the command line"]]),
  layer("src/cli", [
    [into(["db/queries"]), "the command line goes through src/services, not the queries"],
    [
      "^(\\.\\./)+server/(?!(start-server|server-settings)\\.js$)",
      "the command line only starts the server (start-server.js, with server-settings.js)",
    ],
  ]),
  layer("web/src", [
    [
      "^(\\.\\./)+src/(?!domain/glossary\\.js$)",
      "the web app shares only src/domain/glossary.ts with the server",
    ],
  ]),
  {
    // The browser app: the DOM, not Node.
    files: ["web/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ["**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);

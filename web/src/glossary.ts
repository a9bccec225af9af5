/**
 * The workflow's words (docs/GLOSSARY.md), the same module the server's
 * messages use: pure data, so the browser app shares it rather than copying.
 */
export { TERMS, type TermKey } from "../../src/domain/glossary.js";

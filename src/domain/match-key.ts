import { Converter } from "opencc-js/t2cn";
import { normalizeUnitName } from "./unit-list.js";

/**
 * opencc-js's declaration files import "./core" without the extension that
 * NodeNext resolution needs, so their types arrive unresolved: the one
 * function used is typed here as its documentation gives it.
 */
type ConverterOf = (options: { from: string; to: string }) => (text: string) => string;

/**
 * Traditional characters to simplified ones, by OpenCC's tables: Hong Kong
 * variants (衞) first, then traditional to simplified (發 → 发). Only the
 * preset for that direction is loaded (about 100 kB, no network).
 */
const toSimplified = (Converter as unknown as ConverterOf)({ from: "hk", to: "cn" });

/**
 * The form two written names are compared in: 市發展改革委 and 市发展改革委,
 * 各县(市、区)政府 and 各縣（市、區）政府 have the same key. For matching only: the
 * name as written is what is kept and shown.
 */
export const matchKey = (name: string): string => toSimplified(normalizeUnitName(name));

import type { SourceDocument } from "../source-document.js";
import {
  readTableShape,
  type BuildPlanOptions,
  type BuildPlanResult,
} from "./table/read-table-shape.js";

export type { BuildPlanOptions, BuildPlanResult } from "./table/read-table-shape.js";

/**
 * The logical layer: recognises the shape of a document's blocks (a table,
 * numbered prose, an outline) and reads the plan from it.
 */
export const buildPlan = (
  document: SourceDocument,
  options: BuildPlanOptions = {},
): BuildPlanResult => readTableShape(document, options);

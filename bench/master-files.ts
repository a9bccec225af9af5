import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plan } from "../src/domain/plan.js";
import type { Readable } from "node:stream";
import { planToDocx, writePlanDocx } from "../src/exporters/plan-docx.js";
import { planToXlsx, writePlanXlsx } from "../src/exporters/plan-xlsx.js";
import { generateMasterPlan, type MasterOptions } from "./generate-master.js";

/**
 * The generated master tables the benchmarks work on, and where their files
 * go: bench/out/ (gitignored), rewritten on every run since they are
 * deterministic and cheap next to the measurements.
 */

export type MasterSize = "city" | "stress";
export type OfficeFormat = "docx" | "xlsx";

/** A city's table, and a province-sized one to find the limits. */
export const MASTER_SIZES: Readonly<Record<MasterSize, MasterOptions>> = {
  city: { tasks: 400, milestones: 2_000, units: 60, seed: 2022, includeReference: true },
  stress: { tasks: 4_000, milestones: 20_000, units: 200, seed: 2022, includeReference: true },
};

export const EXPORTERS: Readonly<Record<OfficeFormat, (plan: Plan) => Promise<Uint8Array>>> = {
  docx: planToDocx,
  xlsx: planToXlsx,
};

/** The same exporters in the streaming form the API pipes to a download. */
export const STREAMING_EXPORTERS: Readonly<Record<OfficeFormat, (plan: Plan) => Readable>> = {
  docx: writePlanDocx,
  xlsx: writePlanXlsx,
};

export const masterPath = (size: MasterSize, format: OfficeFormat): string =>
  fileURLToPath(new URL(`./out/master-${size}.${format}`, import.meta.url));

export const masterPlan = (size: MasterSize): Plan => generateMasterPlan(MASTER_SIZES[size]);

export const writeMasterFile = async (
  size: MasterSize,
  format: OfficeFormat,
  bytes: Uint8Array,
): Promise<string> => {
  const path = masterPath(size, format);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return path;
};

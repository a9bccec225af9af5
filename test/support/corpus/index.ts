import type { GeneratedDocument } from "./corpus-document.js";
import { p01FengongNotice } from "./documents/p01-fengong-notice.js";
import { p02LabelledWordNumbering } from "./documents/p02-labelled-word-numbering.js";
import { p05ExtraRoles } from "./documents/p05-extra-roles.js";
import { p07OutlineFiveLevels } from "./documents/p07-outline-five-levels.js";
import { p09WordNumberingSteps } from "./documents/p09-word-numbering-steps.js";
import { REFUSED_DOCUMENTS } from "./documents/refused.js";
import { t01LeadCoopColumns } from "./documents/t01-lead-coop-columns.js";
import { t02ThreeTiers } from "./documents/t02-three-tiers.js";
import { t03PersonsColumns } from "./documents/t03-persons-columns.js";
import { t04NoSeqGroupColumn } from "./documents/t04-no-seq-group-column.js";
import { t05TwoRowHeader } from "./documents/t05-two-row-header.js";
import { t06RepeatedHeader } from "./documents/t06-repeated-header.js";
import { t07ProgressColumns } from "./documents/t07-progress-columns.js";
import { t08SeveralTables } from "./documents/t08-several-tables.js";
import { t11CircledStepsInCell } from "./documents/t11-circled-steps-in-cell.js";
import { t14UnitsAndEvents } from "./documents/t14-units-and-events.js";
import { t15WordTwoRowHeader } from "./documents/t15-word-two-row-header.js";

export type { GeneratedDocument } from "./corpus-document.js";

/**
 * The corpus documents that are binary files (.docx, .xlsx, .doc), kept as
 * code: scripts/make-corpus.ts writes them into test/fixtures/corpus/, the
 * refusal cases into its refused/ folder. The text documents are written by
 * hand in those folders directly.
 */
export const GENERATED_DOCUMENTS: readonly GeneratedDocument[] = [
  p01FengongNotice,
  p02LabelledWordNumbering,
  p05ExtraRoles,
  p07OutlineFiveLevels,
  p09WordNumberingSteps,
  t01LeadCoopColumns,
  t02ThreeTiers,
  t03PersonsColumns,
  t04NoSeqGroupColumn,
  t05TwoRowHeader,
  t06RepeatedHeader,
  t07ProgressColumns,
  t08SeveralTables,
  t11CircledStepsInCell,
  t14UnitsAndEvents,
  t15WordTwoRowHeader,
];

export const GENERATED_REFUSALS: readonly GeneratedDocument[] = REFUSED_DOCUMENTS;

import type { FastifyReply } from "fastify";
import { importOutcomeJson } from "../services/import-outcome-json.js";
import type { ImportPlanOutcome } from "../services/import-plan-file.js";

/** An import's outcome answered: 201 when stored, 200 for a dry run or nothing new. */
export const sendImportOutcome = (reply: FastifyReply, outcome: ImportPlanOutcome) =>
  reply
    .status(outcome.kind === "unchanged" || outcome.dryRun ? 200 : 201)
    .send(importOutcomeJson(outcome));

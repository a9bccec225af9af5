import type { Migration } from "kysely";
import * as initialSchema from "./0001-initial-schema.js";
import * as accounts from "./0002-accounts.js";
import * as workCalendar from "./0003-work-calendar.js";
import * as workflow from "./0004-workflow.js";
import * as reminders from "./0005-reminders.js";
import * as instructions from "./0006-instructions.js";
import * as demo from "./0007-demo.js";
import * as hardening from "./0008-hardening.js";
import * as deliveryStatus from "./0009-delivery-status.js";
import * as evidenceStorage from "./0010-evidence-storage.js";
import * as planIdentity from "./0011-plan-identity.js";
import * as planRoles from "./0012-plan-roles.js";
import * as importCorrections from "./0013-import-corrections.js";
import * as notices from "./0014-notices.js";
import * as distributions from "./0015-distributions.js";
import * as calendarFeeds from "./0016-calendar-feeds.js";
import * as planArchive from "./0017-plan-archive.js";
import * as requestDrafts from "./0018-request-drafts.js";
import * as milestoneStatus from "./0019-milestone-status.js";
import * as cacheVersions from "./0020-cache-versions.js";
import * as statusFreshness from "./0021-status-freshness.js";
import * as targets from "./0022-targets.js";
import * as search from "./0023-search.js";
import * as searchByKind from "./0024-search-by-kind.js";
import * as carryOver from "./0025-carry-over.js";
import * as milestoneLinks from "./0026-milestone-links.js";
import * as subPlans from "./0027-sub-plans.js";
import * as backupRuns from "./0028-backup-runs.js";
import * as signInMethods from "./0029-sign-in-methods.js";
import * as secondFactor from "./0030-second-factor.js";
import * as oidc from "./0031-oidc.js";
import * as directory from "./0032-directory.js";
import * as oidcTokenExpiry from "./0033-oidc-token-expiry.js";

/**
 * Every migration, in order. Listed here rather than read from the folder so
 * that the compiled build and the tests see the same set.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "0001-initial-schema": initialSchema,
  "0002-accounts": accounts,
  "0003-work-calendar": workCalendar,
  "0004-workflow": workflow,
  "0005-reminders": reminders,
  "0006-instructions": instructions,
  "0007-demo": demo,
  "0008-hardening": hardening,
  "0009-delivery-status": deliveryStatus,
  "0010-evidence-storage": evidenceStorage,
  "0011-plan-identity": planIdentity,
  "0012-plan-roles": planRoles,
  "0013-import-corrections": importCorrections,
  "0014-notices": notices,
  "0015-distributions": distributions,
  "0016-calendar-feeds": calendarFeeds,
  "0017-plan-archive": planArchive,
  "0018-request-drafts": requestDrafts,
  "0019-milestone-status": milestoneStatus,
  "0020-cache-versions": cacheVersions,
  "0021-status-freshness": statusFreshness,
  "0022-targets": targets,
  "0023-search": search,
  "0024-search-by-kind": searchByKind,
  "0025-carry-over": carryOver,
  "0026-milestone-links": milestoneLinks,
  "0027-sub-plans": subPlans,
  "0028-backup-runs": backupRuns,
  "0029-sign-in-methods": signInMethods,
  "0030-second-factor": secondFactor,
  "0031-oidc": oidc,
  "0032-directory": directory,
  "0033-oidc-token-expiry": oidcTokenExpiry,
};

import { lazyPage } from "./common/lazy-page.js";

/**
 * Each screen is its own chunk, loaded when first opened, so the first page
 * (login, the plan table) does not wait for charts or the import screen.
 */
export const PAGES = {
  plan: lazyPage(() => import("./plan/PlanPage.js").then((m) => m.PlanPage)),
  myUnit: lazyPage(() => import("./my-unit/MyUnitPage.js").then((m) => m.MyUnitPage)),
  milestone: lazyPage(() => import("./milestone/MilestonePage.js").then((m) => m.MilestonePage)),
  review: lazyPage(() => import("./supervision/ReviewPage.js").then((m) => m.ReviewPage)),
  instructions: lazyPage(() =>
    import("./supervision/InstructionsPage.js").then((m) => m.InstructionsPage),
  ),
  dashboard: lazyPage(() => import("./insight/DashboardPage.js").then((m) => m.DashboardPage)),
  timeline: lazyPage(() => import("./insight/TimelinePage.js").then((m) => m.TimelinePage)),
  calendar: lazyPage(() => import("./insight/CalendarPage.js").then((m) => m.CalendarPage)),
  import: lazyPage(() => import("./import/ImportPage.js").then((m) => m.ImportPage)),
  admin: lazyPage(() => import("./admin/AdminPage.js").then((m) => m.AdminPage)),
  audit: lazyPage(() => import("./audit/AuditPage.js").then((m) => m.AuditLogPage)),
  account: lazyPage(() => import("./account/AccountPage.js").then((m) => m.AccountPage)),
};

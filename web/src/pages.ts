import { lazy } from "react";

/**
 * Each screen is its own chunk, loaded when first opened, so the first page
 * (login, the plan table) does not wait for charts or the import screen.
 */
export const PAGES = {
  plan: lazy(() => import("./plan/PlanPage.js").then((m) => ({ default: m.PlanPage }))),
  myUnit: lazy(() => import("./my-unit/MyUnitPage.js").then((m) => ({ default: m.MyUnitPage }))),
  milestone: lazy(() =>
    import("./milestone/MilestonePage.js").then((m) => ({ default: m.MilestonePage })),
  ),
  review: lazy(() =>
    import("./supervision/ReviewPage.js").then((m) => ({ default: m.ReviewPage })),
  ),
  instructions: lazy(() =>
    import("./supervision/InstructionsPage.js").then((m) => ({ default: m.InstructionsPage })),
  ),
  dashboard: lazy(() =>
    import("./insight/DashboardPage.js").then((m) => ({ default: m.DashboardPage })),
  ),
  timeline: lazy(() =>
    import("./insight/TimelinePage.js").then((m) => ({ default: m.TimelinePage })),
  ),
  calendar: lazy(() =>
    import("./insight/CalendarPage.js").then((m) => ({ default: m.CalendarPage })),
  ),
  import: lazy(() => import("./import/ImportPage.js").then((m) => ({ default: m.ImportPage }))),
  admin: lazy(() => import("./admin/AdminPage.js").then((m) => ({ default: m.AdminPage }))),
  account: lazy(() => import("./account/AccountPage.js").then((m) => ({ default: m.AccountPage }))),
};

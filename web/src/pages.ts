import { lazyPage } from "./common/lazy-page.js";
import { TERMS } from "./glossary.js";
import type { Text } from "./i18n.js";
import type { NavItem } from "./navigation.js";

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

/** Screens outside the menu, by the start of their path: their tab titles. */
const UNLISTED_TITLES: readonly { readonly prefix: string; readonly title: Text }[] = [
  { prefix: "/milestones/", title: { zh: TERMS.milestone.zh, en: TERMS.milestone.en } },
  { prefix: "/account", title: { zh: "账号与安全", en: "Account and security" } },
];

/** The screen a path shows, named as the menu names it. */
export const screenTitle = (pathname: string, menu: readonly NavItem[]): Text | undefined =>
  [...menu.map((item) => ({ prefix: item.path, title: item.label })), ...UNLISTED_TITLES].find(
    (screen) => pathname.startsWith(screen.prefix),
  )?.title;

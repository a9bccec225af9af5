import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** WCAG 2.1 A and AA: labels, names, roles, contrast. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe-core's WCAG 2.1 AA findings on the page, one line each, so a failure says what and
 * where. The page must be of a context of its own (browser.newContext), where axe runs its frames.
 */
export const axeFindings = async (page: Page): Promise<string[]> => {
  const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact ?? "?"}): ${node.target.join(" ")}`,
    ),
  );
};

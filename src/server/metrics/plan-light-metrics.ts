import { Gauge, type Registry } from "prom-client";
import { shellActor } from "../../policies/actor.js";
import { comparePlans } from "../../services/plan-comparison.js";
import type { RouteDeps } from "../routes/route-deps.js";
import { cachedFor } from "./cached-for.js";

/**
 * How long a scrape's figures are reused. Each read is every plan's dashboard (at a
 * province's 50,000 milestones about a third of a second: docs/DEPLOY.md), and a light
 * changes with a day or a step, not within a minute.
 */
export const PLAN_FIGURES_TTL_MS = 60_000;

/**
 * Every plan in use (archived ones left out: their number stays bounded by the plans being
 * run), its milestones by light as its dashboard counts them today: the open ones red,
 * yellow or green, the done ones apart, exactly `GET /api/plans/compare`'s figures.
 */
export const planLightMetrics = (registry: Registry, { db, office }: RouteDeps): void => {
  const figures = cachedFor(PLAN_FIGURES_TTL_MS, () =>
    comparePlans(db, shellActor("metrics"), { asOf: office.today(), withArchived: false }),
  );
  new Gauge({
    name: "duban_plan_milestones",
    help: "Milestones of each plan in use by light, as its dashboard counts them today: red, yellow and green (open milestones), done",
    labelNames: ["plan_id", "light"],
    registers: [registry],
    async collect() {
      const { items } = await figures();
      // Reset first: a plan archived or deleted since the last scrape leaves no stale series.
      this.reset();
      for (const { plan, figures: own } of items) {
        const plan_id = String(plan.id);
        for (const [light, count] of Object.entries(own.lights))
          this.set({ plan_id, light }, count);
        this.set({ plan_id, light: "done" }, own.counts.done);
      }
    },
  });
  new Gauge({
    name: "duban_plan_info",
    help: "Each plan in use, with its year and title (always 1); join on plan_id",
    labelNames: ["plan_id", "year", "title"],
    registers: [registry],
    async collect() {
      const { items } = await figures();
      this.reset();
      for (const { plan } of items) {
        this.set({ plan_id: String(plan.id), year: String(plan.year), title: plan.title }, 1);
      }
    },
  });
};

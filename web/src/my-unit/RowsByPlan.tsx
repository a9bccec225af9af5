import { Empty, Typography } from "antd";
import type { Milestone } from "../api.js";
import { useLanguage, type Text } from "../i18n.js";
import type { PlanListItem } from "../plan-context.js";
import { MilestoneRows } from "./MilestoneRows.js";

/**
 * A unit's rows, under the title of the plan each belongs to when they come
 * from more than one plan, so that no row is mistaken for another plan's;
 * the plan of the most urgent row first.
 */
export const RowsByPlan = ({
  plans,
  rows,
  lead,
  reload,
  empty,
}: {
  plans: readonly PlanListItem[];
  rows: readonly Milestone[];
  lead: boolean;
  reload: () => void;
  empty: Text;
}) => {
  const { t } = useLanguage();
  // The rows come most urgent first: the plan of the most urgent one leads.
  const order = [...new Set(rows.map((row) => row.planId))];
  const groups = order.flatMap((planId) => {
    const plan = plans.find((p) => p.id === planId);
    return plan === undefined ? [] : [{ plan, rows: rows.filter((row) => row.planId === planId) }];
  });
  if (groups.length === 0) return <Empty description={t(empty)} />;
  if (groups.length === 1)
    return <MilestoneRows rows={rows} lead={lead} reload={reload} empty={empty} />;
  return (
    <>
      {groups.map((group) => (
        <section key={group.plan.id} aria-label={group.plan.title} style={{ marginBottom: 16 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {group.plan.title}
          </Typography.Title>
          <MilestoneRows rows={group.rows} lead={lead} reload={reload} empty={empty} />
        </section>
      ))}
    </>
  );
};

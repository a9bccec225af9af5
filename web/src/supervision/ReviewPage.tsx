import { Empty, Tabs } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { PlanFilter, type PlanChoice } from "../common/PlanFilter.js";
import { useLanguage } from "../i18n.js";
import { usePlan } from "../plan-context.js";
import { EscalationBoard } from "./EscalationBoard.js";
import { FocusBoard } from "./FocusBoard.js";
import { ReviewQueue } from "./ReviewQueue.js";

const TABS = ["queue", "escalation", "focus"] as const;
type Tab = (typeof TABS)[number];

const isTab = (value: string | null): value is Tab => TABS.some((tab) => tab === value);

/**
 * The supervision office's workbench: requests to decide (of every plan, or
 * the one the filter names), and for the chosen plan overdue milestones by
 * escalation level and focus marks. The tab
 * is kept in the address (?tab=escalation), so it can be linked to.
 */
export const ReviewPage = () => {
  const { t } = useLanguage();
  const { plan, plans } = usePlan();
  const [queuePlan, setQueuePlan] = useState<PlanChoice>("all");
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab");
  const tab: Tab = isTab(requested) ? requested : "queue";
  if (plan === null) return <Empty description={t({ zh: "尚无计划", en: "No plan yet" })} />;
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => {
        setParams({ tab: key });
      }}
      items={[
        {
          key: "queue",
          label: t({ zh: "待审核", en: "Review queue" }),
          children: (
            <>
              <PlanFilter plans={plans} value={queuePlan} onChange={setQueuePlan} />
              <ReviewQueue key={queuePlan} planId={queuePlan === "all" ? null : queuePlan} />
            </>
          ),
        },
        {
          key: "escalation",
          label: t({ zh: "催办升级", en: "Escalation" }),
          children: <EscalationBoard key={plan.id} planId={plan.id} />,
        },
        {
          key: "focus",
          label: t({ zh: "重点关注", en: "Focus" }),
          children: <FocusBoard key={plan.id} planId={plan.id} />,
        },
      ]}
    />
  );
};

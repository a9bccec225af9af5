import { Select } from "antd";
import { useLanguage } from "../i18n.js";
import type { PlanListItem } from "../plan-context.js";

/** Every plan the viewer has a part in, or one of them. */
export type PlanChoice = number | "all";

/**
 * 全部计划 or one plan: the filter of the lists that span plans (My unit,
 * 批示, 审核). Shown only when there is more than one plan to choose from.
 */
export const PlanFilter = ({
  plans,
  value,
  onChange,
}: {
  plans: readonly PlanListItem[];
  value: PlanChoice;
  onChange: (value: PlanChoice) => void;
}) => {
  const { t } = useLanguage();
  if (plans.length < 2) return null;
  return (
    <Select<PlanChoice>
      value={value}
      onChange={onChange}
      aria-label={t({ zh: "按计划筛选", en: "Filter by plan" })}
      style={{ minWidth: 200, maxWidth: "100%" }}
      popupMatchSelectWidth={false}
      options={[
        { value: "all", label: t({ zh: "全部计划", en: "All plans" }) },
        ...plans.map((plan) => ({ value: plan.id, label: plan.title })),
      ]}
    />
  );
};

/** The plans a choice stands for. */
export const plansOf = (
  plans: readonly PlanListItem[],
  choice: PlanChoice,
): readonly PlanListItem[] => (choice === "all" ? plans : plans.filter((p) => p.id === choice));

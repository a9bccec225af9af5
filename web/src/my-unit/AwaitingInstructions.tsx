import { Empty, Typography } from "antd";
import type { Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { InstructionCard } from "../milestone/InstructionCard.js";
import type { PlanListItem } from "../plan-context.js";

/**
 * 待答复批示: open instructions the unit has not answered yet, each with its
 * answer form, and the plan it belongs to when they come from several.
 */
export const AwaitingInstructions = ({
  instructions,
  plans,
  reload,
}: {
  instructions: readonly Schema<"Instruction">[];
  plans: readonly PlanListItem[];
  reload: () => void;
}) => {
  const { t } = useLanguage();
  if (instructions.length === 0)
    return (
      <Empty
        description={t({ zh: "没有待答复的批示", en: "No instructions awaiting an answer" })}
      />
    );
  const several = new Set(instructions.map((i) => i.planId)).size > 1;
  const titles = new Map(plans.map((plan) => [plan.id, plan.title]));
  return (
    <>
      {instructions.map((instruction) => (
        <div key={instruction.id}>
          {several && (
            <Typography.Text type="secondary">{titles.get(instruction.planId)}</Typography.Text>
          )}
          <InstructionCard instruction={instruction} showTarget reload={reload} />
        </div>
      ))}
    </>
  );
};

import { Empty } from "antd";
import type { Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { InstructionCard } from "../milestone/InstructionCard.js";

/** 待答复批示: open instructions the unit has not answered yet, each with its answer form. */
export const AwaitingInstructions = ({
  instructions,
  canAnswer,
  reload,
}: {
  instructions: readonly Schema<"Instruction">[];
  canAnswer: boolean;
  reload: () => void;
}) => {
  const { t } = useLanguage();
  if (instructions.length === 0)
    return (
      <Empty
        description={t({ zh: "没有待答复的批示", en: "No instructions awaiting an answer" })}
      />
    );
  return (
    <>
      {instructions.map((instruction) => (
        <InstructionCard
          key={instruction.id}
          instruction={instruction}
          canAnswer={canAnswer}
          showTarget
          reload={reload}
        />
      ))}
    </>
  );
};

import { Empty, Spin } from "antd";
import type { Answer, Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { InstructionCard } from "./InstructionCard.js";

type Instructions = Answer<"/api/instructions", "get">;

const onTarget = (target: string): string =>
  `/api/instructions?${new URLSearchParams({ target }).toString()}`;

/** 批示: the leaders' instructions on this milestone and on its task, oldest first, with the unit's answers. */
export const InstructionsPanel = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  const onMilestone = useApi<Instructions>(onTarget(`milestone:${String(milestone.id)}`));
  const onTask = useApi<Instructions>(onTarget(`task:${String(milestone.task.id)}`));
  const reload = () => {
    onMilestone.reload();
    onTask.reload();
  };
  if (onMilestone.data === undefined || onTask.data === undefined) {
    const error = onMilestone.error ?? onTask.error;
    return error === undefined ? <Spin /> : <ErrorAlert error={error} />;
  }
  const all = [...onTask.data.items, ...onMilestone.data.items].sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
  if (all.length === 0) return <Empty description={t({ zh: "暂无批示", en: "No instructions" })} />;
  return (
    <>
      {all.map((instruction) => (
        <InstructionCard
          key={instruction.id}
          instruction={instruction}
          showTarget={instruction.targetType === "task"}
          reload={reload}
        />
      ))}
    </>
  );
};

import { CheckOutlined, ClockCircleOutlined } from "@ant-design/icons";
import { Flex, Tag } from "antd";
import type { Answer, Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { useApi } from "../common/use-api.js";
import type { Instruction } from "./instruction-state.js";

type TaskWithMilestones = Answer<"/api/tasks/{id}", "get">;

/**
 * The units responsible for the target (a milestone's units; a task's lead
 * units and the units of its milestones), each marked answered or not, so
 * the office sees at a glance who still owes an answer.
 */
export const ResponsibleUnits = ({ instruction }: { instruction: Instruction }) => {
  const { t } = useLanguage();
  const isTask = instruction.targetType === "task";
  const milestone = useApi<Milestone>(isTask ? null : `/api/milestones/${instruction.targetId}`);
  const task = useApi<TaskWithMilestones>(isTask ? `/api/tasks/${instruction.targetId}` : null);
  const names = isTask
    ? [
        ...(task.data?.leadUnits ?? []),
        ...(task.data?.milestones.flatMap((m) => m.units.map((u) => u.unit)) ?? []),
      ]
    : (milestone.data?.units.map((u) => u.unit) ?? []);
  const answered = new Set(instruction.responses.map((r) => r.unit));
  // A unit no longer responsible may still have answered: it is listed too.
  const units = [...new Set([...names, ...answered])];
  if (units.length === 0) return null;
  return (
    <Flex gap={6} wrap data-testid="responsible-units">
      {units.map((unit) =>
        answered.has(unit) ? (
          <Tag key={unit} color="green" icon={<CheckOutlined aria-hidden />}>
            {unit} {t({ zh: "已答复", en: "answered" })}
          </Tag>
        ) : (
          <Tag key={unit} icon={<ClockCircleOutlined aria-hidden />}>
            {unit} {t({ zh: "未答复", en: "not yet" })}
          </Tag>
        ),
      )}
    </Flex>
  );
};

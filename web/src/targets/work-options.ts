import type { Milestone } from "../api.js";
import type { WorkOption } from "./TargetDialog.js";

/** Each task once, then its milestones: "202 深入实施…", "202（1）组织政策宣讲…". */
export const workOptions = (milestones: readonly Milestone[]): WorkOption[] => {
  const options: WorkOption[] = [];
  const tasks = new Set<number>();
  for (const m of milestones) {
    if (!tasks.has(m.task.id)) {
      tasks.add(m.task.id);
      options.push({
        value: `task:${String(m.task.id)}`,
        label: `${m.task.label} ${m.task.title}`,
      });
    }
    const seq = m.seq === null ? "" : `（${String(m.seq)}）`;
    options.push({ value: `milestone:${String(m.id)}`, label: `${m.task.label}${seq} ${m.text}` });
  }
  return options;
};

import type { Text } from "../i18n.js";

/** The five statuses of DESIGN.md, as the offices name them. */
export const STATUS_LABEL: Readonly<Record<string, Text>> = {
  done: { zh: "已完成", en: "Done" },
  overdue: { zh: "逾期", en: "Overdue" },
  due_soon: { zh: "临期", en: "Due soon" },
  in_progress: { zh: "推进中", en: "In progress" },
  not_started: { zh: "未启动", en: "Not started" },
};

export const STATUS_ORDER = ["overdue", "due_soon", "in_progress", "not_started", "done"] as const;

export const ROLE_LABEL: Readonly<Record<string, Text>> = {
  admin: { zh: "管理员", en: "Administrator" },
  supervisor: { zh: "督查室", en: "Supervision office" },
  unit_leader: { zh: "单位负责人", en: "Unit leader" },
  unit_staff: { zh: "单位经办人", en: "Unit staff" },
};

/** Colours with at least 4.5:1 contrast on white, for text next to the light. */
export const LIGHT_COLOR = { red: "#c62828", yellow: "#ad6800", green: "#2e7d32" } as const;

export const textOf = (labels: Readonly<Record<string, Text>>, key: string): Text =>
  labels[key] ?? { zh: key, en: key };

import type { Text } from "../i18n.js";
import type { LightReason, Signal } from "./signal.js";

export const SIGNAL_NAME: Readonly<Record<Signal, Text>> = {
  red: { zh: "红灯", en: "Red" },
  yellow: { zh: "黄灯", en: "Yellow" },
  green: { zh: "绿灯", en: "Green" },
  done: { zh: "已完成", en: "Done" },
};

/** What each light means, for legends. */
export const SIGNAL_MEANING: Readonly<Record<Signal, Text>> = {
  red: { zh: "逾期", en: "overdue" },
  yellow: { zh: "临期或未按时报送", en: "due soon or report missing" },
  green: { zh: "正常", en: "on track" },
  done: { zh: "不再亮灯", en: "no light" },
};

/** The reason in words (src/domain/light-reason.ts's lightReasonText, in both languages). */
export const reasonText = (reason: LightReason): Text => {
  switch (reason.code) {
    case "done":
      return { zh: "已完成", en: "Done" };
    case "overdue":
      return { zh: `逾期${String(reason.days)}天`, en: `${String(reason.days)} days overdue` };
    case "due_soon":
      return reason.days === 0
        ? { zh: "临期（今日到期）", en: "Due soon (due today)" }
        : {
            zh: `临期（还剩${String(reason.days)}天）`,
            en: `Due soon (${String(reason.days)} days left)`,
          };
    case "report_missing":
      return { zh: "未按时报送", en: "Report missing" };
    case "normal":
      return { zh: "正常", en: "On track" };
  }
};

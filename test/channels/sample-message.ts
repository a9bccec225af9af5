import type { OutboundMessage } from "../../src/channels/channel.js";

/** A reminder as the scheduler will compose one. */
export const reminder: OutboundMessage = {
  title: "【催办】市科技局：“加快科技创新平台建设”节点计划将于6月30日到期",
  text: [
    "市科技局：",
    "",
    "你单位牵头的重点工作任务“加快科技创新平台建设”第（2）项节点计划",
    "“6月底前完成省级重点实验室申报”将于2022年6月30日到期，请按时报送进展。",
    "",
    "市政府督查室",
  ].join("\n"),
  markdown: [
    "### 【催办】市科技局",
    "",
    "你单位牵头的重点工作任务 **加快科技创新平台建设** 第（2）项节点计划",
    "“6月底前完成省级重点实验室申报”将于 **2022年6月30日** 到期，请按时报送进展。",
    "",
    "> 市政府督查室",
  ].join("\n"),
  dedupeKey: "reminder:plan-1:milestone-42:2022-06-28",
};

/** The fixed clock of the tests: 2022-06-28 09:00:00 in Beijing. */
export const NOW = new Date("2022-06-28T01:00:00.000Z");
export const now = (): Date => NOW;

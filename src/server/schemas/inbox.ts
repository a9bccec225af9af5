import { z } from "zod";

const count = (description: string) => z.number().int().min(0).meta({ description });

export const inboxCountsSchema = z
  .object({
    acknowledge: count("Milestones the unit leads and has not acknowledged (待签收)"),
    report: count("Milestones the unit leads whose periodic report is missing (待报送)"),
    answer: count("Open instructions the unit has not answered (待答复)"),
    review: count("Completion declarations waiting for the office's review (待审核)"),
    decide: count("Extension requests waiting for the office's decision (待审批)"),
    confirm: count("Staff drafts waiting for the unit leader to confirm or return (待确认)"),
  })
  .meta({ id: "InboxCounts" });

import { Alert } from "antd";
import type { Answer, Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { useApi } from "../common/use-api.js";

type ParentAnswer = Answer<"/api/plans/{id}/parent-milestone", "get">;

/**
 * A step of a sub-plan says which milestone it decomposes, read-only: a
 * section sees the parent's text, not the rest of the plan above.
 */
export const ParentMilestoneNote = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  const loaded = useApi<ParentAnswer>(`/api/plans/${String(milestone.planId)}/parent-milestone`);
  const parent = loaded.data?.parentMilestone;
  if (parent === undefined || parent === null) return null;
  const due = "text" in parent.deadline ? parent.deadline.text : "";
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="parent-milestone"
      title={t({
        zh: `本节点计划是${parent.leadUnit ?? ""}对上级节点计划的再分解（子计划）`,
        en: `A step of ${parent.leadUnit ?? ""}'s sub-plan of a milestone above`,
      })}
      description={`${parent.planTitle} · ${parent.taskTitle} · ${parent.text}${due === "" ? "" : `（${t({ zh: "完成时限", en: "due" })}：${due}）`}`}
    />
  );
};

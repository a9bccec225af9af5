import { Flex, Tag, Typography } from "antd";
import { Link } from "react-router";
import type { Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { AcknowledgeButton } from "../milestone/AcknowledgeButton.js";
import { deadlineText, extendedFrom, milestoneLabel } from "../common/milestone-text.js";
import { StatusLight } from "../common/StatusLight.js";

/** The pieces of one row of "My unit", shared by the wide table and the phone's cards. */

export const MilestoneTitle = ({ milestone }: { milestone: Milestone }) => (
  <Flex vertical gap={2}>
    <Typography.Text
      type="secondary"
      ellipsis={{ tooltip: milestone.task.title }}
      style={{ fontSize: 12 }}
    >
      {milestone.task.label} {milestone.task.title}
    </Typography.Text>
    <Link to={`/milestones/${String(milestone.id)}`}>{milestoneLabel(milestone)}</Link>
  </Flex>
);

export const DueCell = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  const original = extendedFrom(milestone);
  return (
    <Flex vertical gap={2}>
      <span>{milestone.due ?? deadlineText(milestone)}</span>
      {milestone.due !== null && deadlineText(milestone) !== "" && original === null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {deadlineText(milestone)}
        </Typography.Text>
      )}
      {original !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t({ zh: `原定 ${original}`, en: `Was ${original}` })}
        </Typography.Text>
      )}
    </Flex>
  );
};

export const StatusCell = ({ milestone, lead }: { milestone: Milestone; lead: boolean }) => {
  const { t } = useLanguage();
  return (
    <Flex wrap gap={4} align="center">
      <StatusLight milestone={milestone} />
      {milestone.escalationLevel !== null && <Tag color="volcano">{milestone.escalationLevel}</Tag>}
      {milestone.workflow.phase === "completion_pending" && (
        <Tag color="gold">{t({ zh: "待审核", en: "Under review" })}</Tag>
      )}
      {lead && milestone.acknowledgedOn === null && milestone.status !== "done" && (
        <Tag color={milestone.acknowledgementOverdue ? "red" : undefined}>
          {milestone.acknowledgementOverdue
            ? t({ zh: "签收超期", en: "Acknowledgement overdue" })
            : t({ zh: "未签收", en: "Not acknowledged" })}
        </Tag>
      )}
    </Flex>
  );
};

export const RowActions = ({ milestone, reload }: { milestone: Milestone; reload: () => void }) => {
  const { t } = useLanguage();
  return (
    <Flex wrap gap={8} align="center">
      {milestone.can.acknowledge && (
        <AcknowledgeButton milestone={milestone} reload={reload} size="small" />
      )}
      <Link to={`/milestones/${String(milestone.id)}`}>{t({ zh: "办理", en: "Open" })}</Link>
    </Flex>
  );
};

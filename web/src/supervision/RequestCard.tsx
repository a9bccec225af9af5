import { Button, Card, Checkbox, Flex, Skeleton, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { api, type Milestone } from "../api.js";
import { useLanguage, type Text } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { DECISION_LABEL, DecisionModal, type Decision } from "./DecisionModal.js";
import { RequestAskBox } from "./RequestAskBox.js";
import { askOf, type MilestoneRequest } from "./request-payload.js";
import { formatInstant, isConflict, milestoneCode } from "./words.js";

const KIND_LABEL: Readonly<Record<MilestoneRequest["kind"], Text>> = {
  completion: { zh: "完成申报", en: "Completion" },
  extension: { zh: "延期申请", en: "Extension" },
};

/** The milestone as the table has it: its task, its words, its lead unit and deadline. */
const MilestoneSummary = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  const deadline = "text" in milestone.deadline ? milestone.deadline.text : "";
  return (
    <>
      <Typography.Paragraph strong style={{ margin: 0 }}>
        {milestone.text}
      </Typography.Paragraph>
      <Typography.Paragraph
        type="secondary"
        style={{ margin: 0 }}
        ellipsis={{ rows: 1, tooltip: milestone.task.title }}
      >
        {t({ zh: "任务", en: "Task" })} {milestone.task.label} {milestone.task.title}
      </Typography.Paragraph>
      <Typography.Text type="secondary">
        {t({ zh: "牵头单位：", en: "Lead unit: " })}
        {milestone.units
          .filter((u) => u.role === "lead")
          .map((u) => u.unit)
          .join("、")}
        {" · "}
        {t({ zh: "完成时限：", en: "Due: " })}
        {milestone.due === null || deadline === milestone.due
          ? deadline
          : `${deadline}（${milestone.due}）`}
      </Typography.Text>
    </>
  );
};

/**
 * One request in the queue: the milestone it is about, what is asked, who
 * asked, and the two decisions. `onDecided` hears of a decision made;
 * `onConflict` of one the server refused because things changed meanwhile.
 */
export const RequestCard = ({
  request,
  selected,
  onSelect,
  unitName,
  onDecided,
  onConflict,
}: {
  request: MilestoneRequest;
  /** Chosen for a batch decision (批量通过). */
  selected: boolean;
  onSelect: (selected: boolean) => void;
  unitName: string | null;
  onDecided: (decision: Decision) => void;
  onConflict: (error: unknown) => void;
}) => {
  const { t } = useLanguage();
  const milestone = useApi<Milestone>(`/api/milestones/${request.milestoneId}`);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const code =
    milestone.data === undefined
      ? `#${request.milestoneId}`
      : milestoneCode(milestone.data.task.no, milestone.data.seq);

  const decide = async (decision: Decision, comment: string) => {
    if (milestone.data === undefined) return;
    try {
      await api("POST", `/api/requests/${request.id}/decision`, {
        version: milestone.data.workflow.version,
        decision,
        comment,
      });
    } catch (error) {
      if (!isConflict(error)) throw error;
      setDeciding(null);
      onConflict(error);
      return;
    }
    setDeciding(null);
    onDecided(decision);
  };

  return (
    <Card
      size="small"
      data-testid={`request-${request.id}`}
      title={
        <Flex gap={8} align="center">
          <Checkbox
            checked={selected}
            aria-label={t({ zh: `选择申请 ${code}`, en: `Select request ${code}` })}
            onChange={(event) => {
              onSelect(event.target.checked);
            }}
          />
          <Tag color={request.kind === "completion" ? "green" : "orange"}>
            {t(KIND_LABEL[request.kind])}
          </Tag>
          <span>{code}</span>
        </Flex>
      }
      extra={
        <Link to={`/milestones/${request.milestoneId}`}>
          {t({ zh: "节点详情", en: "Milestone page" })}
        </Link>
      }
    >
      <ErrorAlert error={milestone.error} />
      {milestone.data === undefined ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <MilestoneSummary milestone={milestone.data} />
      )}
      <RequestAskBox
        ask={askOf(request)}
        milestoneId={request.milestoneId}
        currentDue={milestone.data?.due ?? null}
      />
      <Flex gap={8} wrap align="center" justify="space-between" style={{ marginTop: 12 }}>
        <Flex gap={8} wrap>
          <Button
            type="primary"
            disabled={!request.can.decide || milestone.data === undefined}
            onClick={() => {
              setDeciding("approve");
            }}
          >
            {t(DECISION_LABEL[request.kind].approve)}
          </Button>
          <Button
            danger
            disabled={!request.can.decide || milestone.data === undefined}
            onClick={() => {
              setDeciding("reject");
            }}
          >
            {t(DECISION_LABEL[request.kind].reject)}
          </Button>
        </Flex>
        <Typography.Text type="secondary">
          {t({ zh: "申请人：", en: "Requested by " })}
          {[unitName, request.requestedByName, formatInstant(request.requestedAt)]
            .filter((part) => part !== null)
            .join(" · ")}
        </Typography.Text>
      </Flex>
      {deciding !== null && (
        <DecisionModal
          kind={request.kind}
          decision={deciding}
          onCancel={() => {
            setDeciding(null);
          }}
          onSubmit={(comment) => decide(deciding, comment)}
        />
      )}
    </Card>
  );
};

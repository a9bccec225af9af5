import { Card, Flex, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";
import type { Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { useSession } from "../session.js";
import { InstructionAnswerForm } from "./InstructionAnswerForm.js";
import { targetLabel } from "./instruction-target.js";

type Instruction = Schema<"Instruction">;

const at = (stamp: string): string => dayjs(stamp).format("YYYY-MM-DD HH:mm");

/** What the instruction is on, linked to the milestone page when it is a milestone. */
const Target = ({ instruction }: { instruction: Instruction }) => {
  const { t } = useLanguage();
  const label = targetLabel(instruction, t);
  if (instruction.targetType !== "milestone") return <>{label}</>;
  return <Link to={`/milestones/${String(instruction.targetId)}`}>{label}</Link>;
};

/**
 * A leader's instruction (批示) as the office entered it, the units' answers
 * so far, and this unit's answer form while the server lets it answer.
 */
export const InstructionCard = ({
  instruction,
  showTarget,
  reload,
}: {
  instruction: Instruction;
  /** In a list of several targets: say which task or milestone it is on. */
  showTarget: boolean;
  reload: () => void;
}) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const open = instruction.closedAt === null;
  const answered = instruction.responses.some((r) => r.unitId === session.actor.unitId);
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{instruction.issuedBy}</Typography.Text>
        <Typography.Text type="secondary">{at(instruction.createdAt)}</Typography.Text>
        {!open && <Tag>{t({ zh: "已办结", en: "Closed" })}</Tag>}
        {instruction.can.answer && !answered && (
          <Tag color="orange">{t({ zh: "待本单位答复", en: "Awaiting your answer" })}</Tag>
        )}
        {instruction.responseDue !== null && (
          <Tag>
            {t({ zh: "答复期限", en: "Answer by" })} {instruction.responseDue}
          </Tag>
        )}
      </Flex>
      {showTarget && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          <Target instruction={instruction} />
        </Typography.Paragraph>
      )}
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
        {instruction.text}
      </Typography.Paragraph>
      {instruction.responses.map((response) => (
        <Typography.Paragraph
          key={response.id}
          style={{ borderLeft: "3px solid #d9d9d9", paddingLeft: 8, whiteSpace: "pre-wrap" }}
        >
          <Typography.Text type="secondary">
            {response.unit} · {response.actorName} · {at(response.createdAt)}
          </Typography.Text>
          <br />
          {response.text}
        </Typography.Paragraph>
      ))}
      {instruction.can.answer && (
        <InstructionAnswerForm instructionId={instruction.id} reload={reload} />
      )}
    </Card>
  );
};

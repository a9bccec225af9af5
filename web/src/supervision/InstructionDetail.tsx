import {
  Button,
  Card,
  Descriptions,
  Divider,
  Empty,
  Flex,
  Popconfirm,
  Skeleton,
  Tag,
  Typography,
  message,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { api } from "../api.js";
import { useLanguage } from "../i18n.js";
import { isOffice, useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { STATE_TAG, stateOf, targetName, type Instruction } from "./instruction-state.js";
import { ResponseForm } from "./ResponseForm.js";
import { ResponsibleUnits } from "./ResponsibleUnits.js";
import { failureText, formatInstant, isConflict } from "./words.js";

const QUOTE_STYLE = {
  borderInlineStart: "4px solid #d4380d",
  paddingInlineStart: 12,
  margin: "0 0 16px",
  whiteSpace: "pre-wrap",
} as const;

const Responses = ({ instruction }: { instruction: Instruction }) => {
  const { t } = useLanguage();
  if (instruction.responses.length === 0)
    return (
      <Typography.Text type="secondary">
        {t({ zh: "尚无答复", en: "No answers yet" })}
      </Typography.Text>
    );
  return (
    <Flex vertical gap={8} component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {instruction.responses.map((response) => (
        <li
          key={response.id}
          style={{ background: "#fafafa", borderRadius: 8, padding: "8px 12px" }}
        >
          <Flex gap={8} wrap>
            <Typography.Text strong>{response.unit}</Typography.Text>
            <Typography.Text type="secondary">
              {response.actorName} · {formatInstant(response.createdAt)}
            </Typography.Text>
          </Flex>
          <Typography.Paragraph style={{ margin: "4px 0 0", whiteSpace: "pre-wrap" }}>
            {response.text}
          </Typography.Paragraph>
        </li>
      ))}
    </Flex>
  );
};

/**
 * One instruction: what the leader wrote, on what, the units' answers; the
 * office closes it (办结), a responsible unit answers while it is open.
 * `onChanged` tells the list that something changed.
 */
export const InstructionDetail = ({
  id,
  awaiting,
  onChanged,
}: {
  id: number;
  awaiting: ReadonlySet<number>;
  onChanged: () => void;
}) => {
  const { t, language } = useLanguage();
  const { session } = useSession();
  const office = isOffice(session);
  const [toast, toastHolder] = message.useMessage();
  const loaded = useApi<Instruction>(`/api/instructions/${id}`);
  const [closing, setClosing] = useState(false);
  const instruction = loaded.data;
  if (loaded.error !== undefined) return <ErrorAlert error={loaded.error} />;
  if (instruction === undefined) return <Skeleton active />;

  const changed = () => {
    loaded.reload();
    onChanged();
  };
  const close = async () => {
    setClosing(true);
    try {
      await api("POST", `/api/instructions/${id}/close`, { version: instruction.version });
      void toast.success(t({ zh: "已办结", en: "Closed" }));
    } catch (error) {
      void toast.error(
        failureText(error, language, {
          zh: "无法连接服务器",
          en: "The server could not be reached",
        }),
      );
      if (!isConflict(error)) return;
    } finally {
      setClosing(false);
    }
    changed();
  };

  const state = stateOf(instruction, awaiting);
  const target = instruction.target;
  return (
    <Card
      size="small"
      data-testid="instruction-detail"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t({ zh: "领导批示", en: "Leader's instruction" })}</span>
          <Tag color={STATE_TAG[state].colour}>
            {t(office ? STATE_TAG[state].office : STATE_TAG[state].unit)}
          </Tag>
        </Flex>
      }
      extra={
        instruction.can.close && (
          <Popconfirm
            title={t({
              zh: "办结这条批示？办结后单位不能再答复。",
              en: "Close it? Units can no longer answer.",
            })}
            okText={t({ zh: "办结", en: "Close" })}
            cancelText={t({ zh: "取消", en: "Cancel" })}
            onConfirm={() => void close()}
          >
            <Button type="primary" loading={closing}>
              {t({ zh: "办结", en: "Close" })}
            </Button>
          </Popconfirm>
        )
      }
    >
      {toastHolder}
      <Typography.Paragraph style={QUOTE_STYLE}>{instruction.text}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: "by", label: t({ zh: "批示领导", en: "Leader" }), children: instruction.issuedBy },
          {
            key: "target",
            label: t({ zh: "批示对象", en: "On" }),
            children: (
              <span>
                {instruction.targetType === "milestone" ? (
                  <Link to={`/milestones/${instruction.targetId}`}>
                    {t(targetName(instruction))}
                  </Link>
                ) : (
                  t(targetName(instruction))
                )}{" "}
                {target.text ?? t({ zh: "（已在修订中删除）", en: "(removed by a revision)" })}
              </span>
            ),
          },
          {
            key: "due",
            label: t({ zh: "反馈时限", en: "Answer by" }),
            children: instruction.responseDue ?? t({ zh: "未设", en: "None" }),
          },
          {
            key: "entered",
            label: t({ zh: "录入", en: "Entered" }),
            children: `${instruction.enteredByName} · ${formatInstant(instruction.createdAt)}`,
          },
          ...(instruction.closedAt === null
            ? []
            : [
                {
                  key: "closed",
                  label: t({ zh: "办结", en: "Closed" }),
                  children: `${instruction.closedByName ?? ""} · ${formatInstant(instruction.closedAt)}`,
                },
              ]),
        ]}
      />
      <Divider titlePlacement="start" plain>
        {t({ zh: "责任单位", en: "Responsible units" })}
      </Divider>
      <ResponsibleUnits instruction={instruction} />
      <Divider titlePlacement="start" plain>
        {t({ zh: "答复", en: "Answers" })}
      </Divider>
      <Responses instruction={instruction} />
      {instruction.can.answer && (
        <>
          <Divider />
          <ResponseForm instructionId={id} onAnswered={changed} />
        </>
      )}
    </Card>
  );
};

/** What the detail pane shows before an instruction is chosen. */
export const NoInstructionChosen = () => {
  const { t } = useLanguage();
  return <Empty description={t({ zh: "请选择一条批示", en: "Choose an instruction" })} />;
};

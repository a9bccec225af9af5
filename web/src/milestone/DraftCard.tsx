import { Button, Card, Flex, Input, Modal, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { api } from "../api.js";
import { useLanguage, type Text } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { formatInstant, milestoneCode } from "../supervision/words.js";
import { payloadText, type ListedDraft } from "./drafts.js";
import { useWorkflowWrite } from "./use-workflow-write.js";

const KIND: Readonly<Record<ListedDraft["payload"]["kind"], Text>> = {
  completion: { zh: "申报完成", en: "Completion" },
  extension: { zh: "申请延期", en: "Extension" },
};

const STATE: Readonly<Record<ListedDraft["state"], { label: Text; color: string }>> = {
  drafted: { label: { zh: "待负责人确认", en: "Waiting for the leader" }, color: "blue" },
  returned: { label: { zh: "已退回", en: "Returned" }, color: "red" },
  confirmed: { label: { zh: "已确认报送", en: "Confirmed" }, color: "green" },
  withdrawn: { label: { zh: "已撤回", en: "Withdrawn" }, color: "default" },
};

/** What the draft asks, in a line: the completion day and note, or the new date and reason. */
const DraftAsk = ({ draft }: { draft: ListedDraft }) => {
  const { t } = useLanguage();
  return draft.payload.kind === "completion" ? (
    <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
      {t({ zh: "完成日期 ", en: "Completed on " })}
      {payloadText(draft, "completedOn")}
      {payloadText(draft, "text") === "" ? "" : `：${payloadText(draft, "text")}`}
    </Typography.Paragraph>
  ) : (
    <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
      {t({ zh: "延期至 ", en: "Extend to " })}
      {payloadText(draft, "newDue")}：{payloadText(draft, "reason")}
    </Typography.Paragraph>
  );
};

/**
 * One draft (经办人起草): what it asks, who drafted it, where it stands; the
 * leader confirms it to the office or returns it with a note, the drafter's
 * unit withdraws it. The buttons are those the server says the viewer may use.
 */
export const DraftCard = ({
  draft,
  reload,
  showMilestone = false,
}: {
  draft: ListedDraft;
  reload: () => void;
  /** In lists across milestones: say which milestone, with a link. */
  showMilestone?: boolean;
}) => {
  const { t } = useLanguage();
  const { run, error, busy } = useWorkflowWrite(reload);
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState("");
  const act = (path: string, body: Record<string, unknown> = {}) =>
    run(() =>
      api("POST", `/api/drafts/${String(draft.id)}/${path}`, { version: draft.version, ...body }),
    );
  const state = STATE[draft.state];
  return (
    <Card size="small" data-testid={`draft-${String(draft.id)}`}>
      <Flex vertical gap={6}>
        <Flex gap={8} align="center" wrap>
          <Tag color="geekblue">{t(KIND[draft.payload.kind])}</Tag>
          <Tag color={state.color}>{t(state.label)}</Tag>
          {showMilestone && draft.milestone !== null && (
            <Link to={`/milestones/${String(draft.milestoneId)}`}>
              {milestoneCode(draft.milestone.taskNo, draft.milestone.seq)} {draft.milestone.text}
            </Link>
          )}
        </Flex>
        <DraftAsk draft={draft} />
        <Typography.Text type="secondary">
          {t({ zh: "起草：", en: "Drafted by " })}
          {draft.draftedByName} · {formatInstant(draft.updatedAt)}
        </Typography.Text>
        {draft.state === "returned" && (
          <Typography.Text type="danger" data-testid="return-note">
            {t({
              zh: `${draft.actedByName ?? ""}退回：`,
              en: `Returned by ${draft.actedByName ?? ""}: `,
            })}
            {draft.note}
          </Typography.Text>
        )}
        <ErrorAlert error={error} />
        <Flex gap={8} wrap>
          {draft.can.confirm && (
            <>
              <Button type="primary" loading={busy} onClick={() => void act("confirmation")}>
                {t({ zh: "确认并报送督查室", en: "Confirm and submit" })}
              </Button>
              <Button
                danger
                onClick={() => {
                  setReturning(true);
                }}
              >
                {t({ zh: "退回", en: "Return" })}
              </Button>
            </>
          )}
          {draft.can.edit && (
            <Button loading={busy} onClick={() => void act("withdrawal")}>
              {t({ zh: "撤回草稿", en: "Withdraw" })}
            </Button>
          )}
          {draft.can.edit && draft.state === "returned" && showMilestone && (
            <Link to={`/milestones/${String(draft.milestoneId)}`}>
              {t({ zh: "修改后重新提交", en: "Edit and resubmit" })}
            </Link>
          )}
        </Flex>
      </Flex>
      <Modal
        open={returning}
        title={t({ zh: "退回草稿", en: "Return the draft" })}
        okText={t({ zh: "退回", en: "Return" })}
        okButtonProps={{ danger: true, disabled: note.trim() === "", loading: busy }}
        onCancel={() => {
          setReturning(false);
        }}
        onOk={() =>
          void act("return", { note }).then((sent) => {
            if (sent) setReturning(false);
          })
        }
      >
        <Input.TextArea
          rows={3}
          maxLength={2_000}
          aria-label={t({ zh: "退回理由", en: "Why it is returned" })}
          placeholder={t({ zh: "请说明需修改之处", en: "Say what to change" })}
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
          }}
        />
      </Modal>
    </Card>
  );
};

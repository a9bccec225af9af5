import { App, Button, DatePicker, Form, Input, Typography, type UploadFile } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api, ApiFailure, type Answer, type Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { payloadIds, payloadText, sendDraft, type ListedDraft } from "./drafts.js";
import { EvidenceDragger } from "./EvidenceDragger.js";
import { uploadEvidence } from "./evidence-files.js";
import { useWorkflowWrite } from "./use-workflow-write.js";

interface Completion {
  readonly completedOn: Dayjs;
  readonly text?: string;
  readonly files?: UploadFile[];
  readonly openSubStepsReason?: string;
}

/** The server asks why the milestone is complete while steps of its sub-plan are open. */
const asksForReason = (error: unknown): boolean =>
  error instanceof ApiFailure && error.body.error.field === "body.openSubStepsReason";

type Declared = Answer<"/api/milestones/{id}/completion", "post", 201>;

/**
 * 申报完成: the day the work was done, a note and the evidence; the office
 * reviews it where the plan says so. Staff draft it (`asDraft`) for the
 * unit's leader to confirm, or edit their open draft.
 */
export const DeclareCompletionForm = ({
  milestone,
  reload,
  asDraft = false,
  open,
}: {
  milestone: Milestone;
  reload: () => void;
  asDraft?: boolean;
  /** The unit's open completion draft, which this form edits. */
  open?: ListedDraft | undefined;
}) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Completion>();
  const { run, error, busy } = useWorkflowWrite(reload);
  const today = dayjs(session.today);
  const [reasonAsked, setReasonAsked] = useState(false);
  if (!reasonAsked && asksForReason(error)) setReasonAsked(true);
  const submit = async (values: Completion) => {
    if (asDraft) {
      const drafted = await run(async () =>
        sendDraft(milestone.id, open, {
          kind: "completion",
          completedOn: values.completedOn.format("YYYY-MM-DD"),
          text: values.text ?? "",
          attachmentIds: [
            ...payloadIds(open),
            ...(await uploadEvidence(milestone.id, values.files)),
          ],
        }),
      );
      if (!drafted) return;
      form.resetFields();
      void message.success(
        t({ zh: "草稿已提交单位负责人确认", en: "Draft sent to the unit leader" }),
      );
      return;
    }
    let declared: Declared | undefined;
    const sent = await run(async () => {
      declared = await api<Declared>("POST", `/api/milestones/${String(milestone.id)}/completion`, {
        version: milestone.workflow.version,
        completedOn: values.completedOn.format("YYYY-MM-DD"),
        text: values.text ?? "",
        attachmentIds: await uploadEvidence(milestone.id, values.files),
        ...(values.openSubStepsReason === undefined
          ? {}
          : { openSubStepsReason: values.openSubStepsReason }),
      });
    });
    if (!sent || declared === undefined) return;
    form.resetFields();
    void message.success(
      declared.requestId === null
        ? t({ zh: "已完成", en: "Marked done" })
        : t({ zh: "已申报，待督查室审核", en: "Declared; waiting for the office's review" }),
    );
  };
  return (
    <Form
      form={form}
      name="completion"
      layout="vertical"
      initialValues={
        open === undefined
          ? { completedOn: today }
          : {
              completedOn: dayjs(payloadText(open, "completedOn")),
              text: payloadText(open, "text"),
            }
      }
      onFinish={(values) => void submit(values)}
    >
      <Typography.Paragraph type="secondary">
        {asDraft
          ? t({
              zh: "由您起草，经本单位负责人确认后报送督查室。",
              en: "You draft it; it goes to the office once your unit's leader confirms it.",
            })
          : t({
              zh: "由本单位负责人申报；计划要求审核的，经督查室审核通过后算作已完成。",
              en: "Declared by the unit's leader; where the plan requires review, it is done once the office approves.",
            })}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form.Item
        label={t({ zh: "完成日期", en: "Completed on" })}
        name="completedOn"
        rules={[{ required: true }]}
      >
        <DatePicker allowClear={false} disabledDate={(day) => day.isAfter(today, "day")} />
      </Form.Item>
      <Form.Item
        label={t({ zh: "完成情况说明", en: "Note" })}
        name="text"
        rules={[{ max: 10_000 }]}
      >
        <Input.TextArea rows={3} showCount maxLength={10_000} />
      </Form.Item>
      {reasonAsked && !asDraft && (
        <Form.Item
          label={t({
            zh: "子计划尚有步骤未完成，请说明理由",
            en: "Steps of the sub-plan are open: say why it is complete",
          })}
          name="openSubStepsReason"
          rules={[{ required: true, whitespace: true, max: 2000 }]}
        >
          <Input.TextArea rows={2} showCount maxLength={2000} />
        </Form.Item>
      )}
      <Form.Item
        label={t({ zh: "佐证材料", en: "Evidence files" })}
        name="files"
        valuePropName="fileList"
      >
        <EvidenceDragger />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {asDraft
          ? t({ zh: "提交负责人确认", en: "Send to the unit leader" })
          : t({ zh: "申报完成", en: "Declare complete" })}
      </Button>
    </Form>
  );
};

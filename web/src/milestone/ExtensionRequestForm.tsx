import { Alert, App, Button, DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { api, type Milestone, type Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { payloadText, sendDraft, type ListedDraft } from "./drafts.js";
import { useWorkflowWrite } from "./use-workflow-write.js";

interface Extension {
  readonly newDue: Dayjs;
  readonly reason: string;
}

/**
 * 申请延期: a new due date after today and the reason; one request waits at
 * a time. Staff draft it (`asDraft`) for the unit's leader to confirm.
 */
export const ExtensionRequestForm = ({
  milestone,
  pending,
  reload,
  asDraft = false,
  open,
}: {
  milestone: Milestone;
  /** The extension request already waiting for the office, if any. */
  pending: Schema<"MilestoneRequest"> | undefined;
  reload: () => void;
  asDraft?: boolean;
  /** The unit's open extension draft, which this form edits. */
  open?: ListedDraft | undefined;
}) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Extension>();
  const { run, error, busy } = useWorkflowWrite(reload);
  const today = dayjs(session.today);
  if (pending !== undefined) {
    const newDue = typeof pending.payload.newDue === "string" ? pending.payload.newDue : "";
    return (
      <Alert
        type="info"
        showIcon
        title={t({
          zh: `已申请延期至 ${newDue}，待督查室审批`,
          en: `An extension to ${newDue} is waiting for the office's decision`,
        })}
      />
    );
  }
  const submit = async (values: Extension) => {
    if (asDraft) {
      const drafted = await run(() =>
        sendDraft(milestone.id, open, {
          kind: "extension",
          newDue: values.newDue.format("YYYY-MM-DD"),
          reason: values.reason,
        }),
      );
      if (!drafted) return;
      form.resetFields();
      void message.success(
        t({ zh: "草稿已提交单位负责人确认", en: "Draft sent to the unit leader" }),
      );
      return;
    }
    const sent = await run(() =>
      api("POST", `/api/milestones/${String(milestone.id)}/extension-requests`, {
        version: milestone.workflow.version,
        newDue: values.newDue.format("YYYY-MM-DD"),
        reason: values.reason,
      }),
    );
    if (!sent) return;
    form.resetFields();
    void message.success(t({ zh: "延期申请已提交", en: "Extension requested" }));
  };
  return (
    <Form
      form={form}
      name="extension"
      layout="vertical"
      initialValues={
        open === undefined
          ? {}
          : { newDue: dayjs(payloadText(open, "newDue")), reason: payloadText(open, "reason") }
      }
      onFinish={(values) => void submit(values)}
    >
      <ErrorAlert error={error} />
      <Form.Item
        label={t({ zh: "延期至", en: "Extend to" })}
        name="newDue"
        rules={[
          {
            required: true,
            message: t({
              zh: "请选择延期后的完成时限",
              en: "Choose the new due date",
            }),
          },
        ]}
      >
        <DatePicker disabledDate={(day) => !day.isAfter(today, "day")} />
      </Form.Item>
      <Form.Item
        label={t({ zh: "延期理由", en: "Reason" })}
        name="reason"
        rules={[
          {
            required: true,
            whitespace: true,
            message: t({ zh: "请填写延期理由", en: "Give the reason" }),
          },
          { max: 2_000 },
        ]}
      >
        <Input.TextArea rows={3} showCount maxLength={2_000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {asDraft
          ? t({ zh: "提交负责人确认", en: "Send to the unit leader" })
          : t({ zh: "提交延期申请", en: "Request extension" })}
      </Button>
    </Form>
  );
};

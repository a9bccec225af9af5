import { App, Button, Form, Input } from "antd";
import { api } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useWorkflowWrite } from "./use-workflow-write.js";

/** The unit's answer to a leader's instruction (批示); a unit may answer again with more. */
export const InstructionAnswerForm = ({
  instructionId,
  reload,
}: {
  instructionId: number;
  reload: () => void;
}) => {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const { run, error, busy } = useWorkflowWrite(reload);
  const submit = async ({ text }: { text: string }) => {
    const sent = await run(() =>
      api("POST", `/api/instructions/${String(instructionId)}/responses`, { text }),
    );
    if (!sent) return;
    form.resetFields();
    void message.success(t({ zh: "已答复", en: "Answer sent" }));
  };
  return (
    <Form
      form={form}
      name={`answer-${String(instructionId)}`}
      layout="vertical"
      onFinish={(values) => void submit(values)}
    >
      <ErrorAlert error={error} />
      <Form.Item
        label={t({ zh: "本单位落实情况", en: "Your unit's answer" })}
        name="text"
        rules={[{ required: true, whitespace: true }, { max: 10_000 }]}
        style={{ marginBottom: 8 }}
      >
        <Input.TextArea rows={3} maxLength={10_000} />
      </Form.Item>
      <Button htmlType="submit" loading={busy}>
        {t({ zh: "答复批示", en: "Answer" })}
      </Button>
    </Form>
  );
};

import { Button, Form, Input } from "antd";
import { useState } from "react";
import { api } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import type { Instruction } from "./instruction-state.js";

/** A responsible unit answers the instruction; it may answer again later with more. */
export const ResponseForm = ({
  instructionId,
  onAnswered,
}: {
  instructionId: number;
  onAnswered: (instruction: Instruction) => void;
}) => {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ text: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async ({ text }: { text: string }) => {
    setBusy(true);
    setError(null);
    try {
      const answered = await api<Instruction>(
        "POST",
        `/api/instructions/${instructionId}/responses`,
        { text: text.trim() },
      );
      form.resetFields();
      onAnswered(answered);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
      <ErrorAlert error={error} />
      <Form.Item
        name="text"
        label={t({ zh: "本单位答复", en: "Our answer" })}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t({ zh: "请填写答复内容", en: "Write the answer" }),
          },
          { max: 10_000 },
        ]}
      >
        <Input.TextArea
          rows={4}
          placeholder={t({
            zh: "落实情况、下一步措施等",
            en: "What has been done, what comes next",
          })}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t({ zh: "答复批示", en: "Send answer" })}
      </Button>
    </Form>
  );
};

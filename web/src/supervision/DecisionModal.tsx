import { Form, Input, Modal } from "antd";
import { useState } from "react";
import { useLanguage, type Text } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { validFields } from "../common/valid-fields.js";
import type { MilestoneRequest } from "./request-payload.js";

export type Decision = "approve" | "reject";

/** The office's words for each decision: a completion is returned, an extension rejected. */
export const DECISION_LABEL: Readonly<
  Record<MilestoneRequest["kind"], Readonly<Record<Decision, Text>>>
> = {
  completion: {
    approve: { zh: "批准完成", en: "Approve completion" },
    reject: { zh: "退回", en: "Return" },
  },
  extension: {
    approve: { zh: "批准延期", en: "Approve extension" },
    reject: { zh: "不予延期", en: "Reject extension" },
  },
};

/**
 * Asks for the comment of a decision: optional when approving, required
 * when returning or rejecting (the unit must learn why). A failure other
 * than a conflict stays in the dialog with the server's message.
 */
export const DecisionModal = ({
  kind,
  decision,
  onCancel,
  onSubmit,
}: {
  kind: MilestoneRequest["kind"];
  decision: Decision;
  onCancel: () => void;
  onSubmit: (comment: string) => Promise<void>;
}) => {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ comment: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const required = decision === "reject";
  const submit = async () => {
    const fields = await validFields(form);
    if (fields === undefined) return;
    const { comment } = fields;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(comment.trim());
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t(DECISION_LABEL[kind][decision])}
      okText={t(DECISION_LABEL[kind][decision])}
      okButtonProps={{ danger: required, loading: busy }}
      cancelText={t({ zh: "取消", en: "Cancel" })}
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ comment: "" }}>
        <Form.Item
          name="comment"
          label={
            required
              ? t({ zh: "理由（必填）", en: "Reason (required)" })
              : t({ zh: "审核意见（选填）", en: "Comment (optional)" })
          }
          rules={[
            {
              required,
              whitespace: true,
              message: t({ zh: "请说明理由", en: "Say why" }),
            },
            { max: 2000 },
          ]}
        >
          <Input.TextArea rows={4} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
};

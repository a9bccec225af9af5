import { DatePicker, Form, Input, InputNumber } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { api } from "../api.js";
import { useLanguage } from "../i18n.js";
import { maxLength, required, requiredText } from "../admin/validation.js";
import { useServerForm } from "../admin/use-server-form.js";
import { FormModal } from "./FormModal.js";
import { measureOf, type Target } from "./target-words.js";

interface Values {
  readonly value: number;
  readonly asOf: Dayjs;
  readonly source: string;
}

/** The lead unit reports the value reached as of a day (POST /api/targets/{id}/actuals). */
export const ActualDialog = ({
  target,
  today,
  onClose,
  onSaved,
}: {
  /** null: closed. */
  target: Target | null;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) => {
  const { t } = useLanguage();
  const server = useServerForm<Values>();
  const { submit } = server;
  const save = async ({ value, asOf, source }: Values) => {
    if (target === null) return;
    const body = { value, asOf: asOf.format("YYYY-MM-DD"), source };
    if (await submit(() => api("POST", `/api/targets/${String(target.id)}/actuals`, body)))
      onSaved();
  };
  return (
    <FormModal
      open={target !== null}
      title={t({
        zh: `报送实际值：${target?.subject ?? ""}`,
        en: `Report an actual: ${target?.subject ?? ""}`,
      })}
      okText={t({ zh: "报送", en: "Report" })}
      server={server}
      initialValues={{ asOf: dayjs(today) }}
      onFinish={(fields) => void save(fields)}
      testId="actual-form"
      onClose={onClose}
    >
      <Form.Item
        name="value"
        label={t({
          zh: `实际值（目标 ${target === null ? "" : measureOf(target)}）`,
          en: `Value (target ${target === null ? "" : measureOf(target)})`,
        })}
        rules={[required(t)]}
      >
        <InputNumber style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="asOf" label={t({ zh: "截至日期", en: "As of" })} rules={[required(t)]}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item
        name="source"
        label={t({ zh: "数据来源", en: "Source" })}
        rules={[requiredText(t), maxLength(t, 500)]}
      >
        <Input placeholder={t({ zh: "如：统计快报", en: "e.g. statistics bulletin" })} />
      </Form.Item>
    </FormModal>
  );
};

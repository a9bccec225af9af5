import { Button, Form, Input, Modal, Radio, Typography } from "antd";
import { api } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useServerForm } from "../use-server-form.js";
import { maxLength, requiredText } from "../validation.js";
import type { DayState } from "./calendar-days.js";
import { describeDay, KIND_LABEL } from "./day-labels.js";

interface DayFields {
  readonly kind: DayState["kind"];
  readonly name?: string;
}

/**
 * Sets one day (PUT /api/calendar/days/{date}): a day off, a working day,
 * or back to the weekday rule; or undoes an administrator's change
 * (DELETE), so that the shipped notice applies again.
 */
export const DayModal = ({
  day,
  onClose,
  onChanged,
}: {
  /** null: closed. */
  day: DayState | null;
  onClose: () => void;
  onChanged: () => void;
}) => {
  const { t } = useLanguage();
  const { form, error, busy, submit, clearError } = useServerForm<DayFields>();
  const kind = Form.useWatch("kind", form);
  const path = day === null ? "" : `/api/calendar/days/${day.date}`;
  const save = async ({ kind: chosen, name }: DayFields) => {
    if (await submit(() => api("PUT", path, { kind: chosen, name: name ?? "" }))) onChanged();
  };
  const undo = async () => {
    if (await submit(() => api("DELETE", path))) onChanged();
  };
  return (
    <Modal
      open={day !== null}
      title={t({ zh: `设置 ${day?.date ?? ""}`, en: `Set ${day?.date ?? ""}` })}
      onCancel={onClose}
      afterClose={clearError}
      destroyOnHidden
      footer={[
        day?.source === "override" && (
          <Button key="undo" onClick={() => void undo()} disabled={busy}>
            {t({ zh: "撤销修改", en: "Undo the change" })}
          </Button>
        ),
        <Button key="cancel" onClick={onClose}>
          {t({ zh: "取消", en: "Cancel" })}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={busy}
          onClick={() => {
            form.submit();
          }}
        >
          {t({ zh: "保存", en: "Save" })}
        </Button>,
      ]}
    >
      {day !== null && (
        <Typography.Paragraph>
          {t({ zh: "现在：", en: "Now: " })}
          {describeDay(day, t)}
          {day.cleared !== null &&
            t({
              zh: `（随附为${t(KIND_LABEL[day.cleared.kind])}「${day.cleared.name}」）`,
              en: ` (shipped as ${t(KIND_LABEL[day.cleared.kind])} "${day.cleared.name}")`,
            })}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={error} />
      <Form<DayFields>
        form={form}
        layout="vertical"
        initialValues={day === null ? {} : { kind: day.kind, name: day.name }}
        onFinish={(fields) => void save(fields)}
      >
        <Form.Item name="kind" label={t({ zh: "这一天", en: "This day is" })}>
          <Radio.Group
            options={(["holiday", "workday", "normal"] as const).map((value) => ({
              value,
              label: t(KIND_LABEL[value]),
            }))}
          />
        </Form.Item>
        {kind !== "normal" && (
          <Form.Item
            name="name"
            label={t({ zh: "名称", en: "Name" })}
            rules={[requiredText(t), maxLength(t, 50)]}
          >
            <Input placeholder={t({ zh: "如：国庆节", en: "e.g. 国庆节" })} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
};

import { Form, Input, Modal, Typography } from "antd";
import { api } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import type { Unit } from "../use-units.js";
import { useServerForm } from "../use-server-form.js";
import { maxLength, requiredText } from "../validation.js";

/** Another name tables use for the unit (POST /api/units/{id}/aliases): 江门市科学技术局 = 市科技局. */
export const AliasModal = ({
  unit,
  onClose,
  onSaved,
}: {
  /** null: closed. */
  unit: Unit | null;
  onClose: () => void;
  onSaved: () => void;
}) => {
  const { t } = useLanguage();
  const { form, error, busy, submit, clearError } = useServerForm<{ alias: string }>();
  const save = async ({ alias }: { alias: string }) => {
    if (unit === null) return;
    if (await submit(() => api("POST", `/api/units/${String(unit.id)}/aliases`, { alias })))
      onSaved();
  };
  return (
    <Modal
      open={unit !== null}
      title={t({
        zh: `为「${unit?.name ?? ""}」添加别称`,
        en: `Add an alias of "${unit?.name ?? ""}"`,
      })}
      okText={t({ zh: "添加", en: "Add" })}
      confirmLoading={busy}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      afterClose={clearError}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t({
          zh: "导入的表格中写作这个名称的，都算这个单位。",
          en: "Tables imported with this name will mean this unit.",
        })}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(fields) => void save(fields)}>
        <Form.Item
          name="alias"
          label={t({ zh: "别称", en: "Alias" })}
          rules={[requiredText(t), maxLength(t, 200)]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
};

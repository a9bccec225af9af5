import { Form, Input, Modal, Typography } from "antd";
import { api, type Schema } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useServerForm } from "../use-server-form.js";
import { passwordRule, required } from "../validation.js";

/** An administrator sets a new password for someone who lost theirs (PATCH /api/users/{id}). */
export const PasswordModal = ({
  user,
  onClose,
  onSaved,
}: {
  /** null: closed. */
  user: Schema<"User"> | null;
  onClose: () => void;
  onSaved: () => void;
}) => {
  const { t } = useLanguage();
  const { form, error, busy, submit, clearError } = useServerForm<{ password: string }>();
  const save = async ({ password }: { password: string }) => {
    if (user === null) return;
    if (await submit(() => api("PATCH", `/api/users/${String(user.id)}`, { password }))) onSaved();
  };
  return (
    <Modal
      open={user !== null}
      title={t({
        zh: `重置 ${user?.username ?? ""} 的密码`,
        en: `Reset ${user?.username ?? ""}'s password`,
      })}
      okText={t({ zh: "重置", en: "Reset" })}
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
          zh: "把新密码当面或电话告知本人，并请其登录后自行修改。",
          en: "Give the new password to the person directly and ask them to change it after logging in.",
        })}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(fields) => void save(fields)}>
        <Form.Item
          name="password"
          label={t({ zh: "新密码", en: "New password" })}
          rules={[required(t), passwordRule(t, () => user?.username)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

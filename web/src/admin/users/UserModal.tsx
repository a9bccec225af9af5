import { Form, Input, Modal, Select } from "antd";
import { api, type Schema } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { ROLE_LABEL } from "../../common/labels.js";
import { useServerForm } from "../use-server-form.js";
import { maxLength, passwordRule, required, requiredText, usernameRule } from "../validation.js";

type User = Schema<"User">;
type Role = User["role"];

interface UserFields {
  readonly username: string;
  readonly displayName: string;
  readonly unitId: number;
  readonly role: Role;
  readonly password: string;
}

/**
 * A new account (POST /api/users: username, name, unit, role, initial
 * password) or an existing one's name, unit and role (PATCH).
 */
export const UserModal = ({
  user,
  open,
  unitOptions,
  onClose,
  onSaved,
}: {
  /** null: create a user. */
  user: User | null;
  open: boolean;
  unitOptions: readonly { value: number; label: string }[];
  onClose: () => void;
  onSaved: () => void;
}) => {
  const { t } = useLanguage();
  const { form, error, busy, submit, clearError } = useServerForm<UserFields>();
  const save = async (fields: UserFields) => {
    const saved = await submit(() =>
      user === null
        ? api("POST", "/api/users", fields)
        : api("PATCH", `/api/users/${String(user.id)}`, {
            displayName: fields.displayName,
            unitId: fields.unitId,
            role: fields.role,
          }),
    );
    if (saved) onSaved();
  };
  return (
    <Modal
      open={open}
      title={
        user === null
          ? t({ zh: "新建用户", en: "New user" })
          : t({ zh: `编辑用户 ${user.username}`, en: `Edit user ${user.username}` })
      }
      okText={t({ zh: "保存", en: "Save" })}
      confirmLoading={busy}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      afterClose={clearError}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form<UserFields>
        form={form}
        layout="vertical"
        initialValues={user ?? { role: "unit_staff" }}
        onFinish={(fields) => void save(fields)}
      >
        {user === null && (
          <Form.Item
            name="username"
            label={t({ zh: "用户名", en: "Username" })}
            rules={[required(t), usernameRule(t)]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label={t({ zh: "姓名", en: "Name" })}
          rules={[requiredText(t), maxLength(t, 100)]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="unitId" label={t({ zh: "单位", en: "Unit" })} rules={[required(t)]}>
          <Select showSearch={{ optionFilterProp: "label" }} options={[...unitOptions]} />
        </Form.Item>
        <Form.Item name="role" label={t({ zh: "角色", en: "Role" })} rules={[required(t)]}>
          <Select
            options={Object.entries(ROLE_LABEL).map(([value, label]) => ({
              value,
              label: t(label),
            }))}
          />
        </Form.Item>
        {user === null && (
          <Form.Item
            name="password"
            label={t({ zh: "初始密码", en: "Initial password" })}
            dependencies={["username"]}
            rules={[required(t), passwordRule(t, () => form.getFieldValue("username") as string)]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
};

import { Button, Card, Form, Input, message, Space } from "antd";
import { useState } from "react";
import { api } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { SecondFactorCard } from "./SecondFactorCard.js";

interface PasswordChange {
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly repeated: string;
}

/** 修改密码: PUT /api/session/password; the server's rules (length, not the username) apply. */
const PasswordCard = () => {
  const { t } = useLanguage();
  const [form] = Form.useForm<PasswordChange>();
  const [error, setError] = useState<unknown>(null);
  const [toast, toastHolder] = message.useMessage();
  const submit = async ({ currentPassword, newPassword }: PasswordChange) => {
    setError(null);
    try {
      await api("PUT", "/api/session/password", { currentPassword, newPassword });
      form.resetFields();
      void toast.success(t({ zh: "密码已修改", en: "Password changed" }));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Card title={t({ zh: "修改密码", en: "Change password" })} style={{ maxWidth: 420 }}>
      {toastHolder}
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          label={t({ zh: "当前密码", en: "Current password" })}
          name="currentPassword"
          rules={[{ required: true }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t({ zh: "新密码", en: "New password" })}
          name="newPassword"
          rules={[{ required: true }, { min: 10 }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t({ zh: "再次输入新密码", en: "New password again" })}
          name="repeated"
          dependencies={["newPassword"]}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue("newPassword")
                  ? Promise.resolve()
                  : Promise.reject(
                      new Error(t({ zh: "两次输入的密码不一致", en: "The passwords differ" })),
                    ),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t({ zh: "修改", en: "Change" })}
        </Button>
      </Form>
    </Card>
  );
};

/** 账号: one's own password and second factor. */
export const AccountPage = () => (
  <Space orientation="vertical" size="large" style={{ width: "100%" }}>
    <PasswordCard />
    <SecondFactorCard />
  </Space>
);

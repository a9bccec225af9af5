import { Alert, Button, Card, Form, Input } from "antd";
import { useState } from "react";
import { api, ApiFailure, setCsrfToken, type Session } from "./api.js";

/** 登录: the username and password of POST /api/session. */
export const LoginPage = ({ onLogin }: { onLogin: (session: Session) => void }) => {
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: { username: string; password: string }) => {
    try {
      const session = await api<Session>("POST", "/api/session", values);
      setCsrfToken(session.csrfToken);
      onLogin(session);
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.body.error.message.zh : "登录失败");
    }
  };
  return (
    <Card title="督办 · 登录" style={{ maxWidth: 360, margin: "10vh auto" }}>
      {error !== null && <Alert type="error" title={error} style={{ marginBottom: 16 }} />}
      <Form
        layout="vertical"
        onFinish={(values: { username: string; password: string }) => void submit(values)}
      >
        <Form.Item
          label="用户名"
          name="username"
          rules={[{ required: true, message: "请输入用户名" }]}
        >
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block>
          登录
        </Button>
      </Form>
    </Card>
  );
};

import { Button, Card, Form, Input, Segmented } from "antd";
import { useState } from "react";
import { api, type Answer, type Session } from "./api.js";
import { useApi } from "./common/use-api.js";
import { DemoAccounts } from "./DemoBanner.js";
import { useLanguage } from "./i18n.js";
import { usePageTitle } from "./page-title.js";
import { ErrorAlert } from "./common/ErrorAlert.js";
import { LanguageSwitch } from "./common/LanguageSwitch.js";
import { ProviderSignIn } from "./ProviderSignIn.js";

interface Credentials {
  readonly username: string;
  readonly password: string;
}

type Method = "password" | "ldap";
type Providers = Answer<"/api/session/providers", "get">;

/**
 * 登录: an identity provider's button (if any), and the username and
 * password of POST /api/session. When the server
 * offers an LDAP directory, a choice above the form says whose account it
 * is: Duban's own (本地账号) or the directory's (目录账号).
 */
export const LoginPage = ({ onLogin }: { onLogin: (session: Session) => void }) => {
  const { t } = useLanguage();
  usePageTitle({ zh: "登录", en: "Log in" });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [method, setMethod] = useState<Method>("password");
  const providers = useApi<Providers>("/api/session/providers");
  const directory = providers.data?.providers.some((p) => p.method === "ldap") === true;
  const submit = async (values: Credentials) => {
    setBusy(true);
    try {
      const body = directory && method === "ldap" ? { ...values, method } : values;
      onLogin(await api<Session>("POST", "/api/session", body));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  return (
    <main>
      <Card
        title={t({ zh: "督办 · 登录", en: "Duban · Log in" })}
        extra={<LanguageSwitch />}
        style={{ maxWidth: 420, margin: "10vh auto" }}
      >
        <DemoAccounts />
        <ProviderSignIn providers={providers.data?.providers ?? []} />
        <ErrorAlert error={error} />
        {directory && (
          <Segmented<Method>
            block
            style={{ marginBottom: 16 }}
            value={method}
            onChange={setMethod}
            options={[
              { value: "password", label: t({ zh: "本地账号", en: "Duban account" }) },
              { value: "ldap", label: t({ zh: "目录账号", en: "Directory account" }) },
            ]}
          />
        )}
        <Form layout="vertical" onFinish={(values: Credentials) => void submit(values)}>
          <Form.Item
            label={t({ zh: "用户名", en: "Username" })}
            name="username"
            rules={[
              { required: true, message: t({ zh: "请输入用户名", en: "Enter the username" }) },
            ]}
          >
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item
            label={t({ zh: "密码", en: "Password" })}
            name="password"
            rules={[{ required: true, message: t({ zh: "请输入密码", en: "Enter the password" }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t({ zh: "登录", en: "Log in" })}
          </Button>
        </Form>
      </Card>
    </main>
  );
};

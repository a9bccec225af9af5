import { Button, Form, Input } from "antd";
import { useState } from "react";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";

/**
 * A code to type: the authenticator's six digits or, when the caller allows
 * it, a recovery code. `submit` sends it; its failure is shown here.
 */
export const CodeForm = ({
  submit,
  allowRecovery,
  action,
}: {
  submit: (code: string) => Promise<void>;
  allowRecovery: boolean;
  action: { zh: string; en: string };
}) => {
  const { t } = useLanguage();
  const [recovery, setRecovery] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const send = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      await submit(code);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={(values: { code: string }) => void send(values)}>
      <ErrorAlert error={error} />
      {recovery ? (
        <Form.Item
          label={t({ zh: "恢复码", en: "Recovery code" })}
          name="code"
          rules={[
            { required: true, message: t({ zh: "请输入恢复码", en: "Enter a recovery code" }) },
          ]}
        >
          <Input autoComplete="off" placeholder="XXXX-XXXX-XXXX-XXXX" />
        </Form.Item>
      ) : (
        <Form.Item
          label={t({ zh: "验证码（6 位数字）", en: "Code (6 digits)" })}
          name="code"
          rules={[
            {
              required: true,
              pattern: /^\s*\d{3}\s*\d{3}\s*$/,
              message: t({ zh: "请输入验证器上的 6 位数字", en: "Enter the app's 6 digits" }),
            },
          ]}
        >
          <Input
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={7}
            autoFocus
            style={{ fontSize: 20, letterSpacing: 4 }}
          />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t(action)}
      </Button>
      {allowRecovery && (
        <Button
          type="link"
          block
          onClick={() => {
            setRecovery(!recovery);
          }}
        >
          {recovery
            ? t({ zh: "使用验证器上的验证码", en: "Use the app's code" })
            : t({ zh: "手机不在身边？使用恢复码", en: "No phone? Use a recovery code" })}
        </Button>
      )}
    </Form>
  );
};

import { Alert, Space, Spin, Steps, Typography } from "antd";
import { useEffect, useState } from "react";
import { api, setCsrfToken, type Answer, type Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { CodeForm } from "./CodeForm.js";
import { RecoveryCodes } from "./RecoveryCodes.js";

type Done = Answer<"/api/session/second-factor/enrolment", "put">;

/**
 * 绑定验证器: a new secret as a QR code and as text, the app's first code
 * to prove it, then the recovery codes; `onDone` when the user has saved them.
 */
export const EnrolmentSteps = ({ onDone }: { onDone: (done: Done) => void }) => {
  const { t } = useLanguage();
  const [start, setStart] = useState<Schema<"SecondFactorEnrolment"> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Done | null>(null);
  useEffect(() => {
    api<Schema<"SecondFactorEnrolment">>("POST", "/api/session/second-factor/enrolment").then(
      setStart,
      setError,
    );
  }, []);
  const confirm = async (code: string) => {
    const answer = await api<Done>("PUT", "/api/session/second-factor/enrolment", { code });
    // The session rose under a new cookie at once: its writes (logging out too) need the new token.
    if (answer.session !== null) setCsrfToken(answer.session.csrfToken);
    setDone(answer);
  };
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Steps
        size="small"
        current={done === null ? 0 : 1}
        items={[
          { title: t({ zh: "扫码并输入验证码", en: "Scan and type the code" }) },
          { title: t({ zh: "保存恢复码", en: "Save the recovery codes" }) },
        ]}
      />
      <ErrorAlert error={error} />
      {done !== null ? (
        <RecoveryCodes
          codes={done.recoveryCodes}
          onDone={() => {
            onDone(done);
          }}
        />
      ) : start === null ? (
        error === null && <Spin />
      ) : (
        <>
          <Alert
            type="info"
            title={t({
              zh: "用手机上的验证器应用（如微信小程序“腾讯身份验证器”、Microsoft Authenticator、Google Authenticator、FreeOTP）扫描二维码，然后输入它显示的 6 位数字。",
              en: "Scan the QR code with an authenticator app on the phone (Microsoft Authenticator, Google Authenticator, FreeOTP, …), then type the 6 digits it shows.",
            })}
          />
          <img
            src={start.qrCode}
            width={200}
            height={200}
            alt={t({ zh: "绑定验证器的二维码", en: "QR code for the authenticator app" })}
          />
          <Typography.Paragraph>
            {t({ zh: "无法扫码时手动输入密钥：", en: "Cannot scan? Type this key:" })}{" "}
            <Typography.Text code copyable data-testid="totp-secret">
              {start.secret}
            </Typography.Text>
          </Typography.Paragraph>
          <CodeForm
            submit={confirm}
            allowRecovery={false}
            action={{ zh: "验证并启用", en: "Verify and turn on" }}
          />
        </>
      )}
    </Space>
  );
};

import { Button, Card } from "antd";
import { api, type Session } from "../api.js";
import { useLanguage } from "../i18n.js";
import { usePageTitle } from "../page-title.js";
import { LanguageSwitch } from "../common/LanguageSwitch.js";
import { CodeForm } from "./CodeForm.js";
import { EnrolmentSteps } from "./EnrolmentSteps.js";

/**
 * 两步验证: after the password (or any first factor) the session waits for
 * the authenticator's code, or, when the role requires a second factor and
 * the user has none, for enrolment right away. `onPassed` gets the whole session.
 */
export const SecondFactorPage = ({
  session,
  onPassed,
  onCancel,
}: {
  session: Session;
  onPassed: (session: Session) => void;
  onCancel: () => Promise<void>;
}) => {
  const { t } = useLanguage();
  const enrol = session.secondFactor === "enrol";
  usePageTitle(
    enrol
      ? { zh: "绑定验证器", en: "Set up the second factor" }
      : { zh: "两步验证", en: "Second factor" },
  );
  const verify = async (code: string) => {
    onPassed(await api<Session>("POST", "/api/session/second-factor", { code }));
  };
  return (
    <main>
      <Card
        title={t(
          enrol
            ? { zh: "督办 · 绑定验证器", en: "Duban · Set up the second factor" }
            : { zh: "督办 · 两步验证", en: "Duban · Second factor" },
        )}
        extra={<LanguageSwitch />}
        style={{ maxWidth: enrol ? 520 : 420, margin: "10vh auto" }}
      >
        <p>
          {enrol
            ? t({
                zh: `${session.user?.displayName ?? ""}，您的角色要求两步验证：请先绑定手机上的验证器。`,
                en: `${session.user?.displayName ?? ""}, your role requires a second factor: set up an authenticator app first.`,
              })
            : t({
                zh: "请输入手机验证器上显示的 6 位验证码。",
                en: "Type the 6-digit code your authenticator app shows.",
              })}
        </p>
        {enrol ? (
          <EnrolmentSteps
            onDone={(done) => {
              if (done.session !== null) onPassed(done.session);
            }}
          />
        ) : (
          <CodeForm submit={verify} allowRecovery action={{ zh: "验证", en: "Verify" }} />
        )}
        <Button type="link" block onClick={() => void onCancel()}>
          {t({ zh: "取消，返回登录", en: "Cancel and log in again" })}
        </Button>
      </Card>
    </main>
  );
};

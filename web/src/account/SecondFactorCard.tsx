import { Button, Card, Descriptions, message, Modal, Space, Tag } from "antd";
import { useState } from "react";
import { api, type Answer, type Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { CodeForm } from "../second-factor/CodeForm.js";
import { EnrolmentSteps } from "../second-factor/EnrolmentSteps.js";
import { RecoveryCodes } from "../second-factor/RecoveryCodes.js";

type Status = Schema<"SecondFactorStatus">;
/** What a dialog of the card is doing: enrolling, or asking a code to renew codes or turn off. */
type Doing = "enrol" | "renew" | "off" | null;

/** 两步验证 on the account page: enrol, see the state, new recovery codes, turn off. */
export const SecondFactorCard = () => {
  const { t } = useLanguage();
  const status = useApi<Status>("/api/session/second-factor");
  const [doing, setDoing] = useState<Doing>(null);
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const close = () => {
    setDoing(null);
    setCodes(null);
    status.reload();
  };
  const renew = async (code: string) => {
    const answer = await api<Answer<"/api/session/second-factor/recovery-codes", "post">>(
      "POST",
      "/api/session/second-factor/recovery-codes",
      { code },
    );
    setCodes(answer.recoveryCodes);
  };
  const turnOff = async (code: string) => {
    await api("DELETE", "/api/session/second-factor", { code });
    close();
    void toast.success(t({ zh: "两步验证已关闭", en: "Second factor turned off" }));
  };
  const state = status.data;
  return (
    <Card title={t({ zh: "两步验证", en: "Second factor" })} style={{ maxWidth: 520 }}>
      {toastHolder}
      <ErrorAlert error={status.error} />
      {state && (
        <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t({ zh: "状态", en: "State" })}>
            {state.enrolled ? (
              <Tag color="green">{t({ zh: "已启用", en: "On" })}</Tag>
            ) : (
              <Tag>{t({ zh: "未启用", en: "Off" })}</Tag>
            )}
            {state.required && (
              <Tag color="orange">{t({ zh: "您的角色要求", en: "Required for your role" })}</Tag>
            )}
          </Descriptions.Item>
          {state.enrolled && (
            <Descriptions.Item label={t({ zh: "剩余恢复码", en: "Recovery codes left" })}>
              {state.recoveryCodesLeft}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {state && (
        <Space wrap>
          {!state.enrolled && (
            <Button
              type="primary"
              onClick={() => {
                setDoing("enrol");
              }}
            >
              {t({ zh: "绑定验证器", en: "Set up an authenticator app" })}
            </Button>
          )}
          {state.enrolled && (
            <Button
              onClick={() => {
                setDoing("renew");
              }}
            >
              {t({ zh: "重新生成恢复码", en: "New recovery codes" })}
            </Button>
          )}
          {state.enrolled && !state.required && (
            <Button
              danger
              onClick={() => {
                setDoing("off");
              }}
            >
              {t({ zh: "关闭两步验证", en: "Turn off" })}
            </Button>
          )}
        </Space>
      )}
      <Modal
        open={doing !== null}
        title={t(
          doing === "enrol"
            ? { zh: "绑定验证器", en: "Set up an authenticator app" }
            : doing === "renew"
              ? { zh: "重新生成恢复码", en: "New recovery codes" }
              : { zh: "关闭两步验证", en: "Turn off the second factor" },
        )}
        footer={null}
        onCancel={close}
        destroyOnHidden
      >
        {doing === "enrol" && <EnrolmentSteps onDone={close} />}
        {doing === "renew" &&
          (codes === null ? (
            <CodeForm
              submit={renew}
              allowRecovery
              action={{ zh: "生成（旧恢复码作废）", en: "Make them (the old ones end)" }}
            />
          ) : (
            <RecoveryCodes codes={codes} onDone={close} />
          ))}
        {doing === "off" && (
          <CodeForm submit={turnOff} allowRecovery action={{ zh: "关闭", en: "Turn off" }} />
        )}
      </Modal>
    </Card>
  );
};

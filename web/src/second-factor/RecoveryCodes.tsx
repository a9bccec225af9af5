import { Alert, Button, Space, Typography } from "antd";
import { useLanguage } from "../i18n.js";

/** The recovery codes, shown once: to write down or print before going on. */
export const RecoveryCodes = ({
  codes,
  onDone,
}: {
  codes: readonly string[];
  onDone: () => void;
}) => {
  const { t } = useLanguage();
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Alert
        type="warning"
        showIcon
        title={t({
          zh: "请抄下或打印这些恢复码并妥善保管：手机丢失时，每个恢复码可代替验证码使用一次。它们只显示这一次。",
          en: "Write these recovery codes down or print them and keep them safe: if the phone is lost, each one stands in for a code once. They are shown only now.",
        })}
      />
      <ol className="recovery-codes" aria-label={t({ zh: "恢复码", en: "Recovery codes" })}>
        {codes.map((code) => (
          <li key={code}>
            <Typography.Text code copyable>
              {code}
            </Typography.Text>
          </li>
        ))}
      </ol>
      <Space>
        <Button
          onClick={() => {
            window.print();
          }}
        >
          {t({ zh: "打印", en: "Print" })}
        </Button>
        <Button type="primary" onClick={onDone}>
          {t({ zh: "我已保存，继续", en: "Saved, go on" })}
        </Button>
      </Space>
    </Space>
  );
};

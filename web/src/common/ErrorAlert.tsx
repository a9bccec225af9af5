import { Alert } from "antd";
import { ApiFailure } from "../api.js";
import { useLanguage } from "../i18n.js";

/** The server's message for a failed request, in the interface language, with the field it names. */
export const ErrorAlert = ({ error }: { error: unknown }) => {
  const { language, t } = useLanguage();
  if (error === undefined || error === null) return null;
  const message =
    error instanceof ApiFailure
      ? error.body.error.message[language] +
        (error.body.error.field === undefined ? "" : ` (${error.body.error.field})`)
      : t({ zh: "无法连接服务器", en: "The server could not be reached" });
  return <Alert type="error" showIcon title={message} style={{ marginBottom: 12 }} role="alert" />;
};

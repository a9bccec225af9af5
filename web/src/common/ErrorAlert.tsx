import { Alert } from "antd";
import { ApiFailure } from "../api.js";
import { useLanguage } from "../i18n.js";

/**
 * The server's message for a failed request, in the interface language. The
 * message names the field in people's words; the dotted `field` is for scripts.
 */
export const ErrorAlert = ({ error }: { error: unknown }) => {
  const { language, t } = useLanguage();
  if (error === undefined || error === null) return null;
  const message =
    error instanceof ApiFailure
      ? error.body.error.message[language]
      : t({ zh: "无法连接服务器", en: "The server could not be reached" });
  return <Alert type="error" showIcon title={message} style={{ marginBottom: 12 }} role="alert" />;
};

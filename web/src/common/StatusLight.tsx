import { Badge } from "antd";
import { useLanguage } from "../i18n.js";
import { LIGHT_LABEL, STATUS_LABEL, textOf } from "./labels.js";

const BADGE = { red: "error", yellow: "warning", green: "success" } as const;

/** The light and the status in words, so colour is never the only signal. */
export const StatusLight = ({
  status,
  light,
}: {
  status: string;
  light: "red" | "yellow" | "green";
}) => {
  const { t } = useLanguage();
  return (
    <Badge
      status={BADGE[light]}
      text={t(textOf(STATUS_LABEL, status))}
      aria-label={`${t(LIGHT_LABEL[light])} ${t(textOf(STATUS_LABEL, status))}`}
    />
  );
};

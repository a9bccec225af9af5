import { App, Button, Space } from "antd";
import { api } from "../api.js";
import { useLanguage } from "../i18n.js";
import type { Target } from "./target-words.js";

interface Props {
  readonly target: Target;
  readonly onEdit: (target: Target) => void;
  readonly onReport: (target: Target) => void;
  readonly onChanged: () => void;
}

/** What the viewer may do with a target, by its `can` alone: confirm, edit, dismiss, report. */
export const TargetActions = ({ target, onEdit, onReport, onChanged }: Props) => {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const setState = (state: "confirmed" | "dismissed") => {
    api("PATCH", `/api/targets/${String(target.id)}`, { state }).then(onChanged, (e: unknown) => {
      void message.error(e instanceof Error ? e.message : String(e));
    });
  };
  const { edit, report } = target.can;
  return (
    <Space size={0} wrap>
      {edit && target.state !== "confirmed" && (
        <Button
          type="link"
          size="small"
          onClick={() => {
            setState("confirmed");
          }}
        >
          {target.state === "proposed"
            ? t({ zh: "确认", en: "Confirm" })
            : t({ zh: "恢复", en: "Restore" })}
        </Button>
      )}
      {edit && target.state !== "dismissed" && (
        <>
          <Button
            type="link"
            size="small"
            onClick={() => {
              onEdit(target);
            }}
          >
            {t({ zh: "编辑", en: "Edit" })}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            onClick={() => {
              setState("dismissed");
            }}
          >
            {t({ zh: "排除", en: "Dismiss" })}
          </Button>
        </>
      )}
      {report && (
        <Button
          type="link"
          size="small"
          onClick={() => {
            onReport(target);
          }}
        >
          {t({ zh: "报送实际值", en: "Report actual" })}
        </Button>
      )}
    </Space>
  );
};

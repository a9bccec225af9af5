import { App, Button } from "antd";
import { api, type Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useWorkflowWrite } from "./use-workflow-write.js";

/** 签收: the lead unit confirms it has received the milestone; the first day stands. */
export const AcknowledgeButton = ({
  milestone,
  reload,
  size,
}: {
  milestone: Pick<Milestone, "id" | "workflow">;
  reload: () => void;
  size?: "small" | "middle";
}) => {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const { run, error, busy } = useWorkflowWrite(reload);
  const acknowledge = async () => {
    const sent = await run(() =>
      api("POST", `/api/milestones/${String(milestone.id)}/acknowledgement`, {
        version: milestone.workflow.version,
      }),
    );
    if (sent) void message.success(t({ zh: "已签收", en: "Acknowledged" }));
  };
  return (
    <>
      <Button type="primary" size={size} loading={busy} onClick={() => void acknowledge()}>
        {t({ zh: "签收", en: "Acknowledge" })}
      </Button>
      <ErrorAlert error={error} />
    </>
  );
};

import { Alert, Tabs } from "antd";
import type { Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { DeclareCompletionForm } from "./DeclareCompletionForm.js";
import { ExtensionRequestForm } from "./ExtensionRequestForm.js";
import type { MilestoneHistory } from "./ledger-entry.js";
import { ReportProgressForm } from "./ReportProgressForm.js";

/** Where the workflow stands, in a sentence, when it limits what can be done. */
const PhaseNote = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  if (milestone.workflow.phase === "open") return null;
  return (
    <Alert
      type={milestone.workflow.phase === "done" ? "success" : "info"}
      showIcon
      style={{ marginBottom: 12 }}
      title={
        milestone.workflow.phase === "done"
          ? t({ zh: "本节点计划已完成。", en: "This milestone is done." })
          : t({
              zh: "完成申报正在等待督查室审核。",
              en: "The completion is waiting for the office's review.",
            })
      }
    />
  );
};

/** 报送进展, 申报完成, 申请延期: one tab each, only those the server says the user may do. */
export const MilestoneActions = ({
  milestone,
  history,
  reload,
}: {
  milestone: Milestone;
  history: MilestoneHistory;
  reload: () => void;
}) => {
  const { t } = useLanguage();
  const abilities = milestone.can;
  const items = [
    ...(abilities.report
      ? [
          {
            key: "report",
            label: abilities.reportOfficially
              ? t({ zh: "报送进展", en: "Report progress" })
              : t({ zh: "报送材料", en: "Send input" }),
            children: (
              <ReportProgressForm
                milestone={milestone}
                inputs={history.entries.filter((e) => e.entry.kind === "input")}
                reload={reload}
              />
            ),
          },
        ]
      : []),
    ...(abilities.declareCompletion
      ? [
          {
            key: "completion",
            label: t({ zh: "申报完成", en: "Declare complete" }),
            children: <DeclareCompletionForm milestone={milestone} reload={reload} />,
          },
        ]
      : []),
    ...(abilities.requestExtension
      ? [
          {
            key: "extension",
            label: t({ zh: "申请延期", en: "Request extension" }),
            children: (
              <ExtensionRequestForm
                milestone={milestone}
                pending={history.requests.find(
                  (r) => r.kind === "extension" && r.state === "pending",
                )}
                reload={reload}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <PhaseNote milestone={milestone} />
      {items.length > 0 && <Tabs items={items} />}
    </>
  );
};

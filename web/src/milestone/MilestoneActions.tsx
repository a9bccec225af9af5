import { Alert, Flex, Tabs } from "antd";
import type { Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { useApi } from "../common/use-api.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { DeclareCompletionForm } from "./DeclareCompletionForm.js";
import { DraftCard } from "./DraftCard.js";
import type { ListedDraft } from "./drafts.js";
import { WhoCanNotes } from "./WhoCanNotes.js";
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

/**
 * 报送进展, 申报完成, 申请延期: one tab each, only those the server says the
 * user may do; the leader's steps as drafts for staff (经办人起草); the unit's
 * open drafts; and, for what the user cannot do, who can.
 */
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
  const mayDraft = abilities.draftCompletion || abilities.draftExtension || abilities.confirmDrafts;
  const drafts = useApi<{ items: ListedDraft[] }>(
    mayDraft ? `/api/drafts?milestone=${String(milestone.id)}&state=open` : null,
  );
  const { reload: reloadDrafts } = drafts;
  const reloadAll = () => {
    reload();
    reloadDrafts();
  };
  const open = drafts.data?.items ?? [];
  const openOf = (kind: "completion" | "extension") => open.find((d) => d.payload.kind === kind);
  const draftCompletion = !abilities.declareCompletion && abilities.draftCompletion;
  const draftExtension = !abilities.requestExtension && abilities.draftExtension;
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
    ...(abilities.declareCompletion || draftCompletion
      ? [
          {
            key: "completion",
            label: draftCompletion
              ? t({ zh: "起草完成申报", en: "Draft completion" })
              : t({ zh: "申报完成", en: "Declare complete" }),
            children: (
              <DeclareCompletionForm
                key={openOf("completion")?.version ?? 0}
                milestone={milestone}
                reload={reloadAll}
                asDraft={draftCompletion}
                open={draftCompletion ? openOf("completion") : undefined}
              />
            ),
          },
        ]
      : []),
    ...(abilities.requestExtension || draftExtension
      ? [
          {
            key: "extension",
            label: draftExtension
              ? t({ zh: "起草延期申请", en: "Draft extension" })
              : t({ zh: "申请延期", en: "Request extension" }),
            children: (
              <ExtensionRequestForm
                key={openOf("extension")?.version ?? 0}
                milestone={milestone}
                pending={history.requests.find(
                  (r) => r.kind === "extension" && r.state === "pending",
                )}
                reload={reloadAll}
                asDraft={draftExtension}
                open={draftExtension ? openOf("extension") : undefined}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <PhaseNote milestone={milestone} />
      <WhoCanNotes milestone={milestone} />
      <ErrorAlert error={drafts.error} />
      {open.length > 0 && (
        <Flex vertical gap={8} style={{ marginBottom: 12 }}>
          {open.map((draft) => (
            <DraftCard key={draft.id} draft={draft} reload={reloadAll} />
          ))}
        </Flex>
      )}
      {items.length > 0 && <Tabs items={items} />}
    </>
  );
};

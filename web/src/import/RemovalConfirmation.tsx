import { Alert, Checkbox, List, Typography } from "antd";
import { useLanguage } from "../i18n.js";
import type { MilestoneRemoval } from "./import-outcome.js";

/**
 * The milestones a revision would remove although they have history,
 * evidence or open requests, each with what it has, and the box to tick
 * before the import may go ahead. Their records stay readable; their open
 * requests are withdrawn.
 */
export const RemovalConfirmation = ({
  removals,
  confirmed,
  onConfirmed,
}: {
  removals: readonly MilestoneRemoval[];
  confirmed: boolean;
  onConfirmed: (confirmed: boolean) => void;
}) => {
  const { t } = useLanguage();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="import-removals"
      title={t({
        zh: `本次修订将删除 ${String(removals.length)} 个已有办理记录的节点计划`,
        en: `This revision removes ${String(removals.length)} milestones that have records`,
      })}
      description={
        <>
          <List
            size="small"
            dataSource={[...removals]}
            rowKey={(removal) => removal.milestoneId}
            renderItem={(removal) => (
              <List.Item>
                <Typography.Text>
                  {removal.taskNo ?? ""}（{removal.seq ?? ""}）{removal.text}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t({
                    zh: `办理记录 ${String(removal.entries)} 条，佐证材料 ${String(removal.attachments)} 个，待审申请 ${String(removal.openRequests)} 个`,
                    en: `${String(removal.entries)} history entries, ${String(removal.attachments)} evidence files, ${String(removal.openRequests)} open requests`,
                  })}
                </Typography.Text>
              </List.Item>
            )}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t({
              zh: "删除后，这些节点计划及其记录和材料仍可在计划历史中查看，但不能再办理；待审申请将被撤回。",
              en: "Once removed, these milestones, their records and files stay readable in the plan's history but cannot be acted on; their open requests are withdrawn.",
            })}
          </Typography.Paragraph>
          <Checkbox
            checked={confirmed}
            onChange={(event) => {
              onConfirmed(event.target.checked);
            }}
          >
            {t({
              zh: "我已核对，确认删除以上节点计划",
              en: "I have checked them: remove these milestones",
            })}
          </Checkbox>
        </>
      }
    />
  );
};

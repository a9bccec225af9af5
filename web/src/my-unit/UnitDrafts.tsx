import { Empty, Flex } from "antd";
import { useLanguage } from "../i18n.js";
import { DraftCard } from "../milestone/DraftCard.js";
import type { ListedDraft } from "../milestone/drafts.js";

/**
 * 待确认 / 我的草稿: the unit's open drafts across every plan; the leader
 * confirms or returns them, the staff sees those returned and edits them.
 */
export const UnitDrafts = ({
  drafts,
  reload,
}: {
  drafts: readonly ListedDraft[];
  reload: () => void;
}) => {
  const { t } = useLanguage();
  if (drafts.length === 0) {
    return <Empty description={t({ zh: "没有待处理的草稿", en: "No open drafts" })} />;
  }
  return (
    <Flex vertical gap={8}>
      {drafts.map((draft) => (
        <DraftCard key={draft.id} draft={draft} reload={reload} showMilestone />
      ))}
    </Flex>
  );
};

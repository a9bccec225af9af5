import { Empty, Timeline, Typography } from "antd";
import type { Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { unitName, type MilestoneHistory } from "./ledger-entry.js";
import { LEDGER_KIND } from "./ledger-labels.js";
import { LedgerEntryDetails } from "./LedgerEntryDetails.js";

/** 历史: everything recorded about the milestone, newest first, so the latest step is on top. */
export const MilestoneHistoryTimeline = ({
  milestone,
  history,
}: {
  milestone: Milestone;
  history: MilestoneHistory;
}) => {
  const { t } = useLanguage();
  if (history.entries.length === 0)
    return <Empty description={t({ zh: "尚无记录", en: "Nothing recorded yet" })} />;
  const newestFirst = [...history.entries].reverse();
  return (
    <Timeline
      items={newestFirst.map((entry) => {
        const kind = LEDGER_KIND[entry.entry.kind];
        const who = [unitName(milestone, entry.unitId), entry.actorName]
          .filter((part) => part !== "")
          .join(" · ");
        return {
          key: entry.id,
          color: kind?.color ?? "gray",
          content: (
            <div data-testid="history-entry">
              <Typography.Text strong>
                {kind === undefined ? entry.entry.kind : t(kind.label)}
              </Typography.Text>{" "}
              <Typography.Text type="secondary">
                {entry.entry.on} · {who}
              </Typography.Text>
              <LedgerEntryDetails entry={entry} milestone={milestone} history={history} />
            </div>
          ),
        };
      })}
    />
  );
};

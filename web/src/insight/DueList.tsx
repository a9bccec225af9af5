import { Card, Empty, Space, Typography } from "antd";
import { Link } from "react-router";
import type { Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { StatusLight } from "../common/StatusLight.js";
import { leadUnits, milestoneName } from "./milestone-words.js";

/** The milestones due on the day (or in the month) picked in the calendar, each a link. */
export const DueList = ({
  title,
  milestones,
}: {
  title: string;
  milestones: readonly Milestone[];
}) => {
  const { t } = useLanguage();
  return (
    <Card size="small" title={title} aria-live="polite" className="insight-due-list">
      {milestones.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t({ zh: "没有节点到期", en: "Nothing falls due" })}
        />
      ) : (
        <ul>
          {milestones.map((milestone) => (
            <li key={milestone.id}>
              <Link to={`/milestones/${String(milestone.id)}`}>
                {milestoneName(milestone)} {milestone.text}
              </Link>
              <Space size="small" wrap>
                <StatusLight milestone={milestone} />
                <Typography.Text type="secondary">
                  {leadUnits(milestone)} · {milestone.due}
                </Typography.Text>
              </Space>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
};

import { Card, Col, Row, Statistic } from "antd";
import type { Schema } from "../api.js";
import type { Text } from "../i18n.js";
import { useLanguage } from "../i18n.js";
import { formatRate } from "./format.js";
import { STATUS_COLOR } from "./status-colors.js";

type PlanStatus = Schema<"PlanStatus">;

interface Kpi {
  readonly key: string;
  readonly title: Text;
  readonly value: string;
  readonly color?: string;
}

const kpisOf = (status: PlanStatus): Kpi[] => [
  { key: "total", title: { zh: "节点总数", en: "Milestones" }, value: String(status.total) },
  {
    key: "done",
    title: { zh: "已完成", en: "Done" },
    value: String(status.counts.done),
    color: STATUS_COLOR.done,
  },
  {
    key: "overdue",
    title: { zh: "逾期", en: "Overdue" },
    value: String(status.counts.overdue),
    color: STATUS_COLOR.overdue,
  },
  {
    key: "due-soon",
    title: { zh: "临期", en: "Due soon" },
    value: String(status.counts.dueSoon),
    color: STATUS_COLOR.due_soon,
  },
  {
    key: "completion-rate",
    title: { zh: "完成率", en: "Completion rate" },
    value: formatRate(status.completionRate),
  },
  {
    key: "on-time-rate",
    title: { zh: "按时完成率", en: "On-time rate" },
    value: formatRate(status.onTimeRate),
  },
  {
    key: "reports-this-month",
    title: { zh: "本月报送进展", en: "Reports this month" },
    value: String(status.reportsThisMonth),
  },
];

/** The plan's headline figures on the as-of day. */
export const KpiCards = ({ status }: { status: PlanStatus }) => {
  const { t } = useLanguage();
  return (
    <Row gutter={[12, 12]} className="insight-kpis">
      {kpisOf(status).map((kpi) => (
        <Col key={kpi.key} flex="1 1 140px">
          <Card size="small" data-testid={`kpi-${kpi.key}`}>
            <Statistic
              title={t(kpi.title)}
              value={kpi.value}
              styles={{ content: kpi.color === undefined ? {} : { color: kpi.color } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
};

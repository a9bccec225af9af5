import { useLanguage } from "../i18n.js";
import { STATUS_ORDER } from "../common/labels.js";
import { Chart, GRID_WITH_LABELS, type ChartOption } from "./Chart.js";
import { ChartCard } from "./ChartCard.js";
import {
  COUNT_KEY,
  STATUS_COLOR,
  STATUS_LEGEND,
  useStatusName,
  type Status,
} from "./status-colors.js";
import type { TrendPoint } from "./use-trend.js";

type Row = { readonly day: string } & Record<Status, number>;

/** Where the plan stood at each month end up to the as-of day: a line per status. */
export const TrendChart = ({
  points,
  height,
}: {
  points: readonly TrendPoint[];
  height: number;
}) => {
  const { t } = useLanguage();
  const statusName = useStatusName();
  const rows: Row[] = points.map((point) => ({
    day: point.day,
    overdue: point.counts.overdue,
    due_soon: point.counts.dueSoon,
    in_progress: point.counts.inProgress,
    not_started: point.counts.notStarted,
    done: point.counts.done,
  }));
  const option: ChartOption = {
    grid: { left: 8, right: 16, top: 16, bottom: 40, ...GRID_WITH_LABELS },
    tooltip: { trigger: "axis" },
    legend: STATUS_LEGEND,
    xAxis: { type: "category", boundaryGap: false, data: rows.map((row) => row.day) },
    yAxis: { type: "value", minInterval: 1 },
    series: STATUS_ORDER.map((status) => ({
      type: "line" as const,
      name: statusName(status),
      itemStyle: { color: STATUS_COLOR[status] },
      lineStyle: { width: status === "done" || status === "overdue" ? 3 : 2 },
      data: rows.map((row) => row[status]),
    })),
  };
  const title = t({ zh: "趋势（每月末）", en: "Trend (month ends)" });
  const last = points.at(-1);
  const summary =
    last === undefined
      ? ""
      : STATUS_ORDER.map(
          (status) =>
            `${statusName(status)} ${String(points[0]?.counts[COUNT_KEY[status]] ?? 0)} → ${String(last.counts[COUNT_KEY[status]])}`,
        ).join(t({ zh: "，", en: ", " }));
  return (
    <ChartCard<Row>
      title={title}
      chart={
        <Chart
          option={option}
          height={height}
          label={`${title} ${points[0]?.day ?? ""} → ${last?.day ?? ""}: ${summary}`}
        />
      }
      rows={rows}
      rowKey="day"
      columns={[
        { title: t({ zh: "日期", en: "Day" }), dataIndex: "day" },
        ...STATUS_ORDER.map((status) => ({
          title: statusName(status),
          dataIndex: status,
          align: "right" as const,
        })),
      ]}
    />
  );
};

import { useLanguage } from "../i18n.js";
import { STATUS_ORDER } from "../common/labels.js";
import { Chart, type ChartOption, type PieSeriesOption } from "./Chart.js";
import { ChartCard } from "./ChartCard.js";
import {
  COUNT_KEY,
  STATUS_COLOR,
  STATUS_LEGEND,
  useStatusName,
  type Status,
  type StatusCounts,
} from "./status-colors.js";

interface Row {
  readonly status: Status;
  readonly label: string;
  readonly count: number;
}

/** How many milestones are in each status on the day: a doughnut, worst first. */
export const StatusChart = ({ counts, height }: { counts: StatusCounts; height: number }) => {
  const { t } = useLanguage();
  const statusName = useStatusName();
  const rows: Row[] = STATUS_ORDER.map((status) => ({
    status,
    label: statusName(status),
    count: counts[COUNT_KEY[status]],
  }));
  const slices: PieSeriesOption = {
    type: "pie",
    radius: ["38%", "64%"],
    center: ["50%", "45%"],
    label: { formatter: "{c}" },
    // An empty slice would only add a label pointing at nothing.
    data: rows
      .filter((row) => row.count > 0)
      .map((row) => ({
        // The count in the name: the legend says it without a label on every slice.
        name: `${row.label} ${String(row.count)}`,
        value: row.count,
        itemStyle: { color: STATUS_COLOR[row.status] },
      })),
  };
  const option: ChartOption = {
    tooltip: { trigger: "item", formatter: "{b} ({d}%)" },
    legend: STATUS_LEGEND,
    series: [slices],
  };
  const summary = rows
    .map((row) => `${row.label} ${String(row.count)}`)
    .join(t({ zh: "，", en: ", " }));
  return (
    <ChartCard<Row>
      title={t({ zh: "状态分布", en: "Status counts" })}
      chart={
        <Chart
          option={option}
          height={height}
          label={`${t({ zh: "状态分布", en: "Status counts" })}: ${summary}`}
        />
      }
      rows={rows}
      rowKey="status"
      columns={[
        { title: t({ zh: "状态", en: "Status" }), dataIndex: "label" },
        { title: t({ zh: "节点数", en: "Milestones" }), dataIndex: "count", align: "right" },
      ]}
    />
  );
};

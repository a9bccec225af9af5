import dayjs from "dayjs";
import type { Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { STATUS_ORDER } from "../common/labels.js";
import { Chart, GRID_WITH_LABELS, type ChartOption } from "./Chart.js";
import { ChartCard } from "./ChartCard.js";
import { STATUS_COLOR, STATUS_LEGEND, useStatusName, type Status } from "./status-colors.js";

type DueMonth = Schema<"PlanStatus">["byDueMonth"][number];

type Row = { readonly month: string; readonly total: number } & Record<Status, number>;

const EMPTY_MONTH = { overdue: 0, due_soon: 0, in_progress: 0, not_started: 0, done: 0 };

/** The months from the first to the last, none left out: a month with nothing due shows as a gap. */
const monthsBetween = (first: string, last: string): string[] => {
  const months: string[] = [];
  for (
    let month = dayjs(`${first}-01`);
    month.format("YYYY-MM") <= last;
    month = month.add(1, "month")
  )
    months.push(month.format("YYYY-MM"));
  return months;
};

/** The server's counts per month of the due date (in order), a row per month between. */
const rowsOf = (byDueMonth: readonly DueMonth[]): Row[] => {
  const first = byDueMonth[0]?.month;
  const last = byDueMonth.at(-1)?.month;
  if (first === undefined || last === undefined) return [];
  const counted = new Map(byDueMonth.map((due) => [due.month, due.rollup]));
  return monthsBetween(first, last).map((month) => {
    const rollup = counted.get(month);
    if (rollup === undefined) return { month, total: 0, ...EMPTY_MONTH };
    const { counts } = rollup;
    return {
      month,
      total: rollup.total,
      overdue: counts.overdue,
      due_soon: counts.dueSoon,
      in_progress: counts.inProgress,
      not_started: counts.notStarted,
      done: counts.done,
    };
  });
};

/** When the work falls due: a stacked bar per month, by status on the as-of day. */
export const DeadlinesByMonthChart = ({
  byDueMonth,
  height,
}: {
  byDueMonth: readonly DueMonth[];
  height: number;
}) => {
  const { t } = useLanguage();
  const statusName = useStatusName();
  const rows = rowsOf(byDueMonth);
  const option: ChartOption = {
    grid: { left: 8, right: 8, top: 16, bottom: 40, ...GRID_WITH_LABELS },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: STATUS_LEGEND,
    xAxis: { type: "category", data: rows.map((row) => row.month) },
    yAxis: { type: "value", minInterval: 1 },
    series: STATUS_ORDER.map((status) => ({
      type: "bar" as const,
      stack: "due",
      name: statusName(status),
      itemStyle: { color: STATUS_COLOR[status] },
      barMaxWidth: 32,
      data: rows.map((row) => row[status]),
    })),
  };
  const title = t({ zh: "每月到期节点", en: "Deadlines per month" });
  const summary = rows
    .map((row) => `${row.month} ${String(row.total)}`)
    .join(t({ zh: "，", en: ", " }));
  return (
    <ChartCard<Row>
      title={title}
      chart={<Chart option={option} height={height} label={`${title}: ${summary}`} />}
      rows={rows}
      rowKey="month"
      columns={[
        { title: t({ zh: "月份", en: "Month" }), dataIndex: "month" },
        ...STATUS_ORDER.map((status) => ({
          title: statusName(status),
          dataIndex: status,
          align: "right" as const,
        })),
        { title: t({ zh: "合计", en: "Total" }), dataIndex: "total", align: "right" },
      ]}
    />
  );
};

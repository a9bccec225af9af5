import dayjs from "dayjs";
import type { Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { STATUS_ORDER } from "../common/labels.js";
import { Chart, GRID_WITH_LABELS, type ChartOption } from "./Chart.js";
import { ChartCard } from "./ChartCard.js";
import { STATUS_COLOR, STATUS_LEGEND, useStatusName, type Status } from "./status-colors.js";

type StatusLine = Schema<"PlanStatus">["milestones"][number];

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

/** Milestones with a due date, counted per month of that date and per status. */
const rowsOf = (milestones: readonly StatusLine[]): Row[] => {
  const dated = milestones.flatMap((m) =>
    m.due === null ? [] : [{ month: m.due.slice(0, 7), status: m.status }],
  );
  const months = dated.map((d) => d.month).sort();
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return [];
  const rows = new Map<string, Row>(
    monthsBetween(first, last).map((month) => [month, { month, total: 0, ...EMPTY_MONTH }]),
  );
  for (const { month, status } of dated) {
    const row = rows.get(month);
    if (row !== undefined)
      rows.set(month, { ...row, total: row.total + 1, [status]: row[status] + 1 });
  }
  return [...rows.values()];
};

/** When the work falls due: a stacked bar per month, by status on the as-of day. */
export const DeadlinesByMonthChart = ({
  milestones,
  height,
}: {
  milestones: readonly StatusLine[];
  height: number;
}) => {
  const { t } = useLanguage();
  const statusName = useStatusName();
  const rows = rowsOf(milestones);
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

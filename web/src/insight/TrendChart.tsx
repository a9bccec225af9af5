import { useLanguage } from "../i18n.js";
import { SIGNAL_FILL, SIGNALS, type Signal } from "../common/signal.js";
import { SIGNAL_NAME } from "../common/signal-words.js";
import { Chart, GRID_WITH_LABELS, type ChartOption } from "./Chart.js";
import { ChartCard } from "./ChartCard.js";
import { STATUS_LEGEND } from "./status-colors.js";
import type { TrendPoint } from "./use-trend.js";

type Row = { readonly day: string } & Record<Signal, number>;

/** The badge's shape on each line's points too, so the lines part without colour. */
const SYMBOL: Readonly<Record<Signal, string>> = {
  red: "circle",
  yellow: "triangle",
  green: "rect",
  done: "emptyCircle",
};

/** How many milestones wore each light at each month end up to the as-of day. */
export const TrendChart = ({
  points,
  height,
}: {
  points: readonly TrendPoint[];
  height: number;
}) => {
  const { t } = useLanguage();
  const rows: Row[] = points.map((point) => ({ day: point.day, ...point.signals }));
  const option: ChartOption = {
    grid: { left: 8, right: 16, top: 16, bottom: 40, ...GRID_WITH_LABELS },
    tooltip: { trigger: "axis" },
    legend: { ...STATUS_LEGEND, icon: undefined },
    xAxis: { type: "category", boundaryGap: false, data: rows.map((row) => row.day) },
    yAxis: { type: "value", minInterval: 1 },
    series: SIGNALS.map((signal) => ({
      type: "line" as const,
      name: t(SIGNAL_NAME[signal]),
      symbol: SYMBOL[signal],
      symbolSize: 8,
      itemStyle: { color: SIGNAL_FILL[signal] },
      lineStyle: { width: signal === "done" ? 2 : 3, type: signal === "done" ? "dashed" : "solid" },
      data: rows.map((row) => row[signal]),
    })),
  };
  const title = t({ zh: "亮灯趋势（每月末）", en: "Lights by month end" });
  const first = rows[0];
  const last = rows.at(-1);
  const summary =
    first === undefined || last === undefined
      ? ""
      : SIGNALS.map(
          (signal) =>
            `${t(SIGNAL_NAME[signal])} ${String(first[signal])} → ${String(last[signal])}`,
        ).join(t({ zh: "，", en: ", " }));
  return (
    <ChartCard<Row>
      title={title}
      chart={
        <Chart
          option={option}
          height={height}
          label={`${title} ${first?.day ?? ""} → ${last?.day ?? ""}: ${summary}`}
        />
      }
      rows={rows}
      rowKey="day"
      columns={[
        { title: t({ zh: "日期", en: "Day" }), dataIndex: "day" },
        ...SIGNALS.map((signal) => ({
          title: t(SIGNAL_NAME[signal]),
          dataIndex: signal,
          align: "right" as const,
        })),
      ]}
    />
  );
};

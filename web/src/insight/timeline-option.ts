import dayjs from "dayjs";
import type { CustomSeriesRenderItem, TooltipComponentFormatterCallbackParams } from "echarts";
import { SIGNAL_FILL } from "../common/signal.js";
import { escapeHtml, GRID_WITH_LABELS, type ChartOption } from "./Chart.js";
import { leadUnits, milestoneName } from "./milestone-words.js";
import type { TimelineBar, TimelineLayout } from "./timeline-layout.js";
import { PRIMARY_COLOR } from "../theme.js";

/** The words a tooltip needs, in the interface language. */
export interface TimelineWords {
  readonly asOf: string;
  readonly lead: string;
  readonly due: string;
  readonly status: (bar: TimelineBar) => string;
}

/** Rows in view at once; the slider scrolls through the rest. */
export const VISIBLE_ROWS = 24;
const ROW_HEIGHT = 26;
/** A milestone due where the previous one is still gets a sliver, not nothing. */
const MIN_BAR_WIDTH = 4;

/** Steps are indented under their task's header row by about two characters. */
const STEP_INDENT = 24;
/** Chinese characters are about 12 px wide in the axis's 12 px font. */
const CHARACTER_WIDTH = 12;

/** The label cut to the width, with an ellipsis: ECharts does not truncate rich text. */
const cut = (label: string, width: number): string => {
  const fits = Math.max(4, Math.floor(width / CHARACTER_WIDTH));
  return label.length <= fits ? label : `${label.slice(0, fits - 1)}…`;
};

export const timelineHeight = (rows: number): number =>
  Math.min(Math.max(rows, 3), VISIBLE_ROWS) * ROW_HEIGHT + 90;

const renderBar: CustomSeriesRenderItem = (_params, api) => {
  const value = (dimension: number) => Number(api.value(dimension));
  const [row, start, end, done] = [value(0), value(1), value(2), value(3)];
  const from = api.coord([start, row]);
  const to = api.coord([end, row]);
  const size = api.size?.([0, 1]);
  const height = (Array.isArray(size) ? (size[1] ?? 0) : 0) * 0.6;
  const x = from[0] ?? 0;
  const y = (from[1] ?? 0) - height / 2;
  const width = Math.max((to[0] ?? 0) - x, MIN_BAR_WIDTH);
  return {
    type: "group",
    children: [
      {
        type: "rect",
        shape: { x, y, width, height, r: 2 },
        style: { fill: api.visual("color") },
      },
      // Done work carries a tick: it has no light.
      ...(done === 1 && width > 12
        ? [
            {
              type: "text" as const,
              style: {
                text: "✓",
                x: x + width - 3,
                y: y + height / 2,
                align: "right" as const,
                verticalAlign: "middle" as const,
                fill: "#fff",
                fontWeight: "bold" as const,
              },
            },
          ]
        : []),
    ],
  };
};

const tooltipOf =
  (bars: readonly TimelineBar[], words: TimelineWords) =>
  (params: TooltipComponentFormatterCallbackParams): string => {
    const first = Array.isArray(params) ? params[0] : params;
    const bar = first === undefined ? undefined : bars[first.dataIndex];
    if (bar === undefined) return "";
    const { milestone } = bar;
    // The text is a block of its own; the facts follow it line by line.
    return (
      `<b>${escapeHtml(milestoneName(milestone))}</b>` +
      `<div style="max-width:320px;white-space:normal">${escapeHtml(milestone.text)}</div>` +
      [
        `${escapeHtml(words.lead)}: ${escapeHtml(leadUnits(milestone))}`,
        `${escapeHtml(words.due)}: ${milestone.due ?? ""}`,
        escapeHtml(words.status(bar)),
      ].join("<br/>")
    );
  };

/** The Gantt-like chart: a custom series of bars per task row, the as-of day marked. */
export const timelineOption = (
  layout: TimelineLayout,
  asOf: string,
  words: TimelineWords,
  labelWidth: number,
): ChartOption => ({
  grid: { left: 16, right: 40, top: 28, bottom: 48, ...GRID_WITH_LABELS },
  tooltip: { trigger: "item", confine: true, formatter: tooltipOf(layout.bars, words) },
  xAxis: {
    type: "time",
    position: "top",
    splitLine: { show: true, lineStyle: { color: "#f0f0f0" } },
    axisLabel: { hideOverlap: true },
  },
  yAxis: {
    type: "category",
    inverse: true,
    data: layout.rows.map((row) => row.label),
    axisLabel: {
      // A task heads its milestones in bold, its steps under it; rich text is cut by hand.
      formatter: (label: string, index: number) =>
        layout.rows[index]?.kind === "task"
          ? `{task|${cut(label, labelWidth)}}`
          : `{step|${cut(label, labelWidth - STEP_INDENT)}}`,
      align: "left",
      margin: labelWidth + 8,
      rich: {
        task: { fontWeight: "bold", color: "rgba(0, 0, 0, 0.88)" },
        step: { color: "rgba(0, 0, 0, 0.65)", padding: [0, 0, 0, STEP_INDENT] },
      },
    },
    splitLine: { show: true, lineStyle: { color: "#f5f5f5" } },
  },
  dataZoom: [
    // Scrolling up and down only where the tasks do not fit.
    ...(layout.rows.length > VISIBLE_ROWS
      ? [
          {
            type: "slider" as const,
            yAxisIndex: 0,
            right: 8,
            width: 14,
            startValue: 0,
            endValue: VISIBLE_ROWS - 1,
            filterMode: "weakFilter" as const,
            showDetail: false,
            brushSelect: false,
          },
          {
            type: "inside" as const,
            yAxisIndex: 0,
            filterMode: "weakFilter" as const,
            zoomOnMouseWheel: false,
            moveOnMouseWheel: true,
          },
        ]
      : []),
    { type: "slider", xAxisIndex: 0, bottom: 8, height: 16, filterMode: "weakFilter" },
  ],
  series: [
    {
      type: "custom",
      renderItem: renderBar,
      clip: true,
      encode: { x: [1, 2], y: 0 },
      data: layout.bars.map((bar) => ({
        value: [bar.row, bar.start, bar.end, bar.signal === "done" ? 1 : 0],
        itemStyle: { color: SIGNAL_FILL[bar.signal] },
      })),
      markLine: {
        silent: true,
        symbol: "none",
        lineStyle: { color: PRIMARY_COLOR, type: "dashed", width: 2 },
        label: { formatter: `${words.asOf} ${asOf}`, position: "end" },
        data: [{ xAxis: dayjs(asOf).valueOf() }],
      },
    },
  ],
});

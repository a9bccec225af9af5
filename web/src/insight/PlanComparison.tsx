import { Card, Checkbox, Space, Spin, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import type { Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { useSession } from "../session.js";
import { AsOfPicker } from "../common/AsOfPicker.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { PrintButton } from "../common/PrintButton.js";
import { SIGNAL_FILL, SIGNALS, type Signal } from "../common/signal.js";
import { SIGNAL_NAME } from "../common/signal-words.js";
import { useApi } from "../common/use-api.js";
import { Chart, GRID_WITH_LABELS, type BarSeriesOption, type ChartOption } from "./Chart.js";
import { formatRate } from "./format.js";
import { STATUS_LEGEND } from "./status-colors.js";

type Comparison = Schema<"PlanComparison">;
type Compared = Comparison["items"][number];

const BAR_HEIGHT = 34;

/** A plan's milestones by signal: the open ones by light, the rest done. */
const signalCount = (item: Compared, signal: Signal): number =>
  signal === "done" ? item.figures.counts.done : item.figures.lights[signal];

/**
 * 计划对比: every plan the viewer sees side by side on a day, each with the
 * figures its own dashboard shows (GET /api/plans/compare): a bar per plan
 * stacked by light, and the table of milestones, lights, overdue,
 * completion rate and this month's progress reports.
 */
export const PlanComparison = () => {
  const { t } = useLanguage();
  const { session } = useSession();
  const [asOf, setAsOf] = useState(session.today);
  const [archived, setArchived] = useState(false);
  const compared = useApi<Comparison>(
    `/api/plans/compare?asOf=${asOf}${archived ? "&archived=true" : ""}`,
  );
  const items = compared.data?.items ?? [];
  const titleOf = (item: Compared) =>
    item.plan.archivedAt === null
      ? item.plan.title
      : `${item.plan.title}${t({ zh: "（已归档）", en: " (archived)" })}`;
  // ECharts draws a category axis bottom-up: reversed, the first plan is on top as in the table.
  const shown = [...items].reverse();
  const option: ChartOption = {
    grid: { left: 8, right: 24, top: 8, bottom: 40, ...GRID_WITH_LABELS },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: STATUS_LEGEND,
    xAxis: { type: "value", minInterval: 1 },
    yAxis: {
      type: "category",
      data: shown.map(titleOf),
      axisLabel: { width: 220, overflow: "truncate" },
    },
    series: SIGNALS.map((signal): BarSeriesOption => ({
      type: "bar",
      stack: "signals",
      name: t(SIGNAL_NAME[signal]),
      barMaxWidth: 22,
      itemStyle: { color: SIGNAL_FILL[signal] },
      data: shown.map((item) => signalCount(item, signal)),
    })),
  };
  const summary = items
    .map(
      (item) =>
        `${titleOf(item)}: ${SIGNALS.map((s) => `${t(SIGNAL_NAME[s])} ${String(signalCount(item, s))}`).join(" ")}`,
    )
    .join(t({ zh: "；", en: "; " }));
  const count = (title: string, value: (item: Compared) => number, key: string) => ({
    key,
    title,
    align: "right" as const,
    render: (_: unknown, item: Compared) => value(item),
  });
  const columns: ColumnsType<Compared> = [
    { key: "plan", title: t({ zh: "计划", en: "Plan" }), render: (_, item) => titleOf(item) },
    count(t({ zh: "节点总数", en: "Milestones" }), (item) => item.figures.total, "total"),
    ...SIGNALS.map((signal) =>
      count(t(SIGNAL_NAME[signal]), (i) => signalCount(i, signal), signal),
    ),
    count(t({ zh: "逾期", en: "Overdue" }), (item) => item.figures.counts.overdue, "overdue"),
    {
      key: "completion",
      title: t({ zh: "完成率", en: "Completion rate" }),
      align: "right",
      render: (_, item) => formatRate(item.figures.completionRate),
    },
    count(
      t({ zh: "本月报送进展", en: "Reports this month" }),
      (item) => item.figures.reportsThisMonth,
      "reports",
    ),
  ];
  return (
    <div className="insight-dashboard" data-testid="plan-comparison">
      <Typography.Title level={4} className="print-only">
        {t({ zh: "计划对比", en: "Plans compared" })} · {t({ zh: "截至", en: "as of" })}{" "}
        {compared.data?.asOf ?? asOf}
      </Typography.Title>
      <Space wrap className="no-print" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t({ zh: "计划对比", en: "Plans compared" })}
        </Typography.Title>
        <AsOfPicker value={asOf} onChange={setAsOf} />
        <Checkbox
          checked={archived}
          onChange={(event) => {
            setArchived(event.target.checked);
          }}
        >
          {t({ zh: "含已归档计划", en: "Include archived plans" })}
        </Checkbox>
        <PrintButton />
        {compared.loading && <Spin size="small" />}
      </Space>
      <ErrorAlert error={compared.error} />
      <Card
        size="small"
        className="insight-card"
        title={t({ zh: "各计划亮灯", en: "Lights per plan" })}
      >
        <Chart
          option={option}
          height={Math.max(160, 60 + BAR_HEIGHT * items.length)}
          label={`${t({ zh: "各计划亮灯", en: "Lights per plan" })}: ${summary}`}
        />
      </Card>
      <Table<Compared>
        size="small"
        style={{ marginTop: 12 }}
        columns={columns}
        dataSource={items}
        rowKey={(item) => item.plan.id}
        pagination={false}
        scroll={{ x: "max-content" }}
        loading={compared.loading && items.length === 0}
      />
    </div>
  );
};

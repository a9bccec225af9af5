import { Button, Card, Segmented, Typography } from "antd";
import { useState } from "react";
import type { Schema } from "../api.js";
import { useLanguage, type Text } from "../i18n.js";
import { Chart, GRID_WITH_LABELS, type BarSeriesOption, type ChartOption } from "./Chart.js";
import { ChartCard } from "./ChartCard.js";
import { formatRate } from "./format.js";
import { STATUS_COLOR } from "./status-colors.js";

type UnitRollup = Schema<"PlanStatus">["byUnit"][number];
type Measure = "completion" | "overdue";
type Role = "lead" | "cooperating";

interface Row {
  readonly unitId: number;
  readonly unit: string;
  readonly total: number;
  readonly done: number;
  readonly overdue: number;
  readonly completionRate: number | null;
  readonly onTimeRate: number | null;
}

/** Enough bars to read on a phone and on paper; the rest on request. */
const TOP = 10;
const BAR_HEIGHT = 26;

const rowsOf = (units: readonly UnitRollup[], role: Role): Row[] =>
  units
    .filter((unit) => unit[role].total > 0)
    .map((unit) => ({
      unitId: unit.unitId,
      unit: unit.unit,
      total: unit[role].total,
      done: unit[role].counts.done,
      overdue: unit[role].counts.overdue,
      completionRate: unit[role].completionRate,
      onTimeRate: unit[role].onTimeRate,
    }));

const TITLE: Readonly<Record<Role, Text>> = {
  lead: { zh: "牵头单位排名", en: "Lead units ranked" },
  cooperating: { zh: "配合单位排名", en: "Cooperating units ranked" },
};

const UNIT_COLUMN: Readonly<Record<Role, Text>> = {
  lead: { zh: "牵头单位", en: "Lead unit" },
  cooperating: { zh: "配合单位", en: "Cooperating unit" },
};

/** Where there is nothing to rank (one unit or none), its figures in a sentence. */
const rankingSentence = (rows: readonly Row[], role: Role): Text => {
  const [only] = rows;
  const acts = role === "lead" ? { zh: "牵头", en: "leads" } : { zh: "配合", en: "cooperates" };
  if (only === undefined)
    return { zh: `本计划没有${acts.zh}单位。`, en: `No unit ${acts.en} in this plan.` };
  const [total, done, overdue] = [only.total, only.done, only.overdue].map(String);
  const rate = formatRate(only.completionRate);
  return {
    zh: `本计划只有${only.unit}${acts.zh}：共 ${total} 个节点，已完成 ${done} 个，逾期 ${overdue} 个，完成率 ${rate}。`,
    en: `Only ${only.unit} ${acts.en} in this plan: ${total} milestones, ${done} done, ${overdue} overdue, completion ${rate}.`,
  };
};

const valueOf = (row: Row, measure: Measure): number =>
  measure === "overdue" ? row.overdue : Math.round((row.completionRate ?? 0) * 1000) / 10;

/**
 * Lead units (what they lead, as DESIGN.md counts a unit's own figures) or,
 * apart, cooperating units (what they share) ranked by completion rate or
 * by overdue milestones, the best or the worst on top; a sentence where
 * one unit or none is all there is to rank (a unit's slice).
 */
export const UnitRankingChart = ({
  units,
  role,
  sliceOf,
  minHeight,
}: {
  units: readonly UnitRollup[];
  role: Role;
  /**
   * The unit whose slice the plan is: its lead figures are the plan's, and
   * other units appear only as leads of the tasks its steps belong to.
   */
  sliceOf: string | null;
  /** Beside the other charts: as tall as they are, taller with many units. */
  minHeight: number;
}) => {
  const { t } = useLanguage();
  const [measure, setMeasure] = useState<Measure>("completion");
  const [all, setAll] = useState(false);
  const title = t(TITLE[role]);
  const ranked =
    role === "lead" && sliceOf !== null ? units.filter((u) => u.unit === sliceOf) : units;
  const rows = rowsOf(ranked, role).sort(
    (a, b) => valueOf(b, measure) - valueOf(a, measure) || a.unit.localeCompare(b.unit, "zh"),
  );
  const shown = all ? rows : rows.slice(0, TOP);
  const bars: BarSeriesOption = {
    type: "bar",
    name:
      measure === "completion"
        ? t({ zh: "完成率", en: "Completion rate" })
        : t({ zh: "逾期节点", en: "Overdue milestones" }),
    barMaxWidth: 18,
    itemStyle: { color: measure === "completion" ? STATUS_COLOR.done : STATUS_COLOR.overdue },
    label: {
      show: true,
      position: "right",
      formatter: measure === "completion" ? "{c}%" : "{c}",
    },
    data: shown.map((row) => valueOf(row, measure)),
  };
  const option: ChartOption = {
    grid: { left: 8, right: 48, top: 8, bottom: 8, ...GRID_WITH_LABELS },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: {
      type: "value",
      minInterval: 1,
      ...(measure === "completion" ? { max: 100, axisLabel: { formatter: "{value}%" } } : {}),
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: shown.map((row) => row.unit),
      axisLabel: { width: 120, overflow: "truncate" },
    },
    series: [bars],
  };
  const summary = shown
    .map((row) =>
      measure === "completion"
        ? `${row.unit} ${formatRate(row.completionRate)}`
        : `${row.unit} ${String(row.overdue)}`,
    )
    .join(t({ zh: "，", en: ", " }));
  if (rows.length <= 1)
    return (
      <Card title={title} size="small" className="insight-card" data-testid={`ranking-${role}`}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {t(rankingSentence(rows, role))}
        </Typography.Paragraph>
      </Card>
    );
  return (
    <ChartCard<Row>
      title={title}
      extra={
        <Segmented<Measure>
          size="small"
          value={measure}
          onChange={setMeasure}
          aria-label={t({ zh: "排名依据", en: "Rank by" })}
          options={[
            { value: "completion", label: t({ zh: "完成率", en: "Completion" }) },
            { value: "overdue", label: t({ zh: "逾期数", en: "Overdue" }) },
          ]}
        />
      }
      chart={
        <>
          <Chart
            option={option}
            height={Math.max(shown.length * BAR_HEIGHT + 32, minHeight)}
            label={`${title}: ${summary}`}
          />
          {rows.length > TOP && (
            <Button
              type="link"
              size="small"
              className="no-print"
              onClick={() => {
                setAll((shownAll) => !shownAll);
              }}
            >
              {all
                ? t({ zh: `只看前 ${String(TOP)} 名`, en: `Top ${String(TOP)} only` })
                : t({
                    zh: `显示全部 ${String(rows.length)} 个单位`,
                    en: `Show all ${String(rows.length)} units`,
                  })}
            </Button>
          )}
        </>
      }
      rows={rows}
      rowKey="unitId"
      columns={[
        { title: t(UNIT_COLUMN[role]), dataIndex: "unit" },
        { title: t({ zh: "节点数", en: "Milestones" }), dataIndex: "total", align: "right" },
        { title: t({ zh: "已完成", en: "Done" }), dataIndex: "done", align: "right" },
        { title: t({ zh: "逾期", en: "Overdue" }), dataIndex: "overdue", align: "right" },
        {
          title: t({ zh: "完成率", en: "Completion rate" }),
          dataIndex: "completionRate",
          align: "right",
          render: formatRate,
        },
        {
          title: t({ zh: "按时完成率", en: "On-time rate" }),
          dataIndex: "onTimeRate",
          align: "right",
          render: formatRate,
        },
      ]}
    />
  );
};

import { Empty, Grid, Select, Space, Spin, Typography } from "antd";
import { useCallback, useMemo, useState } from "react";
import { useNavigate } from "react-router";
import type { Milestone, PlanSummary } from "../api.js";
import { useLanguage } from "../i18n.js";
import { usePlan } from "../plan-context.js";
import { useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { countSignals } from "../common/signal.js";
import { reasonText } from "../common/signal-words.js";
import { SignalLegend } from "../common/SignalLegend.js";
import { Chart, type ChartClick } from "./Chart.js";
import { ChartCard } from "./ChartCard.js";
import { milestoneColumns } from "./milestone-columns.js";
import { useStatusName } from "./status-colors.js";
import { timelineLayout, type TimelineBar } from "./timeline-layout.js";
import { timelineHeight, timelineOption } from "./timeline-option.js";
import { usePlanMilestones } from "./use-plan-milestones.js";
import "./insight.css";
import { PRIMARY_COLOR } from "../theme.js";
import { AsOfPicker } from "../common/AsOfPicker.js";

/** Every unit named on the milestones, lead or cooperating, for the filter. */
const unitsOf = (milestones: readonly Milestone[]) => {
  const names = new Map<number, string>();
  for (const milestone of milestones)
    for (const unit of milestone.units) names.set(unit.unitId, unit.unit);
  return [...names]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, "zh"));
};

/** What the colours and shapes mean, with how many of the milestones shown wear each. */
const Legend = ({ milestones }: { milestones: readonly Milestone[] }) => {
  const { t } = useLanguage();
  return (
    <Space wrap size="middle" style={{ marginTop: 8 }}>
      <SignalLegend counts={countSignals(milestones)} />
      <span style={{ color: PRIMARY_COLOR }}>┆ {t({ zh: "截至日", en: "As-of day" })}</span>
    </Space>
  );
};

const Timeline = ({ plan }: { plan: PlanSummary }) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const screens = Grid.useBreakpoint();
  const navigate = useNavigate();
  const statusName = useStatusName();
  const [asOf, setAsOf] = useState(session.today);
  const [unitId, setUnitId] = useState<number | null>(null);
  const { milestones, error } = usePlanMilestones(plan.id, asOf);
  const units = useMemo(() => unitsOf(milestones ?? []), [milestones]);
  const shown = useMemo(
    () =>
      (milestones ?? []).filter(
        (m) => unitId === null || m.units.some((unit) => unit.unitId === unitId),
      ),
    [milestones, unitId],
  );
  const layout = useMemo(
    () => timelineLayout(shown, `${String(plan.year)}-01-01`),
    [shown, plan.year],
  );
  const option = useMemo(
    () =>
      timelineOption(
        layout,
        asOf,
        {
          asOf: t({ zh: "截至", en: "As of" }),
          lead: t({ zh: "牵头单位", en: "Lead unit" }),
          due: t({ zh: "到期", en: "Due" }),
          status: (bar) =>
            `${t(reasonText(bar.milestone.lightReason))}（${statusName(bar.milestone.status)}）`,
        },
        screens.md === true ? 220 : 96,
      ),
    [layout, asOf, t, statusName, screens.md],
  );
  const open = useCallback<ChartClick>(
    (event) => {
      const bar = layout.bars[event.dataIndex];
      if (bar !== undefined) void navigate(`/milestones/${String(bar.id)}`);
    },
    [layout, navigate],
  );
  const title = t({ zh: "节点进度图", en: "Milestone timeline" });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t({ zh: "进度图", en: "Timeline" })}
        </Typography.Title>
        <Select
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          style={{ width: 220 }}
          placeholder={t({ zh: "全部单位", en: "All units" })}
          aria-label={t({ zh: "单位", en: "Unit" })}
          options={units}
          value={unitId}
          onChange={(value: number | undefined) => {
            setUnitId(value ?? null);
          }}
        />
        <AsOfPicker value={asOf} onChange={setAsOf} />
      </Space>
      <ErrorAlert error={error} />
      {milestones === undefined ? (
        error === undefined && <Spin />
      ) : layout.bars.length === 0 ? (
        <Empty description={t({ zh: "没有带到期日的节点", en: "No milestone with a due date" })} />
      ) : (
        <ChartCard<TimelineBar>
          title={title}
          chart={
            <>
              <Chart
                option={option}
                height={timelineHeight(layout.rows.length)}
                onClick={open}
                label={t({
                  zh: `${title}：${String(layout.rows.length - layout.bars.length)} 项任务，${String(layout.bars.length)} 个节点；数据表列出全部节点`,
                  en: `${title}: ${String(layout.rows.length - layout.bars.length)} tasks, ${String(layout.bars.length)} milestones; the table lists them all`,
                })}
              />
              <Legend milestones={shown} />
              {layout.undated.length > 0 && (
                <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
                  {t({
                    zh: `另有 ${String(layout.undated.length)} 个节点没有到期日，未画入图中。`,
                    en: `${String(layout.undated.length)} more milestones have no due date and are not drawn.`,
                  })}
                </Typography.Paragraph>
              )}
            </>
          }
          rows={layout.bars}
          rowKey="id"
          columns={milestoneColumns<TimelineBar>(t, (bar) => bar.milestone)}
        />
      )}
    </>
  );
};

/** 进度图: each task's milestones along the year, one row each, coloured by light; a bar opens its milestone. */
export const TimelinePage = () => {
  const { plan } = usePlan();
  const { t } = useLanguage();
  if (plan === null) return <Empty description={t({ zh: "尚无计划", en: "No plan yet" })} />;
  return <Timeline plan={plan} />;
};

import { Col, Empty, Row, Segmented, Space, Spin, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import type { PlanSummary, Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { usePlan } from "../plan-context.js";
import { useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { PrintButton } from "../common/PrintButton.js";
import { useApi } from "../common/use-api.js";
import { DeadlinesByMonthChart } from "./DeadlinesByMonthChart.js";
import { KpiCards } from "./KpiCards.js";
import { StatusChart } from "./StatusChart.js";
import { TrendChart } from "./TrendChart.js";
import { UnitRankingChart } from "./UnitRankingChart.js";
import { useTrend } from "./use-trend.js";
import "./insight.css";
import { AsOfPicker } from "../common/AsOfPicker.js";
import { SignalTiles } from "../common/SignalTiles.js";
import { BulletinButton } from "./BulletinButton.js";
import { DashboardTargets } from "./DashboardTargets.js";
import { PlanComparison } from "./PlanComparison.js";

type PlanStatus = Schema<"PlanStatus">;

const CHART_HEIGHT = 280;

const Dashboard = ({ plan }: { plan: PlanSummary }) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const [asOf, setAsOf] = useState(session.today);
  // The roll-ups alone: at a province's size the lines would be 50,000 and the tasks' roll-ups
  // 10,000 (4.6 MB), neither of which the dashboard shows.
  const status = useApi<PlanStatus>(
    `/api/plans/${String(plan.id)}/status?asOf=${asOf}&milestones=none&tasks=none`,
  );
  const trend = useTrend(session.actor.name, plan.id, `${String(plan.year)}-01-01`, status.data);
  const shown = status.data?.planId === plan.id ? status.data : undefined;
  return (
    <div className="insight-dashboard">
      <Typography.Title level={4} className="print-only">
        {plan.title} · {t({ zh: "截至", en: "as of" })} {shown?.asOf ?? asOf}
      </Typography.Title>
      <Space wrap className="no-print" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t({ zh: "统计", en: "Dashboard" })}
        </Typography.Title>
        <AsOfPicker value={asOf} onChange={setAsOf} />
        <PrintButton />
        <BulletinButton planId={plan.id} asOf={asOf} />
        {status.loading && <Spin size="small" />}
      </Space>
      <ErrorAlert error={status.error ?? trend.error} />
      {shown !== undefined && (
        <>
          <KpiCards status={shown} />
          <Typography.Title level={5} className="insight-section-title">
            {t({ zh: "亮灯情况", en: "Lights" })}
          </Typography.Title>
          <SignalTiles counts={{ ...shown.lights, done: shown.counts.done }} testId="lights" />
          <DashboardTargets planId={plan.id} asOf={shown.asOf} />
          <Row gutter={[12, 12]} className="insight-charts">
            <Col xs={24} lg={12}>
              <StatusChart counts={shown.counts} height={CHART_HEIGHT} />
            </Col>
            <Col xs={24} lg={12}>
              <TrendChart points={trend.points} height={CHART_HEIGHT} />
            </Col>
            <Col xs={24} lg={12}>
              <UnitRankingChart
                units={shown.byUnit}
                role="lead"
                sliceOf={plan.kind === "slice" ? plan.ownerUnit : null}
                minHeight={CHART_HEIGHT}
              />
            </Col>
            <Col xs={24} lg={12}>
              <UnitRankingChart
                units={shown.byUnit}
                role="cooperating"
                sliceOf={null}
                minHeight={CHART_HEIGHT}
              />
            </Col>
            <Col xs={24} lg={12}>
              <DeadlinesByMonthChart byDueMonth={shown.byDueMonth} height={CHART_HEIGHT} />
            </Col>
          </Row>
        </>
      )}
    </div>
  );
};

/**
 * 统计: where the chosen plan stands on a day, in figures and charts, ready
 * to print; with several plans, 计划对比 sets them side by side. The view is
 * kept in the address (?view=compare), so it can be linked to.
 */
export const DashboardPage = () => {
  const { plan, plans } = usePlan();
  const { t } = useLanguage();
  const [params, setParams] = useSearchParams();
  if (plan === null) return <Empty description={t({ zh: "尚无计划", en: "No plan yet" })} />;
  if (plans.length < 2) return <Dashboard plan={plan} />;
  const view = params.get("view") === "compare" ? "compare" : "plan";
  return (
    <>
      <Segmented
        className="no-print"
        style={{ marginBottom: 12 }}
        value={view}
        onChange={(value) => {
          setParams(value === "compare" ? { view: value } : {});
        }}
        options={[
          { value: "plan", label: t({ zh: "本计划", en: "This plan" }) },
          { value: "compare", label: t({ zh: "计划对比", en: "Plans compared" }) },
        ]}
      />
      {view === "compare" ? <PlanComparison /> : <Dashboard plan={plan} />}
    </>
  );
};

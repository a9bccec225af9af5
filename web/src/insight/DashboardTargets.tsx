import { Typography } from "antd";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { TargetsTable } from "../targets/TargetsTable.js";
import type { Target } from "../targets/target-words.js";

/** 量化指标 on the dashboard: the plan's confirmed and proposed targets as of its day. */
export const DashboardTargets = ({ planId, asOf }: { planId: number; asOf: string }) => {
  const { t } = useLanguage();
  const targets = useApi<{ items: Target[] }>(`/api/plans/${String(planId)}/targets?asOf=${asOf}`);
  return (
    <section data-testid="dashboard-targets" style={{ marginBottom: 12 }}>
      <Typography.Title level={5} className="insight-section-title">
        {t({ zh: "量化指标", en: "Targets" })}
      </Typography.Title>
      <ErrorAlert error={targets.error} />
      <TargetsTable
        testId="dashboard-targets-table"
        loading={targets.loading}
        targets={(targets.data?.items ?? []).filter((x) => x.state !== "dismissed")}
      />
    </section>
  );
};

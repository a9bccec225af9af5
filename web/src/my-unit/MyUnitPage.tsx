import { App, Empty, Space, Spin, Tabs, Typography } from "antd";
import { useCallback } from "react";
import type { Answer, PlanSummary } from "../api.js";
import { useLanguage } from "../i18n.js";
import { usePlan } from "../plan-context.js";
import { useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { SignBanner } from "../distribution/SignBanner.js";
import { AwaitingInstructions } from "./AwaitingInstructions.js";
import { CalendarFeedButton } from "./CalendarFeedButton.js";
import { MilestoneRows } from "./MilestoneRows.js";
import { UnitSummary } from "./UnitSummary.js";
import { useUnitMilestones } from "./use-unit-milestones.js";

const UnitWork = ({ plan }: { plan: PlanSummary }) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const unitRole = session.actor.role === "unit_leader" || session.actor.role === "unit_staff";
  const milestones = useUnitMilestones(plan.id, session.actor.unitId);
  const awaiting = useApi<Answer<"/api/instructions", "get">>(
    `/api/instructions?${new URLSearchParams({ plan: String(plan.id), awaiting: "true" }).toString()}`,
  );
  const { reload: reloadMilestones } = milestones;
  const { reload: reloadAwaiting } = awaiting;
  const reload = useCallback(() => {
    reloadMilestones();
    reloadAwaiting();
  }, [reloadMilestones, reloadAwaiting]);
  if (milestones.error !== undefined) return <ErrorAlert error={milestones.error} />;
  if (milestones.data === undefined) return <Spin />;
  const { lead, cooperating } = milestones.data;
  const toAcknowledge = lead.filter((m) => m.can.acknowledge);
  const instructions = awaiting.data?.items ?? [];
  const all = [...lead, ...cooperating];
  const counted = (label: string, count: number) => `${label} (${String(count)})`;
  return (
    <>
      <Space style={{ width: "100%", justifyContent: "space-between" }} align="baseline">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {session.actor.unitName}
        </Typography.Title>
        <CalendarFeedButton unitId={session.actor.unitId} />
      </Space>
      {unitRole && <SignBanner planId={plan.id} reload={reload} />}
      <UnitSummary
        counts={{
          overdue: all.filter((m) => m.status === "overdue").length,
          dueSoon: all.filter((m) => m.status === "due_soon").length,
          toAcknowledge: toAcknowledge.length,
          awaitingAnswer: instructions.length,
        }}
      />
      <ErrorAlert error={awaiting.error} />
      <Tabs
        items={[
          {
            key: "lead",
            label: counted(t({ zh: "牵头", en: "Leading" }), lead.length),
            children: (
              <MilestoneRows
                rows={lead}
                lead
                reload={reload}
                empty={{
                  zh: "本单位在此计划中没有牵头的节点",
                  en: "Your unit leads nothing in this plan",
                }}
              />
            ),
          },
          {
            key: "cooperating",
            label: counted(t({ zh: "配合", en: "Cooperating" }), cooperating.length),
            children: (
              <MilestoneRows
                rows={cooperating}
                lead={false}
                reload={reload}
                empty={{
                  zh: "本单位在此计划中没有配合的节点",
                  en: "Your unit shares nothing in this plan",
                }}
              />
            ),
          },
          {
            key: "acknowledge",
            label: counted(t({ zh: "待签收", en: "To acknowledge" }), toAcknowledge.length),
            children: (
              <MilestoneRows
                rows={toAcknowledge}
                lead
                reload={reload}
                empty={{ zh: "没有待签收的节点", en: "Nothing to acknowledge" }}
              />
            ),
          },
          {
            key: "instructions",
            label: counted(
              t({ zh: "待答复批示", en: "Instructions to answer" }),
              instructions.length,
            ),
            children: (
              <AwaitingInstructions
                instructions={instructions}
                canAnswer={unitRole}
                reload={reload}
              />
            ),
          },
        ]}
      />
    </>
  );
};

/** 本单位: what the unit leads and shares in the chosen plan, most urgent first, and what waits on it. */
export const MyUnitPage = () => {
  const { plan } = usePlan();
  const { t } = useLanguage();
  return (
    <App component={false}>
      {plan === null ? (
        <Empty description={t({ zh: "尚无计划", en: "No plan yet" })} />
      ) : (
        <UnitWork plan={plan} />
      )}
    </App>
  );
};

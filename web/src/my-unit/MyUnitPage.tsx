import { App, Empty, Flex, Spin, Tabs, Typography } from "antd";
import { useCallback, useState } from "react";
import type { Answer } from "../api.js";
import { useLanguage } from "../i18n.js";
import { usePlan, type PlanListItem } from "../plan-context.js";
import { useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { PlanFilter, plansOf, type PlanChoice } from "../common/PlanFilter.js";
import { useApi } from "../common/use-api.js";
import { SignBanner } from "../distribution/SignBanner.js";
import { AwaitingInstructions } from "./AwaitingInstructions.js";
import { CalendarFeedButton } from "./CalendarFeedButton.js";
import type { ListedDraft } from "../milestone/drafts.js";
import { RowsByPlan } from "./RowsByPlan.js";
import { UnitDrafts } from "./UnitDrafts.js";
import { UnitSummary } from "./UnitSummary.js";
import { useUnitMilestones } from "./use-unit-milestones.js";

const UnitWork = ({
  plans,
  choice,
  choose,
}: {
  plans: readonly PlanListItem[];
  choice: PlanChoice;
  choose: (choice: PlanChoice) => void;
}) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const unitRole = session.actor.role === "unit_leader" || session.actor.role === "unit_staff";
  const shown = plansOf(plans, choice);
  const milestones = useUnitMilestones(
    shown.map((plan) => plan.id),
    session.actor.unitId,
  );
  const awaiting = useApi<Answer<"/api/instructions", "get">>(
    `/api/instructions?${new URLSearchParams({
      awaiting: "true",
      ...(choice === "all" ? {} : { plan: String(choice) }),
    }).toString()}`,
  );
  const drafts = useApi<{ items: ListedDraft[] }>(
    unitRole
      ? `/api/drafts?${new URLSearchParams({
          state: "open",
          ...(choice === "all" ? {} : { plan: String(choice) }),
        }).toString()}`
      : null,
  );
  const { reload: reloadMilestones } = milestones;
  const { reload: reloadAwaiting } = awaiting;
  const { reload: reloadDrafts } = drafts;
  const reload = useCallback(() => {
    reloadMilestones();
    reloadAwaiting();
    reloadDrafts();
  }, [reloadMilestones, reloadAwaiting, reloadDrafts]);
  if (milestones.error !== undefined) return <ErrorAlert error={milestones.error} />;
  if (milestones.data === undefined) return <Spin />;
  const { lead, cooperating } = milestones.data;
  const toAcknowledge = lead.filter((m) => m.can.acknowledge);
  // Without a plan, the server lists the plans in use (archived ones are out, as in the picker).
  const instructions = awaiting.data?.items ?? [];
  const openDrafts = drafts.data?.items ?? [];
  const leader = session.actor.role === "unit_leader";
  const counted = (label: string, count: number) => `${label} (${String(count)})`;
  const rows = (list: typeof lead, isLead: boolean, empty: { zh: string; en: string }) => (
    <RowsByPlan plans={shown} rows={list} lead={isLead} reload={reload} empty={empty} />
  );
  return (
    <>
      <Flex justify="space-between" align="baseline" gap={8} wrap>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {session.actor.unitName}
        </Typography.Title>
        <Flex gap={8} wrap align="center">
          <PlanFilter plans={plans} value={choice} onChange={choose} />
          <CalendarFeedButton unitId={session.actor.unitId} plans={plans} />
        </Flex>
      </Flex>
      {unitRole &&
        shown.map((plan) => <SignBanner key={plan.id} planId={plan.id} reload={reload} />)}
      <UnitSummary
        work={{
          lead,
          cooperating,
          toAcknowledge: toAcknowledge.length,
          awaitingAnswer: instructions.length,
        }}
      />
      <ErrorAlert error={awaiting.error} />
      <ErrorAlert error={drafts.error} />
      <Tabs
        items={[
          {
            key: "lead",
            label: counted(t({ zh: "牵头", en: "Leading" }), lead.length),
            children: rows(lead, true, {
              zh: "本单位没有牵头的节点",
              en: "Your unit leads nothing here",
            }),
          },
          {
            key: "cooperating",
            label: counted(t({ zh: "配合", en: "Cooperating" }), cooperating.length),
            children: rows(cooperating, false, {
              zh: "本单位没有配合的节点",
              en: "Your unit shares nothing here",
            }),
          },
          {
            key: "acknowledge",
            label: counted(t({ zh: "待签收", en: "To acknowledge" }), toAcknowledge.length),
            children: rows(toAcknowledge, true, {
              zh: "没有待签收的节点",
              en: "Nothing to acknowledge",
            }),
          },
          ...(unitRole
            ? [
                {
                  key: "drafts",
                  label: counted(
                    leader
                      ? t({ zh: "待确认", en: "To confirm" })
                      : t({ zh: "我的草稿", en: "My drafts" }),
                    leader ? openDrafts.filter((d) => d.can.confirm).length : openDrafts.length,
                  ),
                  children: <UnitDrafts drafts={openDrafts} reload={reload} />,
                },
              ]
            : []),
          {
            key: "instructions",
            label: counted(
              t({ zh: "待答复批示", en: "Instructions to answer" }),
              instructions.length,
            ),
            children: (
              <AwaitingInstructions instructions={instructions} plans={shown} reload={reload} />
            ),
          },
        ]}
      />
    </>
  );
};

/**
 * 本单位: what the unit leads and shares in every plan in use it has a part
 * in (or the one chosen in the filter), most urgent first, and what waits on it.
 */
export const MyUnitPage = () => {
  const { plans } = usePlan();
  const { t } = useLanguage();
  const [choice, setChoice] = useState<PlanChoice>("all");
  return (
    <App component={false}>
      {plans.length === 0 ? (
        <Empty description={t({ zh: "尚无计划", en: "No plan yet" })} />
      ) : (
        <UnitWork plans={plans} choice={choice} choose={setChoice} />
      )}
    </App>
  );
};

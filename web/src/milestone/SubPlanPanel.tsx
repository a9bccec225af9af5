import { Button, Card, Flex, Progress, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import type { Answer, Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { LIGHT_COLOR } from "../common/labels.js";
import { SIGNAL_NAME } from "../common/signal-words.js";
import { StatusLight } from "../common/StatusLight.js";
import { milestoneLabel, unitsInOrder } from "../common/milestone-text.js";
import { useApi } from "../common/use-api.js";
import { TERMS } from "../glossary.js";
import { DecomposeForm } from "./DecomposeForm.js";

export type SubPlanAnswer = Answer<"/api/milestones/{id}/sub-plan", "get">;
type SubPlan = NonNullable<SubPlanAnswer["subPlan"]>;

/** The steps counted: done of total, and the open ones by light. */
const RollUp = ({ subPlan }: { subPlan: SubPlan }) => {
  const { t } = useLanguage();
  const { total, counts, lights } = subPlan.rollup;
  const latest = subPlan.latestReport;
  return (
    <Flex vertical gap={8} data-testid="sub-plan-rollup">
      <Flex gap={12} align="center" wrap>
        <Progress
          type="circle"
          size={56}
          percent={total === 0 ? 0 : Math.round((counts.done / total) * 100)}
          format={() => `${String(counts.done)}/${String(total)}`}
          aria-label={t({ zh: "已完成步骤", en: "Steps done" })}
        />
        <Flex gap={4} wrap>
          {(["red", "yellow", "green"] as const).map((light) => (
            <Tag key={light} color={LIGHT_COLOR[light]}>
              {t(SIGNAL_NAME[light])} {String(lights[light])}
            </Tag>
          ))}
          <Tag>
            {t(SIGNAL_NAME.done)} {String(counts.done)}
          </Tag>
        </Flex>
      </Flex>
      <Typography.Text type={latest === null ? "secondary" : undefined}>
        {latest === null
          ? t({ zh: "子计划尚无进展报告", en: "No report on the steps yet" })
          : t({
              zh: `最新子计划进展（${latest.on}，第${String(latest.seq ?? "")}步）：${latest.text}`,
              en: `Latest on the steps (${latest.on}, step ${String(latest.seq ?? "")}): ${latest.text}`,
            })}
      </Typography.Text>
    </Flex>
  );
};

/**
 * 子计划: the steps a lead unit split this milestone into, their roll-up
 * and latest report; the lead unit (or the office) splits it or changes
 * the steps here.
 */
export const SubPlanPanel = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  const loaded = useApi<SubPlanAnswer>(`/api/milestones/${String(milestone.id)}/sub-plan`);
  const [editing, setEditing] = useState(false);
  if (loaded.error !== undefined) return <ErrorAlert error={loaded.error} />;
  const answer = loaded.data;
  // Nothing to show to a viewer who may not split it, while it is not split.
  if (answer === undefined || (answer.subPlan === null && answer.decompose === null)) return null;
  const subPlan = answer.subPlan;
  return (
    <Card size="small" title={t({ zh: TERMS.subPlan.zh, en: TERMS.subPlan.en })}>
      <Flex vertical gap={12}>
        {subPlan === null ? (
          <Typography.Text type="secondary">
            {t({ zh: "本节点计划尚未再分解", en: "Not split into steps" })}
          </Typography.Text>
        ) : (
          <>
            <RollUp subPlan={subPlan} />
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={[...subPlan.steps]}
              scroll={{ x: true }}
              columns={[
                {
                  title: t({ zh: "步骤", en: "Step" }),
                  key: "text",
                  render: (_: unknown, step: Milestone) => (
                    <Link to={`/milestones/${String(step.id)}`}>{milestoneLabel(step)}</Link>
                  ),
                },
                {
                  title: t({ zh: "责任单位", en: "Units" }),
                  key: "units",
                  render: (_: unknown, step: Milestone) =>
                    unitsInOrder(step)
                      .map((u) => u.unit)
                      .join("、"),
                },
                { title: t({ zh: "完成时限", en: "Due" }), dataIndex: "due", key: "due" },
                {
                  title: t({ zh: "状态", en: "Status" }),
                  key: "status",
                  render: (_: unknown, step: Milestone) => <StatusLight milestone={step} />,
                },
              ]}
            />
          </>
        )}
        {answer.decompose !== null &&
          (editing ? (
            <DecomposeForm
              milestone={milestone}
              answer={answer}
              reload={loaded.reload}
              done={() => {
                setEditing(false);
              }}
            />
          ) : (
            <Button
              style={{ alignSelf: "start" }}
              onClick={() => {
                setEditing(true);
              }}
            >
              {subPlan === null
                ? t({ zh: TERMS.decompose.zh, en: TERMS.decompose.en })
                : t({ zh: "调整子计划步骤", en: "Change the steps" })}
            </Button>
          ))}
      </Flex>
    </Card>
  );
};

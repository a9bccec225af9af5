import { PlusOutlined } from "@ant-design/icons";
import { Button, Col, Empty, Flex, Grid, Row, Segmented, Spin } from "antd";
import { useEffect, useRef, useState } from "react";
import { useNavigate, useParams } from "react-router";
import type { Answer } from "../api.js";
import { useLanguage } from "../i18n.js";
import { usePlan } from "../plan-context.js";
import { isOffice, useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { PlanFilter, type PlanChoice } from "../common/PlanFilter.js";
import { useApi } from "../common/use-api.js";
import { InstructionDetail, NoInstructionChosen } from "./InstructionDetail.js";
import { InstructionList } from "./InstructionList.js";
import { byUrgency, stateOf, type InstructionState } from "./instruction-state.js";
import { NewInstructionModal } from "./NewInstructionModal.js";

type Instructions = Answer<"/api/instructions", "get">;
type Shown = "all" | InstructionState;

/** "/instructions/12" → 12; "/instructions" → null. */
const chosenId = (rest: string | undefined): number | null => {
  const id = Number(rest);
  return Number.isInteger(id) && id > 0 ? id : null;
};

/**
 * 领导批示 of every plan in use (or the one the filter names): the list (awaiting an answer first) beside
 * the chosen one's details, stacked on a phone. The office enters and
 * closes instructions; a unit sees those on what it is responsible for and
 * answers them.
 */
export const InstructionsPage = () => {
  const { t } = useLanguage();
  const { session } = useSession();
  const { plan, plans } = usePlan();
  const navigate = useNavigate();
  const selected = chosenId(useParams()["*"]);
  const screens = Grid.useBreakpoint();
  const detail = useRef<HTMLDivElement>(null);
  const office = isOffice(session);
  const [shown, setShown] = useState<Shown>("all");
  const [entering, setEntering] = useState(false);
  const [choice, setChoice] = useState<PlanChoice>("all");
  const query = (awaitingOnly: boolean) =>
    `/api/instructions?${new URLSearchParams({
      ...(choice === "all" ? {} : { plan: String(choice) }),
      ...(awaitingOnly ? { awaiting: "true" } : {}),
    }).toString()}`;
  const all = useApi<Instructions>(query(false));
  const waiting = useApi<Instructions>(query(true));

  // Stacked on a phone, the details sit below the list: bring them into view.
  const stacked = screens.lg === false;
  useEffect(() => {
    if (selected !== null && stacked) detail.current?.scrollIntoView({ behavior: "smooth" });
  }, [selected, stacked]);

  if (plan === null) return <Empty description={t({ zh: "尚无计划", en: "No plan yet" })} />;
  // Without a plan, the server lists the plans in use: archived ones are out, as in the picker.
  const awaiting = new Set(waiting.data?.items.map((i) => i.id));
  const items = (all.data?.items ?? [])
    .filter((i) => shown === "all" || stateOf(i, awaiting) === shown)
    .toSorted(byUrgency(awaiting));
  const reload = () => {
    all.reload();
    waiting.reload();
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9}>
        <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
          <Segmented<Shown>
            value={shown}
            onChange={setShown}
            aria-label={t({ zh: "显示", en: "Show" })}
            options={[
              { value: "all", label: t({ zh: "全部", en: "All" }) },
              {
                value: "awaiting",
                label: t({ zh: `待答复（${awaiting.size}）`, en: `Awaiting (${awaiting.size})` }),
              },
              { value: "closed", label: t({ zh: "已办结", en: "Closed" }) },
            ]}
          />
          <PlanFilter plans={plans} value={choice} onChange={setChoice} />
          {plan.can.issueInstruction && (
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                setEntering(true);
              }}
            >
              {t({ zh: "录入批示", en: "New instruction" })}
            </Button>
          )}
        </Flex>
        <ErrorAlert error={all.error ?? waiting.error} />
        {all.data === undefined ? (
          <Spin />
        ) : (
          <InstructionList
            instructions={items}
            awaiting={awaiting}
            selected={selected}
            office={office}
            planTitles={
              new Set(items.map((i) => i.planId)).size > 1
                ? new Map(plans.map((p) => [p.id, p.title]))
                : null
            }
          />
        )}
      </Col>
      <Col xs={24} lg={15} ref={detail}>
        {selected === null ? (
          <NoInstructionChosen />
        ) : (
          <InstructionDetail key={selected} id={selected} awaiting={awaiting} onChanged={reload} />
        )}
      </Col>
      {entering && (
        <NewInstructionModal
          planId={plan.id}
          onCancel={() => {
            setEntering(false);
          }}
          onCreated={(created) => {
            setEntering(false);
            reload();
            void navigate(`/instructions/${created.id}`);
          }}
        />
      )}
    </Row>
  );
};

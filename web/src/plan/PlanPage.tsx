import { Empty, Flex } from "antd";
import { DistributeButton } from "../distribution/DistributeButton.js";
import { HolidayBanner } from "../next-year/HolidayBanner.js";
import { NextYearButton } from "../next-year/NextYearButton.js";
import { PlanFilingButton } from "../next-year/PlanFilingButton.js";
import { useLanguage } from "../i18n.js";
import { usePlan } from "../plan-context.js";
import { PlanTable } from "./PlanTable.js";
import { TargetsButton } from "./TargetsButton.js";

/** 计划总表: the decomposition table of the chosen plan. */
export const PlanPage = () => {
  const { plan } = usePlan();
  const { t } = useLanguage();
  if (plan === null) return <Empty description={t({ zh: "尚无计划", en: "No plan yet" })} />;
  return (
    <>
      <div className="no-print">
        <HolidayBanner year={plan.year} loaded={plan.holidaysLoaded} />
      </div>
      <Flex justify="end" gap={8} wrap className="no-print">
        <TargetsButton plan={plan} />
        <DistributeButton plan={plan} />
        <PlanFilingButton plan={plan} />
        <NextYearButton plan={plan} />
      </Flex>
      <PlanTable plan={plan} />
    </>
  );
};

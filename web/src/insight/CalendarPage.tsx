import { Calendar, Col, Empty, Grid, Row, Spin, Typography } from "antd";
import type { CalendarMode } from "antd/es/calendar/generateCalendar";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import type { Milestone, PlanSummary } from "../api.js";
import { useLanguage } from "../i18n.js";
import { usePlan } from "../plan-context.js";
import { useSession } from "../session.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { CalendarCell } from "./CalendarCell.js";
import { DueList } from "./DueList.js";
import { useHolidays } from "./use-holidays.js";
import { usePlanMilestones } from "./use-plan-milestones.js";
import "./insight.css";
import { CalendarHeader } from "./CalendarHeader.js";

/** A day (YYYY-MM-DD) or a month (YYYY-MM): what was clicked, today at first. */
type Picked = string;

/** Milestones grouped by a prefix of their due date: the day, or the month. */
const groupByDue = (milestones: readonly Milestone[], length: 7 | 10) => {
  const groups = new Map<string, Milestone[]>();
  for (const milestone of milestones) {
    if (milestone.due === null) continue;
    const key = milestone.due.slice(0, length);
    groups.set(key, [...(groups.get(key) ?? []), milestone]);
  }
  return groups;
};

const NONE: readonly Milestone[] = [];

const DeadlineCalendar = ({ plan }: { plan: PlanSummary }) => {
  const { t, language } = useLanguage();
  const { session } = useSession();
  const screens = Grid.useBreakpoint();
  const [value, setValue] = useState<Dayjs>(() => dayjs(session.today));
  const [mode, setMode] = useState<CalendarMode>("month");
  const [picked, setPicked] = useState<Picked>(session.today);
  const { milestones, error } = usePlanMilestones(plan.id, session.today);
  const holidays = useHolidays(value.year());
  const byDay = useMemo(() => groupByDue(milestones ?? [], 10), [milestones]);
  const byMonth = useMemo(() => groupByDue(milestones ?? [], 7), [milestones]);
  const month = picked.length === 7;
  const pickedList = (month ? byMonth : byDay).get(picked) ?? NONE;
  const pickedTitle = dayjs(picked).format(
    language === "zh"
      ? month
        ? "YYYY年M月"
        : "YYYY年M月D日"
      : month
        ? "MMMM YYYY"
        : "D MMMM YYYY",
  );
  return (
    <>
      <Typography.Title level={4}>
        {t({ zh: "到期日历", en: "Deadline calendar" })}
      </Typography.Title>
      <ErrorAlert error={error} />
      {milestones === undefined && error === undefined && <Spin />}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={17}>
          <Calendar
            className="insight-calendar"
            value={value}
            mode={mode}
            headerRender={(props) => <CalendarHeader {...props} />}
            onPanelChange={(date, next) => {
              setValue(date);
              setMode(next);
            }}
            onSelect={(date, { source }) => {
              setValue(date);
              if (source === "date") setPicked(date.format("YYYY-MM-DD"));
              if (source === "month") setPicked(date.format("YYYY-MM"));
            }}
            cellRender={(date, info) =>
              info.type === "date" ? (
                <CalendarCell
                  milestones={byDay.get(date.format("YYYY-MM-DD")) ?? NONE}
                  holiday={holidays.get(date.format("YYYY-MM-DD"))}
                  withTexts={screens.md === true}
                />
              ) : info.type === "month" ? (
                <CalendarCell
                  milestones={byMonth.get(date.format("YYYY-MM")) ?? NONE}
                  holiday={undefined}
                  withTexts={false}
                />
              ) : null
            }
          />
        </Col>
        <Col xs={24} xl={7}>
          <DueList
            title={t({
              zh: `${pickedTitle}到期（${String(pickedList.length)}）`,
              en: `Due ${pickedTitle} (${String(pickedList.length)})`,
            })}
            milestones={pickedList}
          />
        </Col>
      </Row>
    </>
  );
};

/** 日历: the chosen plan's deadlines by day, with holidays and make-up working days. */
export const CalendarPage = () => {
  const { plan } = usePlan();
  const { t } = useLanguage();
  if (plan === null) return <Empty description={t({ zh: "尚无计划", en: "No plan yet" })} />;
  return <DeadlineCalendar plan={plan} />;
};

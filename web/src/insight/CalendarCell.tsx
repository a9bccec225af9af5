import { Badge, Tooltip } from "antd";
import type { Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { LIGHT_COLOR, LIGHT_LABEL } from "../common/labels.js";
import { worstLight } from "./status-colors.js";
import type { CalendarDay } from "./use-holidays.js";

/** Texts listed in a day cell; the rest are in the day's list below the calendar. */
const TEXTS_IN_CELL = 2;

/** 休 on a day off, 班 on a make-up working day, named on hover. */
const HolidayMark = ({ day }: { day: CalendarDay }) => {
  const { t } = useLanguage();
  const kind = day.kind === "holiday" ? t({ zh: "休", en: "Off" }) : t({ zh: "班", en: "Work" });
  return (
    <Tooltip title={day.name}>
      <span
        className={`insight-day-mark insight-day-${day.kind}`}
        aria-label={`${day.name} ${kind}`}
      >
        {kind}
      </span>
    </Tooltip>
  );
};

/** What falls due on a day (or in a month): how many, the worst light, and a few texts. */
export const CalendarCell = ({
  milestones,
  holiday,
  withTexts,
}: {
  milestones: readonly Milestone[];
  holiday: CalendarDay | undefined;
  withTexts: boolean;
}) => {
  const { t } = useLanguage();
  const worst = worstLight(milestones.map((m) => m.light));
  return (
    <div className="insight-cell">
      {holiday !== undefined && <HolidayMark day={holiday} />}
      {milestones.length > 0 && (
        <Badge
          count={milestones.length}
          color={LIGHT_COLOR[worst]}
          title={t({
            zh: `${String(milestones.length)} 个节点到期，最差为${t(LIGHT_LABEL[worst])}`,
            en: `${String(milestones.length)} milestones due, worst light ${t(LIGHT_LABEL[worst])}`,
          })}
        />
      )}
      {withTexts && (
        <ul className="insight-cell-texts">
          {milestones.slice(0, TEXTS_IN_CELL).map((milestone) => (
            <li key={milestone.id} style={{ borderColor: LIGHT_COLOR[milestone.light] }}>
              {milestone.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

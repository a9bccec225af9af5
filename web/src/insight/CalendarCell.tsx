import { Badge, Tooltip } from "antd";
import type { Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { LIGHT_COLOR } from "../common/labels.js";
import { SIGNAL_FILL, signalOf, worstSignal } from "../common/signal.js";
import { SIGNAL_NAME } from "../common/signal-words.js";
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
  const worst = worstSignal(milestones.map(signalOf));
  return (
    <div className="insight-cell">
      {holiday !== undefined && <HolidayMark day={holiday} />}
      {milestones.length > 0 && (
        <Badge
          count={milestones.length}
          color={worst === "done" ? SIGNAL_FILL.done : LIGHT_COLOR[worst]}
          title={t({
            zh: `${String(milestones.length)} 个节点到期，最差为${t(SIGNAL_NAME[worst])}`,
            en: `${String(milestones.length)} milestones due, worst ${t(SIGNAL_NAME[worst])}`,
          })}
        />
      )}
      {withTexts && (
        <ul className="insight-cell-texts">
          {milestones.slice(0, TEXTS_IN_CELL).map((milestone) => (
            <li key={milestone.id} style={{ borderColor: SIGNAL_FILL[signalOf(milestone)] }}>
              {milestone.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

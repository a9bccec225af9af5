import { useLanguage } from "../../i18n.js";
import type { DayState } from "./calendar-days.js";
import { leadingBlanks } from "./calendar-days.js";
import { describeDay, KIND_MARK } from "./day-labels.js";
import "./calendar.css";

const WEEKDAYS = {
  zh: ["一", "二", "三", "四", "五", "六", "日"],
  en: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
};

const classOf = (day: DayState): string =>
  [
    "work-day",
    `work-day-${day.kind}`,
    day.kind === "normal" && day.weekend ? "work-day-weekend" : "",
    day.source === "override" ? "work-day-override" : "",
  ].join(" ");

const DayCell = ({ day, onChoose }: { day: DayState; onChoose?: (day: DayState) => void }) => {
  const { t } = useLanguage();
  const mark = KIND_MARK[day.kind];
  const content = (
    <>
      <span>{Number(day.date.slice(8))}</span>
      {mark !== null && <span className="work-day-mark">{t(mark)}</span>}
    </>
  );
  const description = describeDay(day, t);
  if (onChoose === undefined)
    return (
      <span className={classOf(day)} title={description}>
        {content}
      </span>
    );
  return (
    <button
      type="button"
      className={classOf(day)}
      title={description}
      aria-label={description}
      onClick={() => {
        onChoose(day);
      }}
    >
      {content}
    </button>
  );
};

/**
 * The year as twelve small months, Monday first: days off marked 休,
 * make-up working days 班, an administrator's changes outlined. With
 * `onChoose`, each day is a button that opens it for a change.
 */
export const YearGrid = ({
  months,
  onChoose,
}: {
  months: readonly (readonly DayState[])[];
  onChoose?: (day: DayState) => void;
}) => {
  const { t, language } = useLanguage();
  return (
    <div className="work-year">
      {months.map((days, month) => (
        <section
          key={month}
          className="work-month"
          aria-label={t({ zh: `${String(month + 1)}月`, en: `Month ${String(month + 1)}` })}
        >
          <h3>{t({ zh: `${String(month + 1)}月`, en: `Month ${String(month + 1)}` })}</h3>
          <div className="work-month-grid">
            {WEEKDAYS[language].map((name) => (
              <span key={name} className="work-weekday" aria-hidden>
                {name}
              </span>
            ))}
            {days[0] !== undefined &&
              Array.from({ length: leadingBlanks(days[0].date) }, (_, i) => (
                <span key={`blank-${String(i)}`} aria-hidden />
              ))}
            {days.map((day) => (
              <DayCell key={day.date} day={day} {...(onChoose === undefined ? {} : { onChoose })} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
};

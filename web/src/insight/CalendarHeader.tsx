import { Flex, Segmented, Select } from "antd";
import type { CalendarMode } from "antd/es/calendar/generateCalendar";
import type { Dayjs } from "dayjs";
import { useLanguage } from "../i18n.js";

/** Years around the plan's own, to page through the deadlines of a revised or late plan. */
const YEARS_AROUND = 2;

/** The calendar's year, month and mode, each control named for a screen reader. */
export const CalendarHeader = ({
  value,
  type,
  onChange,
  onTypeChange,
}: {
  value: Dayjs;
  type: CalendarMode;
  onChange: (date: Dayjs) => void;
  onTypeChange: (type: CalendarMode) => void;
}) => {
  const { t } = useLanguage();
  const year = value.year();
  const years = Array.from({ length: 2 * YEARS_AROUND + 1 }, (_, i) => year - YEARS_AROUND + i);
  return (
    <Flex gap={8} justify="flex-end" wrap style={{ padding: "8px 0" }}>
      <Select
        aria-label={t({ zh: "年份", en: "Year" })}
        value={year}
        options={years.map((y) => ({ value: y, label: t({ zh: `${y}年`, en: String(y) }) }))}
        onChange={(next: number) => {
          onChange(value.year(next));
        }}
        style={{ width: 100 }}
      />
      {type === "month" && (
        <Select
          aria-label={t({ zh: "月份", en: "Month" })}
          value={value.month()}
          options={Array.from({ length: 12 }, (_, m) => ({
            value: m,
            label: t({ zh: `${m + 1}月`, en: value.month(m).format("MMM") }),
          }))}
          onChange={(next: number) => {
            onChange(value.month(next));
          }}
          style={{ width: 90 }}
        />
      )}
      <Segmented<CalendarMode>
        aria-label={t({ zh: "按月或按年", en: "By month or year" })}
        value={type}
        onChange={onTypeChange}
        options={[
          { value: "month", label: t({ zh: "月", en: "Month" }) },
          { value: "year", label: t({ zh: "年", en: "Year" }) },
        ]}
      />
    </Flex>
  );
};

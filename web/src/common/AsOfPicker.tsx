import { DatePicker } from "antd";
import dayjs from "dayjs";
import { useLanguage } from "../i18n.js";

/** 截至日期: the day every status and light is computed for. */
export const AsOfPicker = ({
  value,
  onChange,
}: {
  value: string;
  onChange: (day: string) => void;
}) => {
  const { t } = useLanguage();
  return (
    <DatePicker
      allowClear={false}
      aria-label={t({ zh: "截至日期", en: "As of" })}
      value={dayjs(value)}
      onChange={(day: dayjs.Dayjs | null) => {
        if (day !== null) onChange(day.format("YYYY-MM-DD"));
      }}
    />
  );
};

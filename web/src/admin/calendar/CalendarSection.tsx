import { Button, InputNumber, message, Space, Table, Typography, type TableProps } from "antd";
import { useMemo, useState } from "react";
import { api } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { useSession } from "../../session.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useApi } from "../../common/use-api.js";
import { daysByMonth, type CalendarYear, type DayState } from "./calendar-days.js";
import { KIND_LABEL, SOURCE_LABEL } from "./day-labels.js";
import { DayModal } from "./DayModal.js";
import { YearGrid } from "./YearGrid.js";

const Legend = () => {
  const { t } = useLanguage();
  return (
    <Space wrap size="middle" style={{ fontSize: 13 }}>
      <span>
        <span className="work-day work-day-holiday legend-swatch">
          {t({ zh: "休", en: "off" })}
        </span>
        {t(KIND_LABEL.holiday)}
      </span>
      <span>
        <span className="work-day work-day-workday legend-swatch">
          {t({ zh: "班", en: "work" })}
        </span>
        {t(KIND_LABEL.workday)}
      </span>
      <span>
        <span className="work-day work-day-override legend-swatch">1</span>
        {t(SOURCE_LABEL.override)}
      </span>
    </Space>
  );
};

/** The administrators' changes, each with what Duban ships for the day. */
const Changes = ({
  days,
  onUndo,
}: {
  days: readonly DayState[];
  onUndo?: (day: DayState) => void;
}) => {
  const { t } = useLanguage();
  const columns: TableProps<DayState>["columns"] = [
    { title: t({ zh: "日期", en: "Date" }), dataIndex: "date", width: 110 },
    {
      title: t({ zh: "设为", en: "Set to" }),
      key: "kind",
      width: 170,
      render: (_, day) => `${t(KIND_LABEL[day.kind])}${day.name === "" ? "" : ` · ${day.name}`}`,
    },
    {
      title: t({ zh: "国务院通知（随附）", en: "Notice (shipped)" }),
      key: "shipped",
      render: (_, day) =>
        day.cleared === null ? "—" : `${t(KIND_LABEL[day.cleared.kind])} · ${day.cleared.name}`,
    },
  ];
  if (onUndo !== undefined)
    columns.push({
      title: t({ zh: "操作", en: "Actions" }),
      key: "undo",
      width: 100,
      render: (_, day) => (
        <Button
          type="link"
          onClick={() => {
            onUndo(day);
          }}
        >
          {t({ zh: "撤销", en: "Undo" })}
        </Button>
      ),
    });
  return (
    <Table<DayState>
      size="small"
      rowKey="date"
      pagination={false}
      columns={columns}
      dataSource={[...days]}
      scroll={{ x: 520 }}
      locale={{ emptyText: t({ zh: "没有修改", en: "No changes" }) }}
    />
  );
};

/**
 * 工作日: the year's statutory days off and make-up working days with where
 * each comes from; administrators set a day or undo their change.
 */
export const CalendarSection = ({ canManage }: { canManage: boolean }) => {
  const { t } = useLanguage();
  const { session } = useSession();
  const [year, setYear] = useState(Number(session.today.slice(0, 4)));
  const calendar = useApi<CalendarYear>(`/api/calendar?year=${String(year)}`);
  const [chosen, setChosen] = useState<DayState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [toast, toastHolder] = message.useMessage();
  const months = useMemo(
    () => (calendar.data === undefined ? [] : daysByMonth(calendar.data)),
    [calendar.data],
  );
  const overrides = months.flat().filter((day) => day.source === "override");
  const changed = () => {
    setChosen(null);
    calendar.reload();
    void toast.success(t({ zh: "已保存", en: "Saved" }));
  };
  const undo = async (day: DayState) => {
    setError(null);
    try {
      await api("DELETE", `/api/calendar/days/${day.date}`);
      changed();
    } catch (failure) {
      setError(failure);
    }
  };
  const notice = calendar.data?.notice ?? null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {toastHolder}
      <Space wrap align="center">
        <label htmlFor="calendar-year">{t({ zh: "年份", en: "Year" })}</label>
        <InputNumber
          id="calendar-year"
          min={1900}
          max={2100}
          precision={0}
          value={year}
          onChange={(value) => {
            if (value !== null) setYear(value);
          }}
        />
        <Legend />
      </Space>
      <Typography.Text type="secondary">
        {notice === null
          ? t({
              zh: "本年没有随附的国务院节假日通知：除管理员设置的日子外，按周六、周日休息计算。",
              en: "No State Council notice is shipped for this year: Saturdays and Sundays are off, besides the days set here.",
            })
          : t({
              zh: `依据：${notice.title}（${notice.documentNumber ?? ""}，${notice.issued}）`,
              en: `From: ${notice.title} (${notice.documentNumber ?? ""}, ${notice.issued})`,
            })}
      </Typography.Text>
      <ErrorAlert error={error ?? calendar.error} />
      <YearGrid months={months} {...(canManage ? { onChoose: setChosen } : {})} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t({ zh: "管理员的修改", en: "Administrators' changes" })}
      </Typography.Title>
      <Changes
        days={overrides}
        {...(canManage ? { onUndo: (day: DayState) => void undo(day) } : {})}
      />
      <DayModal
        day={chosen}
        onClose={() => {
          setChosen(null);
        }}
        onChanged={changed}
      />
    </Space>
  );
};

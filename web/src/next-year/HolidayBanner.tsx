import { Alert } from "antd";
import { useLanguage } from "../i18n.js";

/** The warning a plan's year deserves while the calendar holds none of its holidays. */
export const HolidayBanner = ({ year, loaded }: { year: number; loaded: boolean }) => {
  const { t } = useLanguage();
  if (loaded) return null;
  const y = String(year);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={t({
        zh: `工作日历中没有${y}年的节假日安排`,
        en: `The working-day calendar holds no holidays for ${y}`,
      })}
      description={t({
        zh: `国务院办公厅${y}年部分节假日安排的通知尚未载入：按工作日计算的提醒、临期和签收期限暂只扣除周末。通知发布后，请管理员在“系统管理 › 工作日历”中录入。`,
        en: `The State Council notice for ${y} is not loaded: working-day reminders, due-soon windows and acknowledgement times count weekends only. Once it is published, an administrator enters it under Administration › Working days.`,
      })}
    />
  );
};

import { Card, Empty, Space } from "antd";
import { useLanguage } from "../../i18n.js";
import { usePlan } from "../../plan-context.js";
import { ContactsPanel } from "./ContactsPanel.js";
import { DeliveryLog } from "./DeliveryLog.js";
import { ReminderRulesForm } from "./ReminderRulesForm.js";

/**
 * 提醒: when the chosen plan's reminders go out (the office's), where each
 * unit receives them (administrators'), and what was sent.
 */
export const RemindersSection = ({ canManageContacts }: { canManageContacts: boolean }) => {
  const { t } = useLanguage();
  const { plan } = usePlan();
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        size="small"
        title={
          t({ zh: "提醒规则", en: "Reminder rules" }) + (plan === null ? "" : ` · ${plan.title}`)
        }
      >
        {plan === null ? (
          <Empty description={t({ zh: "尚无计划", en: "No plan yet" })} />
        ) : (
          <ReminderRulesForm key={plan.id} planId={plan.id} />
        )}
      </Card>
      {canManageContacts && (
        <Card size="small" title={t({ zh: "单位联系方式", en: "Units' contacts" })}>
          <ContactsPanel />
        </Card>
      )}
      <Card size="small" title={t({ zh: "发送记录", en: "Delivery log" })}>
        <DeliveryLog />
      </Card>
    </Space>
  );
};

import { Space, Tag, Tooltip } from "antd";
import { useLanguage, type Text } from "../i18n.js";
import { CONTACT_KINDS } from "../admin/reminders/contact-kinds.js";
import type { DistributionPart } from "./distributions.js";

/** Each delivery of a unit's part: its channel, green when it went, red with the reason when not. */
export const DeliveryTags = ({ part }: { part: DistributionPart }) => {
  const { t } = useLanguage();
  if (part.deliveries.length === 0) {
    return <Tag color="orange">{t({ zh: "无联系方式，未发送", en: "No contact: not sent" })}</Tag>;
  }
  return (
    <Space size={4} wrap>
      {part.deliveries.map((delivery, index) => {
        const kind = (CONTACT_KINDS as Partial<Record<string, { label: Text }>>)[delivery.channel];
        const label = kind === undefined ? delivery.channel : t(kind.label);
        const color =
          delivery.status === "sent" ? "green" : delivery.status === "failed" ? "red" : "default";
        const state =
          delivery.status === "sent"
            ? t({ zh: "已送达", en: "sent" })
            : delivery.status === "failed"
              ? t({ zh: "失败", en: "failed" })
              : t({ zh: "中断", en: "interrupted" });
        return (
          <Tooltip
            key={index}
            title={`${delivery.destination}${delivery.error === null ? "" : `：${delivery.error}`}`}
          >
            <Tag color={color}>
              {label} {state}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
};

import { Progress, Typography } from "antd";
import type { Schema } from "../../api.js";
import { byteSize } from "../../common/byte-size.js";
import { useLanguage, type Text } from "../../i18n.js";

export type EvidenceStorage = Schema<"EvidenceStorage">;

/** One unit's stored evidence against the quota: a bar that turns red near the limit. */
export const StorageUsage = ({ storage, unitId }: { storage: EvidenceStorage; unitId: number }) => {
  const { t } = useLanguage();
  const used = storage.units.find((unit) => unit.unitId === unitId);
  if (used === undefined) return null;
  const quota = storage.unitQuotaBytes;
  const text =
    quota > 0
      ? `${byteSize(used.bytes)} / ${byteSize(quota)}`
      : t({ zh: `${byteSize(used.bytes)}（不限）`, en: `${byteSize(used.bytes)} (no quota)` });
  if (quota === 0) return <Typography.Text>{text}</Typography.Text>;
  const percent = Math.min(100, Math.round((used.bytes / quota) * 1000) / 10);
  return (
    <div>
      <Progress
        percent={percent}
        size="small"
        status={percent >= 90 ? "exception" : "normal"}
        showInfo={false}
        aria-label={t({ zh: "附件存储用量", en: "Evidence storage used" })}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {text}
        {t({ zh: `，${String(used.files)} 个文件`, en: `, ${String(used.files)} files` })}
      </Typography.Text>
    </div>
  );
};

/** The limits every upload is held to, as the administrator set them. */
export const storageLimitsText = (storage: EvidenceStorage, t: (text: Text) => string): string => {
  const quota =
    storage.unitQuotaBytes > 0
      ? t({
          zh: `每个单位最多存储 ${byteSize(storage.unitQuotaBytes)} 佐证材料`,
          en: `Each unit may store ${byteSize(storage.unitQuotaBytes)} of evidence`,
        })
      : t({ zh: "单位存储不限", en: "No storage quota per unit" });
  const rate =
    storage.userBytesPerHour > 0
      ? t({
          zh: `每个账号每小时最多上传 ${byteSize(storage.userBytesPerHour)}`,
          en: `each account may upload ${byteSize(storage.userBytesPerHour)} per hour`,
        })
      : t({ zh: "上传速度不限", en: "no hourly upload limit" });
  return t({ zh: `${quota}；${rate}。`, en: `${quota}; ${rate}.` });
};

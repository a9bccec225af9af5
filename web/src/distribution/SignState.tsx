import { Tag } from "antd";
import { useLanguage } from "../i18n.js";
import type { DistributionPart } from "./distributions.js";

/** 已签收 (here, or every milestone acknowledged already) or how far its acknowledgement is. */
export const SignState = ({ part }: { part: DistributionPart }) => {
  const { t } = useLanguage();
  if (part.signed) return <Tag color="green">{t({ zh: "已签收", en: "Signed" })}</Tag>;
  const { acknowledged, total } = part.acknowledgement;
  return (
    <Tag>
      {t({
        zh: `未签收（已签收节点 ${String(acknowledged)}/${String(total)}）`,
        en: `Not signed (${String(acknowledged)}/${String(total)} milestones acknowledged)`,
      })}
    </Tag>
  );
};

import { Alert } from "antd";
import { Link } from "react-router";
import type { Schema } from "../api.js";
import { useLanguage } from "../i18n.js";

type CarriedFrom = NonNullable<Schema<"MilestoneDetail">["carriedFrom"]>;

/** "Carried from the 2022 plan, see its history": the link back to the old milestone. */
export const CarriedFromNote = ({ from }: { from: CarriedFrom | null }) => {
  const { t } = useLanguage();
  if (from === null) return null;
  const year = String(from.planYear);
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={
        <>
          {t({
            zh: `由${year}年计划「${from.planTitle}」结转而来，`,
            en: `Carried over from the ${year} plan "${from.planTitle}"; `,
          })}
          {/* Underlined: a link inside a sentence must not be told by its colour alone. */}
          <Link
            to={`/milestones/${String(from.milestoneId)}`}
            style={{ textDecoration: "underline" }}
          >
            {t({ zh: "查看原节点及其办理记录", en: "see the old milestone and its history" })}
          </Link>
        </>
      }
    />
  );
};

import { Button, Result } from "antd";
import { Link } from "react-router";
import { useLanguage } from "../i18n.js";
import { isOffice, useSession } from "../session.js";

/** Another unit's milestone and a missing one look the same: the server answers 404 for both. */
export const MilestoneNotFound = () => {
  const { t } = useLanguage();
  const { session } = useSession();
  const back = isOffice(session) ? "/plan" : "/my-unit";
  return (
    <Result
      status="404"
      title={t({ zh: "没有找到这个节点计划", en: "Milestone not found" })}
      subTitle={t({
        zh: "它不存在，或不属于本单位负责的范围。",
        en: "It does not exist, or your unit is not responsible for it.",
      })}
      extra={
        <Link to={back}>
          <Button type="primary">
            {isOffice(session)
              ? t({ zh: "回到计划总表", en: "Back to the plan table" })
              : t({ zh: "回到本单位", en: "Back to my unit" })}
          </Button>
        </Link>
      }
    />
  );
};

import { Button, Result } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useLanguage } from "../i18n.js";
import { isOffice, useSession } from "../session.js";

/**
 * A screen for the supervision office and administrators (审核, 导入, 管理).
 * A unit's people who open it by its address are told so at once and sent
 * back to their own work, instead of filling in a form the server refuses.
 */
export const OfficeOnly = ({ children }: { readonly children: ReactNode }) => {
  const { t } = useLanguage();
  const { session } = useSession();
  if (isOffice(session)) return children;
  return (
    <Result
      status="403"
      title={t({ zh: "此页面仅供督查室和系统管理员使用", en: "For the supervision office only" })}
      subTitle={t({
        zh: "审核、导入和管理由督查室和系统管理员办理。本单位的节点计划请在“本单位”中办理；如需调整计划或账号，请联系督查室。",
        en: "Review, import and administration are the supervision office's. Your unit's milestones are under My unit; for changes to the plan or to accounts, ask the supervision office.",
      })}
      extra={
        <Link to="/my-unit">
          <Button type="primary">{t({ zh: "回到本单位", en: "Back to my unit" })}</Button>
        </Link>
      }
    />
  );
};

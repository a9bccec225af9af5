import { Tabs } from "antd";
import type { ReactNode } from "react";
import { Navigate, Route, Routes, useLocation, useNavigate } from "react-router";
import type { Session } from "../api.js";
import { useLanguage, type Text } from "../i18n.js";
import { useSession } from "../session.js";
import { BackupsSection } from "./backups/BackupsSection.js";
import { CalendarSection } from "./calendar/CalendarSection.js";
import { DirectorySection } from "./directory/DirectorySection.js";
import { LinksSection } from "./links/LinksSection.js";
import { OidcSection } from "./oidc/OidcSection.js";
import { PlansSection } from "./plans/PlansSection.js";
import { RemindersSection } from "./reminders/RemindersSection.js";
import { PlanSettingsSection } from "./settings/PlanSettingsSection.js";
import { UnitsSection } from "./units/UnitsSection.js";
import { UsersSection } from "./users/UsersSection.js";

interface Section {
  /** The path under /admin/. */
  readonly key: string;
  readonly label: Text;
  readonly element: ReactNode;
}

/**
 * What each office role administers (src/policies/permissions.ts): accounts,
 * units, contacts and the working-day calendar are the administrators'
 * (user.manage, unit.manage, calendar.manage), as are archiving and deleting
 * plans (plan.archive), the backups' record (backup.read) and who signs in
 * through the identity platform as whom (user.manage); how a plan is run is the
 * supervision office's (plan.configure), which others see read only; the
 * office lists and revokes every milestone link (link.manage).
 */
const sectionsFor = (session: Session): Section[] => {
  const admin = session.actor.role === "admin";
  return [
    ...(admin
      ? [
          { key: "users", label: { zh: "用户", en: "Users" }, element: <UsersSection /> },
          { key: "plans", label: { zh: "计划", en: "Plans" }, element: <PlansSection /> },
          { key: "backups", label: { zh: "备份", en: "Backups" }, element: <BackupsSection /> },
          {
            key: "sign-on",
            label: { zh: "统一身份认证", en: "Single sign-on" },
            element: <OidcSection />,
          },
          {
            key: "directory",
            label: { zh: "LDAP 目录", en: "LDAP directory" },
            element: <DirectorySection />,
          },
        ]
      : []),
    {
      key: "units",
      label: { zh: "单位", en: "Units" },
      element: <UnitsSection canManage={admin} />,
    },
    {
      key: "reminders",
      label: { zh: "提醒", en: "Reminders" },
      element: <RemindersSection canManageContacts={admin} />,
    },
    {
      key: "calendar",
      label: { zh: "工作日", en: "Working days" },
      element: <CalendarSection canManage={admin} />,
    },
    {
      key: "settings",
      label: { zh: "计划设置", en: "Plan settings" },
      element: <PlanSettingsSection />,
    },
    { key: "links", label: { zh: "填报链接", en: "Links" }, element: <LinksSection /> },
  ];
};

/** 管理: one tab per section, each at its own address (/admin/users, /admin/units, …). */
export const AdminPage = () => {
  const { t } = useLanguage();
  const { session } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const sections = sectionsFor(session);
  const first = sections[0]?.key ?? "units";
  const active = location.pathname.split("/")[2] ?? first;
  return (
    <>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`/admin/${key}`)}
        items={sections.map((section) => ({ key: section.key, label: t(section.label) }))}
      />
      <Routes>
        {sections.map((section) => (
          <Route key={section.key} path={section.key} element={section.element} />
        ))}
        <Route index element={<Navigate to={`/admin/${first}`} replace />} />
        <Route path="*" element={<Navigate to={`/admin/${first}`} replace />} />
      </Routes>
    </>
  );
};

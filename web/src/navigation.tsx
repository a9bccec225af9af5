import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CommentOutlined,
  FileSearchOutlined,
  ProjectOutlined,
  SettingOutlined,
  TableOutlined,
  TeamOutlined,
  UploadOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";
import type { Session } from "./api.js";
import type { Text } from "./i18n.js";
import type { WaitingKind } from "./inbox/waiting-items.js";
import { TERMS } from "./glossary.js";
import { isOffice } from "./session.js";

export interface NavItem {
  readonly path: string;
  readonly label: Text;
  readonly icon: ReactNode;
  /** What waits for the user on this screen: its badge's counts. */
  readonly waiting?: readonly WaitingKind[];
}

/** The menu a role sees; the API still decides every answer, the menu only leaves out what would be refused. */
export const navigationFor = (session: Session): readonly NavItem[] => {
  const office = isOffice(session);
  const items: NavItem[] = [
    { path: "/plan", label: { zh: "计划总表", en: "Plan table" }, icon: <TableOutlined /> },
  ];
  if (!office)
    items.push({
      path: "/my-unit",
      label: { zh: "本单位", en: "My unit" },
      icon: <TeamOutlined />,
    });
  if (office)
    items.push({
      path: "/review",
      label: { zh: TERMS.review.zh, en: TERMS.review.en },
      icon: <AuditOutlined />,
      waiting: ["review", "decide"],
    });
  items.push(
    {
      path: "/instructions",
      label: { zh: TERMS.instruction.zh, en: "Instructions" },
      icon: <CommentOutlined />,
      waiting: office ? [] : ["answer"],
    },
    { path: "/dashboard", label: { zh: "统计", en: "Dashboard" }, icon: <BarChartOutlined /> },
    { path: "/timeline", label: { zh: "进度图", en: "Timeline" }, icon: <ProjectOutlined /> },
    { path: "/calendar", label: { zh: "日历", en: "Calendar" }, icon: <CalendarOutlined /> },
  );
  if (office)
    items.push(
      { path: "/import", label: { zh: "导入", en: "Import" }, icon: <UploadOutlined /> },
      { path: "/admin", label: { zh: "管理", en: "Administration" }, icon: <SettingOutlined /> },
      { path: "/audit", label: { zh: "审计日志", en: "Audit log" }, icon: <FileSearchOutlined /> },
    );
  return items;
};

/** Where a role lands after logging in and at "/": a unit on its work, the office on the figures. */
export const homeOf = (session: Session): string => (isOffice(session) ? "/dashboard" : "/my-unit");

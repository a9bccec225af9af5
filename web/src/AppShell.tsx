import { DownOutlined, MenuOutlined } from "@ant-design/icons";
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Select, Spin, Typography } from "antd";
import { Suspense, useState } from "react";
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from "react-router";
import { DemoBanner } from "./DemoBanner.js";
import { useLanguage } from "./i18n.js";
import { homeOf, navigationFor, type NavItem } from "./navigation.js";
import { usePageTitle } from "./page-title.js";
import { PAGES, screenTitle } from "./pages.js";
import { groupLabel, groupPlans } from "./plan-groups.js";
import { usePlan } from "./plan-context.js";
import { useSession } from "./session.js";
import { ROLE_LABEL, textOf } from "./common/labels.js";
import { LanguageSwitch } from "./common/LanguageSwitch.js";
import { OfficeOnly } from "./common/OfficeOnly.js";
import { InboxBell } from "./inbox/InboxBell.js";
import { SearchBox } from "./search/SearchBox.js";
import { InboxProvider, useInbox } from "./inbox/inbox-context.js";
import { WaitingBadge } from "./inbox/WaitingBadge.js";
import { totalOf } from "./inbox/waiting-items.js";

const HEADER_STYLE = {
  display: "flex",
  alignItems: "center",
  gap: 12,
  paddingInline: 16,
  flexWrap: "wrap",
  height: "auto",
  minHeight: 64,
  lineHeight: "normal",
} as const;

/** A long name and unit end in "…" on a phone rather than widen the page. */
const WHO_STYLE = {
  display: "inline-block",
  maxWidth: "calc(100vw - 240px)",
  overflow: "hidden",
  textOverflow: "ellipsis",
  whiteSpace: "nowrap",
  verticalAlign: "bottom",
} as const;

const PlanChooser = () => {
  const { plans, plan, choose } = usePlan();
  const { t } = useLanguage();
  return (
    <Select
      style={{ flex: "1 1 240px", maxWidth: 480, minWidth: 0 }}
      value={plan?.id}
      placeholder={t({ zh: "尚无计划", en: "No plan yet" })}
      options={groupPlans(plans).map((group) => ({
        label: groupLabel(group),
        title: groupLabel(group),
        options: group.plans.map((p) => ({ value: p.id, label: p.title })),
      }))}
      onChange={choose}
      aria-label={t({ zh: "计划", en: "Plan" })}
    />
  );
};

const UserMenu = () => {
  const { session, logOut } = useSession();
  const { t } = useLanguage();
  const navigate = useNavigate();
  const roleLabel = textOf(ROLE_LABEL, session.actor.role);
  const role = t(roleLabel);
  const name = session.user?.displayName ?? role;
  // The office's unit and role share a name (督查室): say it once.
  const where =
    roleLabel.zh === session.actor.unitName
      ? session.actor.unitName
      : `${session.actor.unitName} · ${role}`;
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: [
          { key: "account", label: t({ zh: "账号与安全", en: "Account and security" }) },
          { key: "logout", label: t({ zh: "退出", en: "Log out" }) },
        ],
        onClick: ({ key }) => {
          if (key === "account") void navigate("/account");
          else void logOut();
        },
      }}
    >
      <Button type="text" style={{ color: "#fff", maxWidth: "100%" }}>
        <span data-testid="who" style={WHO_STYLE}>
          {t({ zh: `${name}（${where}）`, en: `${name} (${where})` })}
        </span>
        <DownOutlined />
      </Button>
    </Dropdown>
  );
};

const MainMenu = ({
  items,
  onNavigate,
}: {
  items: readonly NavItem[];
  onNavigate?: () => void;
}) => {
  const { t } = useLanguage();
  const location = useLocation();
  const counts = useInbox();
  const selected = items.find((item) => location.pathname.startsWith(item.path))?.path;
  return (
    <nav aria-label={t({ zh: "主菜单", en: "Main menu" })}>
      <Menu
        mode="inline"
        style={{ borderInlineEnd: "none" }}
        selectedKeys={selected === undefined ? [] : [selected]}
        onClick={onNavigate}
        items={items.map((item) => {
          const waiting =
            counts === undefined || item.waiting === undefined ? 0 : totalOf(counts, item.waiting);
          return {
            key: item.path,
            icon: item.icon,
            label: (
              <Link to={item.path}>
                {t(item.label)}
                {waiting > 0 && (
                  <WaitingBadge
                    count={waiting}
                    size="small"
                    style={{ marginInlineStart: 8 }}
                    data-testid={`menu-waiting-${item.path.slice(1)}`}
                  />
                )}
              </Link>
            ),
          };
        })}
      />
    </nav>
  );
};

/** On a phone the menu opens as a drawer from a button in the header. */
const PhoneMenu = ({ items }: { items: readonly NavItem[] }) => {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
  };
  return (
    <>
      <Button
        type="text"
        icon={<MenuOutlined style={{ color: "#fff" }} />}
        aria-label={t({ zh: "菜单", en: "Menu" })}
        aria-expanded={open}
        onClick={() => {
          setOpen(true);
        }}
      />
      <Drawer
        placement="left"
        size={240}
        open={open}
        onClose={close}
        title={t({ zh: "督办", en: "Duban" })}
      >
        <MainMenu items={items} onNavigate={close} />
      </Drawer>
    </>
  );
};

/** Header (plan, language, who is logged in), the menu of the role, and the screen. */
export const AppShell = () => {
  const { session } = useSession();
  const { t } = useLanguage();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg === true;
  const items = navigationFor(session);
  const home = homeOf(session);
  const location = useLocation();
  usePageTitle(screenTitle(location.pathname, items));
  return (
    <InboxProvider>
      <Layout style={{ minHeight: "100vh" }}>
        <a className="skip-link" href="#main">
          {t({ zh: "跳到正文", en: "Skip to content" })}
        </a>
        <Layout.Header style={HEADER_STYLE} className="no-print">
          {!wide && <PhoneMenu items={items} />}
          <Typography.Title level={4} style={{ color: "#fff", margin: 0 }}>
            <Link to={home} style={{ color: "#fff" }}>
              {t({ zh: "督办", en: "Duban" })}
            </Link>
          </Typography.Title>
          <PlanChooser />
          <SearchBox />
          <div
            style={{
              marginLeft: "auto",
              display: "flex",
              alignItems: "center",
              gap: 8,
              minWidth: 0,
              maxWidth: "100%",
            }}
          >
            <LanguageSwitch />
            <InboxBell />
            <UserMenu />
          </div>
        </Layout.Header>
        <Layout>
          {wide && (
            <Layout.Sider theme="light" className="no-print">
              <MainMenu items={items} />
            </Layout.Sider>
          )}
          <Layout.Content id="main" tabIndex={-1} style={{ padding: wide ? 16 : 8, minWidth: 0 }}>
            <DemoBanner />
            <Suspense fallback={<Spin />}>
              <Routes>
                <Route path="/" element={<Navigate to={home} replace />} />
                {/* A link with filters (the search box's ?q=204) opens the table afresh on them. */}
                <Route path="/plan" element={<PAGES.plan key={location.search} />} />
                <Route path="/my-unit" element={<PAGES.myUnit />} />
                <Route path="/milestones/:id" element={<PAGES.milestone />} />
                <Route
                  path="/review"
                  element={
                    <OfficeOnly>
                      <PAGES.review />
                    </OfficeOnly>
                  }
                />
                <Route path="/instructions/*" element={<PAGES.instructions />} />
                <Route path="/dashboard" element={<PAGES.dashboard />} />
                <Route path="/timeline" element={<PAGES.timeline />} />
                <Route path="/calendar" element={<PAGES.calendar />} />
                <Route
                  path="/import"
                  element={
                    <OfficeOnly>
                      <PAGES.import />
                    </OfficeOnly>
                  }
                />
                <Route
                  path="/admin/*"
                  element={
                    <OfficeOnly>
                      <PAGES.admin />
                    </OfficeOnly>
                  }
                />
                <Route
                  path="/audit"
                  element={
                    <OfficeOnly>
                      <PAGES.audit />
                    </OfficeOnly>
                  }
                />
                <Route path="/account" element={<PAGES.account />} />
                <Route path="*" element={<Navigate to={home} replace />} />
              </Routes>
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </InboxProvider>
  );
};

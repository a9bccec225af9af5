import { Button, ConfigProvider, Layout, Select, Space, Typography } from "antd";
import zhCN from "antd/locale/zh_CN";
import { useEffect, useState } from "react";
import { api, setCsrfToken, type PlanSummary, type Session } from "./api.js";
import { LoginPage } from "./LoginPage.js";
import { PlanTable } from "./PlanTable.js";

const ROLE: Readonly<Record<string, string>> = {
  admin: "管理员",
  supervisor: "督查室",
  unit_leader: "单位负责人",
  unit_staff: "单位经办人",
};

export const App = () => {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [plans, setPlans] = useState<readonly PlanSummary[]>([]);
  const [planId, setPlanId] = useState<number | null>(null);

  useEffect(() => {
    api<Session>("GET", "/api/session").then(
      (found) => {
        setCsrfToken(found.csrfToken);
        setSession(found);
      },
      () => {
        setSession(null);
      },
    );
  }, []);
  useEffect(() => {
    if (!session) return;
    void api<{ items: PlanSummary[] }>("GET", "/api/plans").then((found) => {
      setPlans(found.items);
      setPlanId(found.items[0]?.id ?? null);
    });
  }, [session]);

  const logOut = async () => {
    await api("DELETE", "/api/session");
    setCsrfToken(null);
    setSession(null);
  };

  return (
    <ConfigProvider locale={zhCN}>
      {session === undefined ? null : session === null ? (
        <LoginPage onLogin={setSession} />
      ) : (
        <Layout style={{ minHeight: "100vh" }}>
          <Layout.Header style={{ display: "flex", alignItems: "center", gap: 16 }}>
            <Typography.Title level={4} style={{ color: "#fff", margin: 0 }}>
              督办
            </Typography.Title>
            <Select
              style={{ minWidth: 360 }}
              value={planId ?? undefined}
              options={plans.map((p) => ({ value: p.id, label: p.title }))}
              onChange={setPlanId}
              aria-label="计划"
            />
            <Space style={{ marginLeft: "auto", color: "#fff" }}>
              <span>
                {session.actor.unitName} · {ROLE[session.actor.role] ?? session.actor.role} ·{" "}
                {session.user?.displayName ?? session.actor.name}
              </span>
              <Button onClick={() => void logOut()}>退出</Button>
            </Space>
          </Layout.Header>
          <Layout.Content style={{ padding: 16 }}>
            {planId !== null && <PlanTable planId={planId} />}
          </Layout.Content>
        </Layout>
      )}
    </ConfigProvider>
  );
};

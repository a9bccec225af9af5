import { Alert } from "antd";
import type { Answer } from "./api.js";
import { useLanguage } from "./i18n.js";
import { useSession } from "./session.js";
import { ROLE_LABEL, textOf } from "./common/labels.js";
import { useApi } from "./common/use-api.js";

type Health = Answer<"/api/health", "get">;

const useDemo = () => useApi<Health>("/api/health").data?.demo;

/**
 * One line above every screen while the database holds the demo: its
 * records are made up, and the server's today is the demo's, not the
 * calendar's. Left off paper: a printed table is handed on without it.
 */
export const DemoBanner = () => {
  const { t } = useLanguage();
  const { session } = useSession();
  const demo = useDemo();
  if (!demo) return null;
  const year = demo.asOf.slice(0, 4);
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      className="no-print"
      style={{ marginBottom: 12, paddingBlock: 6 }}
      title={t({
        zh: `演示数据：模拟的 ${year} 年上半年（至 ${demo.asOf}）办理记录；系统按演示时间运行，今天是 ${session.today}。`,
        en: `Demo data: a made-up first half of ${year} (up to ${demo.asOf}). The server runs in demo time: today is ${session.today}.`,
      })}
    />
  );
};

/** On the login page of a demo: which accounts show the other roles. */
export const DemoAccounts = () => {
  const { t } = useLanguage();
  const demo = useDemo();
  if (!demo) return null;
  const accounts = demo.accounts
    .map((account) => {
      const role = t(textOf(ROLE_LABEL, account.role));
      // The office's role names its unit already; a unit's people are known by unit and role.
      const who = account.role === "supervisor" ? role : `${account.unit} ${role}`;
      return t({ zh: `${account.username}（${who}）`, en: `${account.username} (${who})` });
    })
    .join(t({ zh: "、", en: ", " }));
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t({ zh: "演示数据", en: "Demo data" })}
      description={t({
        zh: `可用演示账号登录，体验不同角色：${accounts}；密码见 README。`,
        en: `Log in with a demo account to see each role: ${accounts}. The password is in the README.`,
      })}
    />
  );
};

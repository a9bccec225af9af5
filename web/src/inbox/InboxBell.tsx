import { BellOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { useNavigate } from "react-router";
import { useLanguage } from "../i18n.js";
import { useSession } from "../session.js";
import { useInbox } from "./inbox-context.js";
import { WaitingBadge } from "./WaitingBadge.js";
import { totalOf, WAITING_ITEMS, waitingKindsFor } from "./waiting-items.js";

/** The header's bell: how much waits for the user, each kind a link to where it is done. */
export const InboxBell = () => {
  const { t } = useLanguage();
  const { session } = useSession();
  const counts = useInbox();
  const navigate = useNavigate();
  const kinds = waitingKindsFor(session);
  const items = WAITING_ITEMS.filter((item) => kinds.includes(item.kind));
  const total = counts === undefined ? 0 : totalOf(counts, kinds);
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items: items.map((item) => ({
          key: item.kind,
          label: (
            <span
              data-testid={`waiting-${item.kind}`}
              style={{ display: "flex", justifyContent: "space-between", gap: 24 }}
            >
              {t(item.label)}
              <WaitingBadge count={counts?.[item.kind] ?? 0} showZero />
            </span>
          ),
        })),
        onClick: ({ key }) => {
          const chosen = items.find((item) => item.kind === key);
          if (chosen !== undefined) void navigate(chosen.path);
        },
      }}
    >
      <WaitingBadge count={total} size="small" offset={[-6, 6]}>
        <Button
          type="text"
          data-testid="inbox-bell"
          icon={<BellOutlined style={{ color: "#fff", fontSize: 18 }} />}
          aria-label={t({
            zh: total === 0 ? "待办事项：无" : `待办事项：${String(total)} 项`,
            en: total === 0 ? "Waiting for you: nothing" : `Waiting for you: ${String(total)}`,
          })}
        />
      </WaitingBadge>
    </Dropdown>
  );
};

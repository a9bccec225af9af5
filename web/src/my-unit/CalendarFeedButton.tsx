import { CalendarOutlined } from "@ant-design/icons";
import { Alert, Button, Modal, Popconfirm, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, type Answer, type Schema } from "../api.js";
import { useLanguage, type Text } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { PlanFilter, type PlanChoice } from "../common/PlanFilter.js";
import { useApi } from "../common/use-api.js";
import type { PlanListItem } from "../plan-context.js";

type NewFeed = Schema<"NewCalendarFeed">;
type Feed = Schema<"CalendarFeed">;

/** Where each calendar app takes a subscription's address. */
const INSTRUCTIONS: readonly { readonly app: Text; readonly how: Text }[] = [
  {
    app: { zh: "Outlook", en: "Outlook" },
    how: {
      zh: "日历 → 添加日历 → 从 Internet 订阅，粘贴 https 地址。",
      en: "Calendar → Add calendar → Subscribe from web, paste the https address.",
    },
  },
  {
    app: { zh: "WPS", en: "WPS" },
    how: {
      zh: "WPS 日历 → 订阅日历（或“添加网络日历”），粘贴 https 地址。",
      en: "WPS Calendar → Subscribe (or “Add web calendar”), paste the https address.",
    },
  },
  {
    app: { zh: "手机日历", en: "Phone calendars" },
    how: {
      zh: "iPhone：设置 → 日历 → 账户 → 添加账户 → 其他 → 添加已订阅的日历，粘贴地址，或在手机上直接打开 webcal 地址；安卓手机：日历 → 设置 → 订阅日历（各品牌名称略有不同），粘贴 https 地址。",
      en: "iPhone: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar, paste the address, or open the webcal address on the phone; Android: Calendar → Settings → Subscribe (names vary by brand), paste the https address.",
    },
  },
];

const Address = ({ label, url }: { label: string; url: string }) => (
  <div>
    <Typography.Text strong>{label}</Typography.Text>
    <Typography.Paragraph copyable={{ text: url }} code style={{ wordBreak: "break-all" }}>
      {url}
    </Typography.Paragraph>
  </div>
);

const FeedAddresses = ({ feed }: { feed: NewFeed }) => {
  const { t } = useLanguage();
  return (
    <Space orientation="vertical" style={{ width: "100%" }} data-testid="calendar-feed-addresses">
      <Alert
        type="warning"
        showIcon
        title={t({
          zh: "地址只显示这一次：请现在复制到日历应用中。地址本身就是凭证，请勿外传；不用时请撤销。",
          en: "The address is shown this once: copy it into your calendar app now. It works without a password, so keep it to yourself, and revoke it when no longer needed.",
        })}
      />
      <Address label={t({ zh: "https 地址", en: "https address" })} url={feed.url} />
      <Address label={t({ zh: "webcal 地址", en: "webcal address" })} url={feed.webcalUrl} />
    </Space>
  );
};

const Instructions = () => {
  const { t } = useLanguage();
  return (
    <div>
      <Typography.Text strong>{t({ zh: "如何订阅", en: "How to subscribe" })}</Typography.Text>
      <ul style={{ paddingInlineStart: 20, marginTop: 4 }}>
        {INSTRUCTIONS.map((item) => (
          <li key={item.app.en}>
            <Typography.Text strong>{t(item.app)}：</Typography.Text>
            {t(item.how)}
          </li>
        ))}
      </ul>
    </div>
  );
};

/**
 * 订阅日历: a calendar feed of the unit's deadlines (POST /api/calendar-feeds)
 * in every plan, or in the one chosen, its addresses shown once to copy, the
 * unit's feeds of this person listed with their plan and 撤销 for each.
 */
export const CalendarFeedButton = ({
  unitId,
  plans,
}: {
  unitId: number;
  plans: readonly PlanListItem[];
}) => {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<PlanChoice>("all");
  const [created, setCreated] = useState<NewFeed | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const feeds = useApi<Answer<"/api/calendar-feeds", "get">>(open ? "/api/calendar-feeds" : null);
  const live = (feeds.data?.items ?? []).filter(
    (feed) => feed.revokedAt === null && feed.unitId === unitId,
  );
  const planOf = (feed: Feed) =>
    feed.planId === null
      ? t({ zh: "全部计划", en: "All plans" })
      : (plans.find((plan) => plan.id === feed.planId)?.title ?? `#${String(feed.planId)}`);
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      feeds.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const subscribe = () =>
    act(async () => {
      setCreated(
        await api<NewFeed>("POST", "/api/calendar-feeds", {
          unitId,
          ...(choice === "all" ? {} : { planId: choice }),
        }),
      );
    });
  const revoke = (feed: Feed) =>
    act(async () => {
      await api("DELETE", `/api/calendar-feeds/${String(feed.id)}`);
      if (created?.id === feed.id) setCreated(null);
    });
  const when = (at: string | null) => (at === null ? "—" : dayjs(at).format("YYYY-MM-DD HH:mm"));
  return (
    <>
      <Button
        icon={<CalendarOutlined />}
        onClick={() => {
          setOpen(true);
        }}
      >
        {t({ zh: "订阅日历", en: "Subscribe in a calendar" })}
      </Button>
      <Modal
        open={open}
        title={t({ zh: "订阅日历", en: "Subscribe in a calendar" })}
        footer={null}
        width={720}
        onCancel={() => {
          setOpen(false);
          setCreated(null);
        }}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Typography.Paragraph type="secondary">
            {t({
              zh: "本单位牵头和配合的节点计划，按现行应完成日期（含已批准的延期）显示为全天日程，到期前提醒；完成后日程标为取消。日历应用每小时自动更新。",
              en: "The milestones your unit leads or shares, as all-day events on the due dates in force (approved extensions included), with reminders before them; done ones show as cancelled. Calendar apps refresh hourly.",
            })}
          </Typography.Paragraph>
          <ErrorAlert error={error ?? feeds.error} />
          {created === null && <PlanFilter plans={plans} value={choice} onChange={setChoice} />}
          {created === null ? (
            <Button type="primary" loading={busy} onClick={() => void subscribe()}>
              {live.length === 0
                ? t({ zh: "生成订阅地址", en: "Create the address" })
                : t({ zh: "再生成一个订阅地址", en: "Create another address" })}
            </Button>
          ) : (
            <FeedAddresses feed={created} />
          )}
          {live.length > 0 && (
            <div data-testid="calendar-feeds">
              <Typography.Text strong>
                {t({ zh: "已生成的订阅地址", en: "Addresses you created" })}
              </Typography.Text>
              {live.map((feed) => (
                <div
                  key={feed.id}
                  style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}
                >
                  <Typography.Text>
                    {t({
                      zh: `#${String(feed.id)}（${planOf(feed)}）生成于 ${when(feed.createdAt)}，最近使用 ${when(feed.lastUsedAt)}`,
                      en: `#${String(feed.id)} (${planOf(feed)}) created ${when(feed.createdAt)}, last used ${when(feed.lastUsedAt)}`,
                    })}
                  </Typography.Text>
                  <Popconfirm
                    title={t({
                      zh: "撤销后，使用此地址的日历将不再更新。撤销？",
                      en: "Calendars using this address stop updating. Revoke?",
                    })}
                    onConfirm={() => void revoke(feed)}
                  >
                    <Button type="link" danger disabled={busy}>
                      {t({ zh: "撤销", en: "Revoke" })}
                    </Button>
                  </Popconfirm>
                </div>
              ))}
            </div>
          )}
          <Instructions />
        </Space>
      </Modal>
    </>
  );
};

import { Alert, Button, Space, Table, Tag, type TableProps } from "antd";
import { useState } from "react";
import { api, type Answer } from "../../api.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useApi } from "../../common/use-api.js";
import { useLanguage, type Text } from "../../i18n.js";

type Proposals = Answer<"/api/admin/directory/proposals", "get">;
type Proposal = Proposals["proposals"][number];
type Kind = Proposal["kind"];

const KINDS: Readonly<Record<Kind, { label: Text; color: string }>> = {
  unit: { label: { zh: "新建单位", en: "New unit" }, color: "blue" },
  user: { label: { zh: "新建用户", en: "New user" }, color: "green" },
  link: { label: { zh: "关联用户", en: "Link user" }, color: "cyan" },
  move: { label: { zh: "调整单位", en: "Move user" }, color: "orange" },
  disable: { label: { zh: "停用用户", en: "Disable user" }, color: "red" },
};

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** What a proposal would write, in a line. */
const what = (p: Proposal): string => {
  const d = p.details;
  switch (p.kind) {
    case "unit":
      return text(d.name);
    case "user":
      return `${text(d.displayName)}（${text(d.username)}）→ ${text(d.unitName)}`;
    case "move":
      return `${text(d.username)}：${text(d.fromUnitName)} → ${text(d.unitName)}`;
    default:
      return text(d.username);
  }
};

/**
 * 同步建议: what the last sync proposes, each accepted or rejected by the
 * administrator (or all of a kind); nothing changes before that, and no
 * proposal touches a role.
 */
export const ProposalsPanel = () => {
  const { t } = useLanguage();
  const proposals = useApi<Proposals>("/api/admin/directory/proposals");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (request: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    try {
      const outcome = await request();
      const failed = (outcome as { failed?: { message: Text }[] } | undefined)?.failed?.[0];
      if (failed !== undefined) setError(new Error(t(failed.message)));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      proposals.reload();
    }
  };
  const decide = (id: number, decision: "accept" | "reject") =>
    run(() => api("POST", `/api/admin/directory/proposals/${String(id)}/decision`, { decision }));
  const decideAll = (kind: Kind) =>
    run(() => api("POST", "/api/admin/directory/proposals/decision", { kind, decision: "accept" }));
  const items = proposals.data?.proposals ?? [];
  const kindsPresent = (Object.keys(KINDS) as Kind[]).filter((k) =>
    items.some((p) => p.kind === k),
  );
  const columns: TableProps<Proposal>["columns"] = [
    {
      title: t({ zh: "建议", en: "Proposal" }),
      key: "kind",
      width: 110,
      render: (_, p) => <Tag color={KINDS[p.kind].color}>{t(KINDS[p.kind].label)}</Tag>,
    },
    { title: t({ zh: "内容", en: "What" }), key: "what", render: (_, p) => what(p) },
    { title: t({ zh: "目录条目", en: "Directory entry" }), dataIndex: "subject", ellipsis: true },
    {
      title: t({ zh: "操作", en: "Decide" }),
      key: "decide",
      width: 150,
      render: (_, p) => (
        <Space>
          <Button
            size="small"
            type="primary"
            disabled={busy}
            onClick={() => void decide(p.id, "accept")}
          >
            {t({ zh: "接受", en: "Accept" })}
          </Button>
          <Button size="small" disabled={busy} onClick={() => void decide(p.id, "reject")}>
            {t({ zh: "拒绝", en: "Reject" })}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          loading={busy}
          onClick={() => void run(() => api("POST", "/api/admin/directory/sync"))}
        >
          {t({ zh: "从目录同步", en: "Sync from the directory" })}
        </Button>
        {kindsPresent.map((kind) => (
          <Button key={kind} disabled={busy} onClick={() => void decideAll(kind)}>
            {t({
              zh: `全部接受：${KINDS[kind].label.zh}`,
              en: `Accept all: ${KINDS[kind].label.en}`,
            })}
          </Button>
        ))}
      </Space>
      <Alert
        type="info"
        style={{ marginBottom: 12 }}
        title={t({
          zh: "同步只提出建议：接受后才会新建单位和用户（最低角色“单位经办人”）、关联、调整单位或停用；角色从不改变。",
          en: "A sync only proposes: units and users (with the lowest role), links, moves and disables happen when accepted; roles never change.",
        })}
      />
      <ErrorAlert error={error ?? proposals.error} />
      <Table<Proposal>
        rowKey="id"
        size="small"
        loading={proposals.loading}
        columns={columns}
        dataSource={items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t({ zh: "没有待处理的建议", en: "No open proposals" }) }}
      />
    </>
  );
};

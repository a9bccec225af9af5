import { Button, Popconfirm, Table, Tag, type TableProps } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, type Schema } from "../api.js";
import { useLanguage, type Text } from "../i18n.js";
import { ErrorAlert } from "./ErrorAlert.js";
import { milestoneCode } from "../supervision/words.js";

export type Link = Schema<"Link">;

const STANDING: Readonly<
  Record<Link["standing"], { readonly label: Text; readonly color: string }>
> = {
  live: { label: { zh: "有效", en: "Live" }, color: "green" },
  expired: { label: { zh: "已过期", en: "Expired" }, color: "default" },
  revoked: { label: { zh: "已撤销", en: "Revoked" }, color: "red" },
};

const when = (at: string | null): string =>
  at === null ? "—" : dayjs(at).format("YYYY-MM-DD HH:mm");

/** "205（1）" for each milestone the link names; removed ones by their id. */
const milestonesOf = (link: Link): string =>
  link.milestones
    .map((m) =>
      m.taskNo === null || m.seq === null ? `#${String(m.id)}` : milestoneCode(m.taskNo, m.seq),
    )
    .join("、");

/**
 * Links (填报链接) with their use, and 撤销 for the live ones: the admin
 * screen's list of all, and a milestone's own in its dialog.
 */
export const LinksTable = ({
  links,
  loading,
  reload,
}: {
  links: readonly Link[];
  loading: boolean;
  reload: () => void;
}) => {
  const { t } = useLanguage();
  const [error, setError] = useState<unknown>(null);
  const revoke = async (link: Link) => {
    setError(null);
    try {
      await api("DELETE", `/api/links/${String(link.id)}`);
      reload();
    } catch (failure) {
      setError(failure);
    }
  };
  const columns: TableProps<Link>["columns"] = [
    { title: t({ zh: "单位", en: "Unit" }), dataIndex: "unitName" },
    { title: t({ zh: "联系人", en: "Contact" }), render: (_, link) => link.contact ?? "—" },
    { title: t({ zh: "节点计划", en: "Milestones" }), render: (_, link) => milestonesOf(link) },
    { title: t({ zh: "生成人", en: "Issued by" }), dataIndex: "createdByName" },
    { title: t({ zh: "生成时间", en: "Issued" }), render: (_, link) => when(link.createdAt) },
    { title: t({ zh: "有效期至", en: "Expires" }), render: (_, link) => when(link.expiresAt) },
    {
      title: t({ zh: "状态", en: "State" }),
      render: (_, link) => (
        <Tag color={STANDING[link.standing].color}>{t(STANDING[link.standing].label)}</Tag>
      ),
    },
    { title: t({ zh: "查看次数", en: "Reads" }), dataIndex: "readCount", align: "right" },
    { title: t({ zh: "报送次数", en: "Inputs" }), dataIndex: "submissionCount", align: "right" },
    { title: t({ zh: "最近使用", en: "Last used" }), render: (_, link) => when(link.lastUsedAt) },
    {
      key: "revoke",
      render: (_, link) =>
        link.standing === "live" && (
          <Popconfirm
            title={t({
              zh: "撤销后链接立即失效，确定？",
              en: "The link stops working at once. Revoke?",
            })}
            onConfirm={() => void revoke(link)}
          >
            <Button size="small" danger>
              {t({ zh: "撤销", en: "Revoke" })}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <>
      <ErrorAlert error={error} />
      <Table<Link>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={[...links]}
        scroll={{ x: "max-content" }}
        data-testid="links-table"
      />
    </>
  );
};

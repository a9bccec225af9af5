import { CloseOutlined } from "@ant-design/icons";
import { Button, Input, message, Space, Table, Tag, Typography, type TableProps } from "antd";
import { useState } from "react";
import { api, type Answer } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useApi } from "../../common/use-api.js";
import { useUnits, type Unit } from "../use-units.js";
import { AliasModal } from "./AliasModal.js";
import { MergeUnitModal } from "./MergeUnitModal.js";
import { NewUnitForm } from "./NewUnitForm.js";
import { ParentUnitSelect } from "./ParentUnitSelect.js";
import { StorageUsage, storageLimitsText, type EvidenceStorage } from "./StorageUsage.js";

const matches = (unit: Unit, query: string): boolean =>
  [unit.name, ...unit.aliases, ...unit.members].some((name) => name.includes(query));

/**
 * 单位: the directory the tables' unit names are read against, with the
 * other names each unit goes by, the members of groups, and (for
 * administrators) new units, aliases and merges.
 */
export const UnitsSection = ({ canManage }: { canManage: boolean }) => {
  const { t } = useLanguage();
  const directory = useUnits();
  // Only administrators see every account; the merge warning counts them.
  const users = useApi<Answer<"/api/users", "get">>(canManage ? "/api/users" : null);
  const storage = useApi<EvidenceStorage>("/api/evidence-storage");
  const [aliasFor, setAliasFor] = useState<Unit | null>(null);
  const [merging, setMerging] = useState<Unit | null>(null);
  const [query, setQuery] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [toast, toastHolder] = message.useMessage();
  const changed = (text: { zh: string; en: string }) => {
    setAliasFor(null);
    setMerging(null);
    directory.reload();
    users.reload();
    storage.reload();
    void toast.success(t(text));
  };
  const removeAlias = async (unit: Unit, alias: string) => {
    setError(null);
    try {
      await api("DELETE", `/api/units/${String(unit.id)}/aliases/${encodeURIComponent(alias)}`);
      changed({ zh: `已删除别称「${alias}」`, en: `Removed the alias "${alias}"` });
    } catch (failure) {
      setError(failure);
    }
  };
  const peopleIn = (unitId: number): number | null =>
    users.data === undefined ? null : users.data.items.filter((u) => u.unitId === unitId).length;
  const columns: TableProps<Unit>["columns"] = [
    { title: t({ zh: "名称", en: "Name" }), dataIndex: "name", width: 200 },
    {
      title: t({ zh: "类型", en: "Kind" }),
      key: "kind",
      width: 80,
      render: (_, unit) =>
        unit.kind === "group" ? t({ zh: "单位组", en: "Group" }) : t({ zh: "单位", en: "Unit" }),
    },
    {
      title: t({ zh: "别称", en: "Aliases" }),
      key: "aliases",
      width: 280,
      render: (_, unit) => (
        <Space wrap size={4}>
          {unit.aliases.map((alias) => (
            <Tag key={alias} style={{ marginInlineEnd: 0 }}>
              {alias}
              {canManage && (
                <Button
                  type="text"
                  size="small"
                  icon={<CloseOutlined />}
                  aria-label={t({ zh: `删除别称「${alias}」`, en: `Remove the alias "${alias}"` })}
                  onClick={() => void removeAlias(unit, alias)}
                  style={{ height: 18, width: 18, minWidth: 18, marginInlineStart: 2 }}
                />
              )}
            </Tag>
          ))}
          {canManage && (
            <Button
              size="small"
              type="dashed"
              onClick={() => {
                setAliasFor(unit);
              }}
              aria-label={t({
                zh: `为「${unit.name}」添加别称`,
                en: `Add an alias of "${unit.name}"`,
              })}
            >
              {t({ zh: "+ 别称", en: "+ Alias" })}
            </Button>
          )}
        </Space>
      ),
    },
    {
      title: t({ zh: "上级单位", en: "Under" }),
      key: "parent",
      width: 180,
      render: (_, unit) =>
        unit.kind === "group" ? null : canManage ? (
          <ParentUnitSelect
            unit={unit}
            units={directory.units}
            onChanged={() => {
              changed({ zh: "上级单位已设置", en: "Unit placed" });
            }}
            onError={setError}
          />
        ) : (
          (directory.units.find((u) => u.id === unit.parentUnitId)?.name ?? "")
        ),
    },
    {
      title: t({ zh: "成员", en: "Members" }),
      key: "members",
      render: (_, unit) => unit.members.join("、"),
    },
    {
      title: t({ zh: "附件存储", en: "Evidence storage" }),
      key: "storage",
      width: 180,
      render: (_, unit) =>
        storage.data === undefined ? null : (
          <StorageUsage storage={storage.data} unitId={unit.id} />
        ),
    },
  ];
  if (canManage)
    columns.push({
      title: t({ zh: "操作", en: "Actions" }),
      key: "actions",
      width: 110,
      render: (_, unit) => (
        <Button
          type="link"
          onClick={() => {
            setMerging(unit);
          }}
        >
          {t({ zh: "并入其他单位", en: "Merge into…" })}
        </Button>
      ),
    });
  return (
    <>
      {toastHolder}
      {canManage && (
        <NewUnitForm
          onCreated={() => {
            changed({ zh: "单位已创建", en: "Unit created" });
          }}
        />
      )}
      <Input.Search
        allowClear
        placeholder={t({ zh: "按名称或别称查找", en: "Find by name or alias" })}
        aria-label={t({ zh: "查找单位", en: "Find units" })}
        onChange={(event) => {
          setQuery(event.target.value.trim());
        }}
        style={{ width: 280, maxWidth: "100%", marginBottom: 12 }}
      />
      {storage.data !== undefined && (
        <Typography.Paragraph type="secondary">
          {storageLimitsText(storage.data, t)}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={error ?? directory.error ?? storage.error} />
      <Table<Unit>
        size="small"
        rowKey="id"
        loading={directory.loading}
        columns={columns}
        dataSource={directory.units.filter((unit) => matches(unit, query))}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1160 }}
      />
      <AliasModal
        unit={aliasFor}
        onClose={() => {
          setAliasFor(null);
        }}
        onSaved={() => {
          changed({ zh: "别称已添加", en: "Alias added" });
        }}
      />
      <MergeUnitModal
        unit={merging}
        units={directory.units}
        peopleIn={peopleIn}
        onClose={() => {
          setMerging(null);
        }}
        onMerged={() => {
          changed({ zh: "单位已合并", en: "Units merged" });
        }}
      />
    </>
  );
};

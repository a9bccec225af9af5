import { Button, Card, Popconfirm, Space, Table, Typography, type TableProps } from "antd";
import { useState } from "react";
import { api } from "../../api.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { ROLE_LABEL, textOf } from "../../common/labels.js";
import { useLanguage } from "../../i18n.js";
import type { UnitRule } from "./oidc-mappings.js";
import { UnitRuleModal } from "./UnitRuleModal.js";

/**
 * 自动开户单位: the units where people unknown to Duban are created at their
 * first login (PUT/DELETE /api/oidc/unit-rules/{unitId}); elsewhere they are
 * refused until an administrator maps them.
 */
export const UnitRulesCard = ({
  rules,
  units,
  onChanged,
}: {
  rules: readonly UnitRule[];
  units: readonly { value: number; label: string }[];
  onChanged: (done: { zh: string; en: string }) => void;
}) => {
  const { t } = useLanguage();
  const [editing, setEditing] = useState<UnitRule | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const remove = async (rule: UnitRule) => {
    setError(null);
    try {
      await api("DELETE", `/api/oidc/unit-rules/${String(rule.unitId)}`);
      onChanged({
        zh: `已删除「${rule.unitName}」的规则`,
        en: `Removed the rule of "${rule.unitName}"`,
      });
    } catch (failure) {
      setError(failure);
    }
  };
  const columns: TableProps<UnitRule>["columns"] = [
    { title: t({ zh: "单位", en: "Unit" }), dataIndex: "unitName" },
    {
      title: t({ zh: "单位声明的值", en: "Unit claim value" }),
      key: "claimValue",
      render: (_, rule) =>
        rule.claimValue ?? (
          <Typography.Text type="secondary">
            {t({ zh: "（单位名称或别称）", en: "(the unit's name or an alias)" })}
          </Typography.Text>
        ),
    },
    {
      title: t({ zh: "最高角色", en: "Highest role" }),
      key: "maxRole",
      render: (_, rule) => t(textOf(ROLE_LABEL, rule.maxRole)),
    },
    {
      title: t({ zh: "操作", en: "Actions" }),
      key: "actions",
      width: 150,
      render: (_, rule) => (
        <Space size={0}>
          <Button
            type="link"
            onClick={() => {
              setEditing(rule);
            }}
          >
            {t({ zh: "编辑", en: "Edit" })}
          </Button>
          <Popconfirm
            title={t({
              zh: `不再在「${rule.unitName}」自动开户？`,
              en: `Stop creating users in "${rule.unitName}"?`,
            })}
            onConfirm={() => void remove(rule)}
          >
            <Button type="link" danger>
              {t({ zh: "删除", en: "Remove" })}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={t({ zh: "首次登录自动开户的单位", en: "Units where first login creates users" })}
      extra={
        <Button
          onClick={() => {
            setEditing(null);
          }}
        >
          {t({ zh: "添加单位规则", en: "Add a unit rule" })}
        </Button>
      }
    >
      <ErrorAlert error={error} />
      <Table<UnitRule>
        size="small"
        rowKey="unitId"
        columns={columns}
        dataSource={[...rules]}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{
          emptyText: t({
            zh: "没有：督办中没有账号的人登录时被拒绝",
            en: "None: people without a Duban account are refused",
          }),
        }}
      />
      <UnitRuleModal
        rule={editing}
        units={units}
        onClose={() => {
          setEditing(undefined);
        }}
        onSaved={(unitName) => {
          setEditing(undefined);
          onChanged({ zh: `已保存「${unitName}」的规则`, en: `Saved the rule of "${unitName}"` });
        }}
      />
    </Card>
  );
};

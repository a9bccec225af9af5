import { Button, Input, message, Popconfirm, Space, Table, Tag, type TableProps } from "antd";
import { useState } from "react";
import { api, type Answer, type Schema } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { ROLE_LABEL, textOf } from "../../common/labels.js";
import { useApi } from "../../common/use-api.js";
import { useUnits } from "../use-units.js";
import { PasswordModal } from "./PasswordModal.js";
import { SecondFactorPolicy } from "./SecondFactorPolicy.js";
import { UserModal } from "./UserModal.js";

type User = Schema<"User">;

const matches = (user: User, query: string): boolean =>
  [user.username, user.displayName, user.unitName].some((text) => text.includes(query));

/** 用户: every account, created, changed, disabled and given a new password by administrators. */
export const UsersSection = () => {
  const { t } = useLanguage();
  const users = useApi<Answer<"/api/users", "get">>("/api/users");
  const secondFactors = useApi<Schema<"SecondFactorOverview">>("/api/second-factor");
  const enrolled = new Set(secondFactors.data?.enrolledUserIds ?? []);
  const { options } = useUnits();
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const [resetting, setResetting] = useState<User | null>(null);
  const [query, setQuery] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [toast, toastHolder] = message.useMessage();
  const saved = (text: { zh: string; en: string }) => {
    setEditing(undefined);
    setResetting(null);
    users.reload();
    void toast.success(t(text));
  };
  const setDisabled = async (user: User, disabled: boolean) => {
    setError(null);
    try {
      await api("PATCH", `/api/users/${String(user.id)}`, { disabled });
      saved(disabled ? { zh: "已停用", en: "Disabled" } : { zh: "已启用", en: "Enabled" });
    } catch (failure) {
      setError(failure);
    }
  };
  const resetSecondFactor = async (user: User) => {
    setError(null);
    try {
      await api("DELETE", `/api/users/${String(user.id)}/second-factor`);
      secondFactors.reload();
      void toast.success(t({ zh: "两步验证已重置", en: "Second factor reset" }));
    } catch (failure) {
      setError(failure);
    }
  };
  const columns: TableProps<User>["columns"] = [
    { title: t({ zh: "用户名", en: "Username" }), dataIndex: "username", width: 140 },
    { title: t({ zh: "姓名", en: "Name" }), dataIndex: "displayName", width: 120 },
    { title: t({ zh: "单位", en: "Unit" }), dataIndex: "unitName", width: 180 },
    {
      title: t({ zh: "角色", en: "Role" }),
      key: "role",
      width: 120,
      render: (_, user) => t(textOf(ROLE_LABEL, user.role)),
    },
    {
      title: t({ zh: "状态", en: "State" }),
      key: "state",
      width: 80,
      render: (_, user) =>
        user.disabled ? (
          <Tag>{t({ zh: "已停用", en: "Disabled" })}</Tag>
        ) : (
          <Tag color="green">{t({ zh: "启用", en: "Active" })}</Tag>
        ),
    },
    {
      title: t({ zh: "两步验证", en: "Second factor" }),
      key: "secondFactor",
      width: 100,
      render: (_, user) =>
        enrolled.has(user.id) ? (
          <Tag color="green">{t({ zh: "已启用", en: "On" })}</Tag>
        ) : (
          <Tag>{t({ zh: "未启用", en: "Off" })}</Tag>
        ),
    },
    {
      title: t({ zh: "操作", en: "Actions" }),
      key: "actions",
      render: (_, user) => (
        <Space wrap size={0}>
          <Button
            type="link"
            onClick={() => {
              setEditing(user);
            }}
          >
            {t({ zh: "编辑", en: "Edit" })}
          </Button>
          <Button
            type="link"
            onClick={() => {
              setResetting(user);
            }}
          >
            {t({ zh: "重置密码", en: "Reset password" })}
          </Button>
          {enrolled.has(user.id) && (
            <Popconfirm
              title={t({
                zh: `重置 ${user.username} 的两步验证？其验证器和恢复码将失效。`,
                en: `Reset ${user.username}'s second factor? Their app and recovery codes stop working.`,
              })}
              onConfirm={() => void resetSecondFactor(user)}
            >
              <Button type="link">{t({ zh: "重置两步验证", en: "Reset second factor" })}</Button>
            </Popconfirm>
          )}
          <Popconfirm
            title={
              user.disabled
                ? t({ zh: `启用 ${user.username}？`, en: `Enable ${user.username}?` })
                : t({
                    zh: `停用 ${user.username}？其登录将立即失效。`,
                    en: `Disable ${user.username}? Their sessions end at once.`,
                  })
            }
            onConfirm={() => void setDisabled(user, !user.disabled)}
          >
            <Button type="link" danger={!user.disabled}>
              {user.disabled ? t({ zh: "启用", en: "Enable" }) : t({ zh: "停用", en: "Disable" })}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <>
      {toastHolder}
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          onClick={() => {
            setEditing(null);
          }}
        >
          {t({ zh: "新建用户", en: "New user" })}
        </Button>
        <Input.Search
          allowClear
          placeholder={t({ zh: "按用户名、姓名或单位查找", en: "Find by username, name or unit" })}
          aria-label={t({ zh: "查找用户", en: "Find users" })}
          onChange={(event) => {
            setQuery(event.target.value.trim());
          }}
          style={{ width: 280, maxWidth: "100%" }}
        />
      </Space>
      {secondFactors.data && (
        <div style={{ marginBottom: 12 }}>
          <SecondFactorPolicy overview={secondFactors.data} onSaved={secondFactors.reload} />
        </div>
      )}
      <ErrorAlert error={error ?? users.error ?? secondFactors.error} />
      <Table<User>
        size="small"
        rowKey="id"
        loading={users.loading}
        columns={columns}
        dataSource={(users.data?.items ?? []).filter((user) => matches(user, query))}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
      />
      <UserModal
        open={editing !== undefined}
        user={editing ?? null}
        unitOptions={options}
        onClose={() => {
          setEditing(undefined);
        }}
        onSaved={() => {
          saved({ zh: "已保存", en: "Saved" });
        }}
      />
      <PasswordModal
        user={resetting}
        onClose={() => {
          setResetting(null);
        }}
        onSaved={() => {
          saved({ zh: "密码已重置", en: "Password reset" });
        }}
      />
    </>
  );
};

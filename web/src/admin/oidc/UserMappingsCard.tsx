import { Button, Card, Form, Input, Popconfirm, Select, Table, type TableProps } from "antd";
import { useState } from "react";
import { api, type Answer } from "../../api.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useLanguage } from "../../i18n.js";
import { useServerForm } from "../use-server-form.js";
import { maxLength, required, requiredText } from "../validation.js";
import type { UserMapping } from "./oidc-mappings.js";

type Users = Answer<"/api/users", "get">["items"];

interface NewMapping {
  readonly claimValue: string;
  readonly userId: number;
}

/**
 * 账号对应: a provider username (the username claim) signs in as an
 * existing user (PUT/DELETE /api/oidc/user-mappings); the first login links
 * the person's subject, so a rename at the platform changes nothing after.
 */
export const UserMappingsCard = ({
  mappings,
  users,
  onChanged,
}: {
  mappings: readonly UserMapping[];
  users: Users;
  onChanged: (done: { zh: string; en: string }) => void;
}) => {
  const { t } = useLanguage();
  const adding = useServerForm<NewMapping>();
  const [removeError, setRemoveError] = useState<unknown>(null);
  const add = async (fields: NewMapping) => {
    const claimValue = fields.claimValue.trim();
    if (
      await adding.submit(() => api("PUT", "/api/oidc/user-mappings", { ...fields, claimValue }))
    ) {
      adding.form.resetFields();
      onChanged({ zh: `已添加「${claimValue}」`, en: `Mapped "${claimValue}"` });
    }
  };
  const remove = async ({ claimValue }: UserMapping) => {
    setRemoveError(null);
    try {
      await api("DELETE", "/api/oidc/user-mappings", { claimValue });
      onChanged({ zh: `已删除「${claimValue}」`, en: `Removed "${claimValue}"` });
    } catch (failure) {
      setRemoveError(failure);
    }
  };
  const columns: TableProps<UserMapping>["columns"] = [
    { title: t({ zh: "平台用户名", en: "Provider username" }), dataIndex: "claimValue" },
    { title: t({ zh: "督办用户", en: "Duban user" }), dataIndex: "username" },
    {
      title: t({ zh: "操作", en: "Actions" }),
      key: "actions",
      width: 90,
      render: (_, mapping) => (
        <Popconfirm
          title={t({
            zh: `删除「${mapping.claimValue}」的对应？`,
            en: `Remove "${mapping.claimValue}"?`,
          })}
          description={t({
            zh: "已登录过的人仍与其账号关联。",
            en: "A person who signed in already stays linked to the user.",
          })}
          onConfirm={() => void remove(mapping)}
        >
          <Button type="link" danger>
            {t({ zh: "删除", en: "Remove" })}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <Card size="small" title={t({ zh: "账号对应", en: "User mapping" })}>
      <ErrorAlert error={adding.error ?? removeError} />
      <Form
        form={adding.form}
        name="oidc-user-mapping"
        layout="inline"
        style={{ marginBottom: 12, rowGap: 8 }}
        onFinish={(fields) => void add(fields)}
      >
        <Form.Item
          name="claimValue"
          label={t({ zh: "平台用户名", en: "Provider username" })}
          rules={[requiredText(t), maxLength(t, 200)]}
        >
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="userId"
          label={t({ zh: "督办用户", en: "Duban user" })}
          rules={[required(t)]}
        >
          <Select
            showSearch={{ optionFilterProp: "label" }}
            style={{ width: 240 }}
            options={users.map((user) => ({
              value: user.id,
              label: `${user.displayName}（${user.username}）`,
            }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={adding.busy}>
            {t({ zh: "添加", en: "Add" })}
          </Button>
        </Form.Item>
      </Form>
      <Table<UserMapping>
        size="small"
        rowKey="claimValue"
        columns={columns}
        dataSource={[...mappings]}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t({ zh: "还没有账号对应", en: "No user mappings yet" }) }}
      />
    </Card>
  );
};

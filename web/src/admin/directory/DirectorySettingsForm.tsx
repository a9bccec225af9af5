import { Alert, Button, Form, Input, Space } from "antd";
import { useEffect, useState } from "react";
import { api, type Answer } from "../../api.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useLanguage } from "../../i18n.js";
import { useServerForm } from "../use-server-form.js";

type Settings = Answer<"/api/admin/directory", "get">;
type Values = Omit<Settings, "source" | "bindPasswordSet" | "url"> & {
  url: string;
  bindPassword?: string;
};

/**
 * The directory's settings as the admin screen keeps them; read only while
 * the environment (DUBAN_LDAP_*) configures it, since the environment wins.
 * The service account's password is never shown: left empty, it is kept.
 */
export const DirectorySettingsForm = ({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved: () => void;
}) => {
  const { t } = useLanguage();
  const { form, error, busy, submit } = useServerForm<Values>();
  const [tested, setTested] = useState<{ problem: string | null } | null>(null);
  const fromEnvironment = settings.source === "environment";
  useEffect(() => {
    form.setFieldsValue({ ...settings, url: settings.url ?? "", bindPassword: "" });
  }, [form, settings]);
  const save = async (values: Values) => {
    const { bindPassword, ...rest } = values;
    const saved = await submit(() =>
      api("PUT", "/api/admin/directory", {
        ...rest,
        ...(bindPassword === undefined || bindPassword === "" ? {} : { bindPassword }),
      }),
    );
    if (saved) onSaved();
  };
  const test = async () => {
    setTested(null);
    setTested(await api<{ problem: string | null }>("POST", "/api/admin/directory/test"));
  };
  return (
    <>
      {fromEnvironment && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t({
            zh: "目录由服务器环境变量 DUBAN_LDAP_* 配置（环境变量优先），此处只读。",
            en: "The directory is configured by the server's DUBAN_LDAP_* variables (they win); read only here.",
          })}
        />
      )}
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        disabled={fromEnvironment}
        style={{ maxWidth: 640 }}
        onFinish={(values: Values) => void save(values)}
      >
        <Form.Item
          name="url"
          label={t({ zh: "目录地址", en: "Directory URL" })}
          extra="ldaps://ldap.example.gov.cn:636"
        >
          <Input />
        </Form.Item>
        <Form.Item name="baseDn" label={t({ zh: "搜索起点（Base DN）", en: "Base DN" })}>
          <Input placeholder="dc=example,dc=gov,dc=cn" />
        </Form.Item>
        <Form.Item name="bindDn" label={t({ zh: "服务账号 DN", en: "Service account DN" })}>
          <Input />
        </Form.Item>
        <Form.Item
          name="bindPassword"
          label={t({ zh: "服务账号密码", en: "Service account password" })}
        >
          <Input.Password
            autoComplete="new-password"
            placeholder={
              settings.bindPasswordSet
                ? t({ zh: "已设置，留空则不变", en: "Set; leave empty to keep it" })
                : ""
            }
          />
        </Form.Item>
        <Form.Item
          name="userFilter"
          label={t({ zh: "用户过滤器", en: "User filter" })}
          extra={t({
            zh: "OpenLDAP：(uid={username})；Active Directory：(sAMAccountName={username})",
            en: "OpenLDAP: (uid={username}); Active Directory: (sAMAccountName={username})",
          })}
        >
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="usernameAttribute"
            label={t({ zh: "用户名属性", en: "Username attribute" })}
          >
            <Input />
          </Form.Item>
          <Form.Item name="nameAttribute" label={t({ zh: "姓名属性", en: "Name attribute" })}>
            <Input />
          </Form.Item>
        </Space>
        <Space>
          {!fromEnvironment && (
            <Button type="primary" htmlType="submit" loading={busy}>
              {t({ zh: "保存", en: "Save" })}
            </Button>
          )}
          <Button
            disabled={settings.source === "none"}
            onClick={() => void test().catch(() => undefined)}
          >
            {t({ zh: "测试连接", en: "Test the connection" })}
          </Button>
        </Space>
      </Form>
      {tested !== null && (
        <Alert
          style={{ marginTop: 16 }}
          type={tested.problem === null ? "success" : "error"}
          title={
            tested.problem === null
              ? t({
                  zh: "目录可以连接，服务账号有效",
                  en: "The directory answers and takes the service account",
                })
              : tested.problem
          }
        />
      )}
    </>
  );
};

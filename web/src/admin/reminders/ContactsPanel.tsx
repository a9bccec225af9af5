import { Button, Popconfirm, Select, Space, Table, Tag, type TableProps } from "antd";
import { useState } from "react";
import { api, type Answer, type Schema } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useApi } from "../../common/use-api.js";
import { useUnits } from "../use-units.js";
import { CONTACT_KINDS, contactTarget } from "./contact-kinds.js";
import { ContactForm } from "./ContactForm.js";

type UnitContact = Schema<"UnitContact">;

const UnitContacts = ({ unitId }: { unitId: number }) => {
  const { t } = useLanguage();
  const path = `/api/units/${String(unitId)}/contacts`;
  const contacts = useApi<Answer<"/api/units/{id}/contacts", "get">>(path);
  const [error, setError] = useState<unknown>(null);
  const remove = async (contact: UnitContact) => {
    setError(null);
    try {
      await api("DELETE", `${path}/${String(contact.id)}`);
      contacts.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  const columns: TableProps<UnitContact>["columns"] = [
    { title: t({ zh: "名称", en: "Label" }), dataIndex: "label", width: 160 },
    {
      title: t({ zh: "渠道", en: "Channel" }),
      key: "kind",
      width: 190,
      render: (_, { contact }) => (
        <>
          <Tag>{t(CONTACT_KINDS[contact.kind].label)}</Tag>
          {"hasSecret" in contact && contact.hasSecret && (
            <Tag color="green">{t({ zh: "已加签", en: "Signed" })}</Tag>
          )}
        </>
      ),
    },
    {
      title: t({ zh: "地址", en: "Address" }),
      key: "target",
      render: (_, { contact }) => contactTarget(contact),
    },
    {
      title: t({ zh: "操作", en: "Actions" }),
      key: "actions",
      width: 80,
      render: (_, contact) => (
        <Popconfirm
          title={t({ zh: `删除「${contact.label}」？`, en: `Remove "${contact.label}"?` })}
          onConfirm={() => void remove(contact)}
        >
          <Button type="link" danger>
            {t({ zh: "删除", en: "Remove" })}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <ErrorAlert error={error ?? contacts.error} />
      <Table<UnitContact>
        size="small"
        rowKey="id"
        loading={contacts.loading}
        pagination={false}
        columns={columns}
        dataSource={contacts.data?.items ?? []}
        scroll={{ x: 600 }}
      />
      <ContactForm unitId={unitId} onAdded={contacts.reload} />
    </Space>
  );
};

/** Each unit's reminder contacts (administrators): e-mail, a signed webhook, or a chat robot. */
export const ContactsPanel = () => {
  const { t } = useLanguage();
  const { options } = useUnits();
  const [unitId, setUnitId] = useState<number | null>(null);
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Select
        showSearch={{ optionFilterProp: "label" }}
        placeholder={t({ zh: "选择单位", en: "Choose a unit" })}
        aria-label={t({ zh: "单位", en: "Unit" })}
        options={options}
        value={unitId}
        onChange={setUnitId}
        style={{ width: 280, maxWidth: "100%" }}
      />
      {unitId !== null && <UnitContacts key={unitId} unitId={unitId} />}
    </Space>
  );
};

import { Button, Form, Input, Select } from "antd";
import { api } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useServerForm } from "../use-server-form.js";
import { maxLength, required, requiredText, webUrlRule } from "../validation.js";
import { CONTACT_KINDS, type Contact, type ContactKind } from "./contact-kinds.js";

/** The request body's shape ({ label, contact }), every channel's fields side by side. */
interface ContactFields {
  readonly label: string;
  readonly contact: {
    readonly kind: ContactKind;
    readonly address?: string;
    readonly name?: string;
    readonly url?: string;
    readonly secret?: string;
  };
}

const contactOf = ({ contact }: ContactFields): Contact => {
  const secret =
    contact.secret === undefined || contact.secret === "" ? {} : { secret: contact.secret };
  const url = contact.url ?? "";
  switch (contact.kind) {
    case "email":
      return {
        kind: "email",
        address: contact.address ?? "",
        ...(contact.name === undefined || contact.name === "" ? {} : { name: contact.name }),
      };
    case "webhook":
      return { kind: "webhook", url, secret: contact.secret ?? "" };
    case "wecom":
      return { kind: "wecom", url };
    case "dingtalk":
    case "feishu":
      return { kind: contact.kind, url, ...secret };
  }
};

/** Adds where a unit's reminders go: POST /api/units/{id}/contacts. */
export const ContactForm = ({ unitId, onAdded }: { unitId: number; onAdded: () => void }) => {
  const { t } = useLanguage();
  const { form, error, busy, submit } = useServerForm<ContactFields>();
  const kind = Form.useWatch<ContactKind | undefined>(["contact", "kind"], form) ?? "email";
  const secret = CONTACT_KINDS[kind].secret;
  const add = async (fields: ContactFields) => {
    const body = { label: fields.label, contact: contactOf(fields) };
    if (await submit(() => api("POST", `/api/units/${String(unitId)}/contacts`, body))) {
      form.resetFields();
      onAdded();
    }
  };
  return (
    <Form<ContactFields>
      form={form}
      layout="vertical"
      initialValues={{ contact: { kind: "email" } }}
      onFinish={(fields) => void add(fields)}
      style={{ maxWidth: 560 }}
    >
      <ErrorAlert error={error} />
      <Form.Item
        name="label"
        label={t({ zh: "名称", en: "Label" })}
        rules={[requiredText(t), maxLength(t, 100)]}
        extra={t({
          zh: "如：办公室邮箱、工作群机器人",
          en: "e.g. office mailbox, work group robot",
        })}
      >
        <Input />
      </Form.Item>
      <Form.Item name={["contact", "kind"]} label={t({ zh: "渠道", en: "Channel" })}>
        <Select
          options={Object.entries(CONTACT_KINDS).map(([value, { label }]) => ({
            value,
            label: t(label),
          }))}
        />
      </Form.Item>
      {kind === "email" ? (
        <>
          <Form.Item
            name={["contact", "address"]}
            label={t({ zh: "邮箱地址", en: "E-mail address" })}
            rules={[
              required(t),
              { type: "email", message: t({ zh: "邮箱地址不正确", en: "Not an e-mail address" }) },
            ]}
          >
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name={["contact", "name"]}
            label={t({ zh: "收件人姓名（可选）", en: "Recipient's name (optional)" })}
            rules={[maxLength(t, 100)]}
          >
            <Input />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name={["contact", "url"]}
          label={t({ zh: "Webhook 地址", en: "Webhook URL" })}
          rules={[required(t), webUrlRule(t)]}
        >
          <Input autoComplete="off" placeholder="https://" />
        </Form.Item>
      )}
      {secret !== "none" && (
        <Form.Item
          name={["contact", "secret"]}
          label={
            secret === "required"
              ? t({ zh: "签名密钥（16–200 个字符）", en: "Signing secret (16–200 characters)" })
              : t({ zh: "加签密钥（可选）", en: "Signing secret (optional)" })
          }
          rules={[
            ...(secret === "required"
              ? [
                  required(t),
                  { min: 16, message: t({ zh: "至少 16 个字符", en: "At least 16 characters" }) },
                ]
              : []),
            maxLength(t, 200),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      <Button htmlType="submit" loading={busy}>
        {t({ zh: "添加联系方式", en: "Add the contact" })}
      </Button>
    </Form>
  );
};

import { Card } from "antd";
import type { Answer } from "../../api.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { useApi } from "../../common/use-api.js";
import { useLanguage } from "../../i18n.js";
import { DirectorySettingsForm } from "./DirectorySettingsForm.js";
import { ProposalsPanel } from "./ProposalsPanel.js";

/** LDAP 目录: where the directory is, and what its sync proposes (administrators). */
export const DirectorySection = () => {
  const { t } = useLanguage();
  const settings = useApi<Answer<"/api/admin/directory", "get">>("/api/admin/directory");
  return (
    <>
      <ErrorAlert error={settings.error} />
      <Card title={t({ zh: "目录设置", en: "Directory settings" })} style={{ marginBottom: 16 }}>
        {settings.data && (
          <DirectorySettingsForm settings={settings.data} onSaved={settings.reload} />
        )}
      </Card>
      {settings.data !== undefined && settings.data.source !== "none" && (
        <Card title={t({ zh: "同步建议", en: "Sync proposals" })}>
          <ProposalsPanel />
        </Card>
      )}
    </>
  );
};

import { Typography } from "antd";
import type { Answer } from "../../api.js";
import { useLanguage } from "../../i18n.js";
import { ErrorAlert } from "../../common/ErrorAlert.js";
import { LinksTable } from "../../common/LinksTable.js";
import { useApi } from "../../common/use-api.js";

/**
 * 填报链接: the links sent to units without accounts (GET /api/links: the
 * office's list holds all), with their use, and 撤销 for the live ones.
 */
export const LinksSection = () => {
  const { t } = useLanguage();
  const links = useApi<Answer<"/api/links", "get">>("/api/links");
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t({
          zh: "发给没有账号的单位的填报链接：凭链接可查看所列节点计划并报送材料。在节点计划页面用“生成填报链接”新建。",
          en: "Links sent to units without accounts: each reads the milestones it names and sends input. Issue one from a milestone's page (Issue a link).",
        })}
      </Typography.Paragraph>
      <ErrorAlert error={links.error} />
      <LinksTable links={links.data?.items ?? []} loading={links.loading} reload={links.reload} />
    </>
  );
};

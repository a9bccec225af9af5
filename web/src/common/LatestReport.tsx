import { Flex, Typography } from "antd";
import type { Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";

/** The latest progress in a table cell: two lines of text (all of it on hover), its day and percent. */
export const LatestReportCell = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  const report = milestone.latestReport;
  if (report === null)
    return (
      <Typography.Text type="secondary">{t({ zh: "尚未报告", en: "None yet" })}</Typography.Text>
    );
  return (
    <Flex vertical gap={2}>
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: report.text }} style={{ margin: 0 }}>
        {report.text}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {report.on}
        {report.percent === null ? "" : ` · ${String(report.percent)}%`}
      </Typography.Text>
    </Flex>
  );
};

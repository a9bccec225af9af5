import { FileTextOutlined } from "@ant-design/icons";
import { DownloadMenu } from "../common/DownloadMenu.js";

/** The bulletin's file in a format, from the export route: the same figures the dashboard shows. */
const bulletinHref = (planId: number, asOf: string, format: "docx" | "xlsx"): string =>
  `/api/plans/${String(planId)}/export?${new URLSearchParams({ format, bulletin: "true", asOf }).toString()}`;

/** 生成通报: the progress bulletin of the dashboard's plan and day, as Word or Excel. */
export const BulletinButton = ({ planId, asOf }: { planId: number; asOf: string }) => (
  <DownloadMenu
    label={{ zh: "生成通报", en: "Progress bulletin" }}
    icon={<FileTextOutlined />}
    choices={[
      {
        key: "docx",
        label: { zh: "Word 通报（.docx）", en: "Word bulletin (.docx)" },
        href: bulletinHref(planId, asOf, "docx"),
      },
      {
        key: "xlsx",
        label: { zh: "Excel 通报（.xlsx）", en: "Excel bulletin (.xlsx)" },
        href: bulletinHref(planId, asOf, "xlsx"),
      },
    ]}
  />
);

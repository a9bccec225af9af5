import { Progress, Typography } from "antd";
import { useLanguage } from "../i18n.js";

/** How much of the table has gone to the server; once all of it, that the server is reading it. */
export const UploadProgress = ({ fraction }: { readonly fraction: number }) => {
  const { t } = useLanguage();
  const percent = Math.round(fraction * 100);
  return (
    <div data-testid="upload-progress">
      <Typography.Text type="secondary">
        {percent < 100
          ? t({ zh: "正在上传表格…", en: "Uploading the table…" })
          : t({ zh: "已上传，正在读取表格…", en: "Uploaded; reading the table…" })}
      </Typography.Text>
      <Progress
        percent={percent}
        status="active"
        aria-label={t({ zh: "上传进度", en: "Upload progress" })}
      />
    </div>
  );
};

import { InboxOutlined } from "@ant-design/icons";
import { App, Upload, type UploadFile } from "antd";
import { useLanguage } from "../i18n.js";
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from "./evidence-files.js";

/**
 * A drop zone (or a click to choose) that only collects files: they go up
 * with the form, inside its request, not one by one as they are dropped.
 * Used as a Form.Item child with valuePropName="fileList".
 */
export const EvidenceDragger = ({
  id,
  fileList,
  onChange,
}: {
  id?: string;
  fileList?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
}) => {
  const { t } = useLanguage();
  const { message } = App.useApp();
  return (
    <Upload.Dragger
      id={id}
      multiple
      accept={EVIDENCE_ACCEPT}
      fileList={fileList ?? []}
      maxCount={MAX_EVIDENCE_FILES}
      beforeUpload={(file) => {
        if (file.size <= MAX_EVIDENCE_BYTES) return false;
        void message.error(
          t({ zh: `${file.name} 超过 20 MB`, en: `${file.name} is larger than 20 MB` }),
        );
        return Upload.LIST_IGNORE;
      }}
      onChange={({ fileList: next }) => onChange?.(next)}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">
        {t({ zh: "把文件拖到这里，或点击选择", en: "Drop files here, or click to choose" })}
      </p>
      <p className="ant-upload-hint">
        {t({
          zh: "PDF、图片、Word/Excel/PPT、OFD；最多 10 个，每个不超过 20 MB",
          en: "PDF, images, Word/Excel/PowerPoint, OFD; up to 10 files of 20 MB each",
        })}
      </p>
    </Upload.Dragger>
  );
};

import { PaperClipOutlined } from "@ant-design/icons";
import { Flex, Typography } from "antd";
import type { Answer } from "../api.js";
import { useLanguage } from "../i18n.js";
import { useApi } from "../common/use-api.js";
import type { RequestAsk } from "./request-payload.js";

type History = Answer<"/api/milestones/{id}/history", "get">;

const BOX_STYLE = {
  background: "#fafafa",
  borderInlineStart: "4px solid",
  borderRadius: 4,
  padding: "8px 12px",
  marginTop: 8,
} as const;

/** Evidence files as download links, named as uploaded (the milestone's history knows the names). */
const EvidenceLinks = ({ milestoneId, ids }: { milestoneId: number; ids: readonly number[] }) => {
  const { t } = useLanguage();
  const history = useApi<History>(
    ids.length === 0 ? null : `/api/milestones/${milestoneId}/history`,
  );
  if (ids.length === 0)
    return <Typography.Text type="secondary">{t({ zh: "无", en: "none" })}</Typography.Text>;
  const names = new Map(history.data?.attachments.map((a) => [a.id, a.name]));
  return (
    <Flex gap={12} wrap component="span">
      {ids.map((id) => (
        <a key={id} href={`/api/attachments/${id}`} download>
          <PaperClipOutlined aria-hidden />{" "}
          {names.get(id) ?? `${t({ zh: "附件", en: "File" })} ${id}`}
        </a>
      ))}
    </Flex>
  );
};

/** What the unit asks for, set apart from the milestone's particulars. */
export const RequestAskBox = ({
  ask,
  milestoneId,
  currentDue,
}: {
  ask: RequestAsk;
  milestoneId: number;
  currentDue: string | null;
}) => {
  const { t } = useLanguage();
  if (ask.kind === "extension")
    return (
      <div style={{ ...BOX_STYLE, borderInlineStartColor: "#fa8c16" }}>
        <div>
          {t({ zh: "申请延期至", en: "New due date asked for:" })}{" "}
          <Typography.Text strong>{ask.newDue}</Typography.Text>
          {currentDue === null
            ? ""
            : t({ zh: `（现为 ${currentDue}）`, en: ` (now ${currentDue})` })}
        </div>
        <div style={{ whiteSpace: "pre-wrap" }}>
          {t({ zh: "理由：", en: "Reason: " })}
          {ask.reason}
        </div>
      </div>
    );
  return (
    <div style={{ ...BOX_STYLE, borderInlineStartColor: "#52c41a" }}>
      <div>
        {t({ zh: "完成日期：", en: "Completed on: " })}
        <Typography.Text strong>{ask.completedOn}</Typography.Text>
      </div>
      <div style={{ whiteSpace: "pre-wrap" }}>
        {t({ zh: "完成情况：", en: "Note: " })}
        {ask.text === "" ? t({ zh: "（未填写）", en: "(none)" }) : ask.text}
      </div>
      <Flex gap={4} wrap>
        <span>{t({ zh: "佐证材料：", en: "Evidence: " })}</span>
        <EvidenceLinks milestoneId={milestoneId} ids={ask.attachmentIds} />
      </Flex>
    </div>
  );
};

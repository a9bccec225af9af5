import { PaperClipOutlined } from "@ant-design/icons";
import { Flex, Progress, Tag, Typography } from "antd";
import type { Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { byteSize } from "../common/byte-size.js";
import { textOf } from "../common/labels.js";
import {
  idsField,
  numberField,
  openSubStepsField,
  textField,
  unitName,
  type LedgerEntry,
  type MilestoneHistory,
} from "./ledger-entry.js";
import { REQUEST_STATE } from "./ledger-labels.js";
import { NoticeLink } from "./NoticesPanel.js";

/** Evidence files of an entry, each a download link. */
const Attachments = ({ ids, history }: { ids: readonly number[]; history: MilestoneHistory }) => {
  const files = history.attachments.filter((file) => ids.includes(file.id));
  if (files.length === 0) return null;
  return (
    <Flex vertical gap={2}>
      {files.map((file) => (
        <a key={file.id} href={`/api/attachments/${String(file.id)}`} download={file.name}>
          <PaperClipOutlined /> {file.name} ({byteSize(file.size)})
        </a>
      ))}
    </Flex>
  );
};

/** What one ledger entry says beyond its kind and day: text, percent, dates, files, the request's fate. */
export const LedgerEntryDetails = ({
  entry,
  milestone,
  history,
}: {
  entry: LedgerEntry;
  milestone: Milestone;
  history: MilestoneHistory;
}) => {
  const { t } = useLanguage();
  const fields = entry.entry;
  const requestId = numberField(fields, "requestId");
  const request = history.requests.find((r) => r.id === requestId);
  const note = typeof request?.payload.text === "string" ? request.payload.text : null;
  const text =
    textField(fields, "text") ??
    textField(fields, "reason") ??
    textField(fields, "comment") ??
    textField(fields, "note") ??
    (fields.kind === "completion_declared" ? note : null);
  const percent = numberField(fields, "percent");
  const completedOn = textField(fields, "completedOn");
  const newDue = textField(fields, "newDue");
  const level = textField(fields, "level");
  const daysOverdue = numberField(fields, "daysOverdue");
  const noticeId = numberField(fields, "noticeId");
  const numberText = textField(fields, "numberText");
  const replyDue = textField(fields, "replyDue");
  const cited = history.entries.filter((e) => idsField(fields, "cites").includes(e.id));
  const openSubSteps = openSubStepsField(fields);
  return (
    <Flex vertical gap={4}>
      {openSubSteps !== null && (
        <Typography.Text type="warning">
          {t({
            zh: `申报时子计划尚有 ${String(openSubSteps.count)} 个步骤未完成，理由：${openSubSteps.reason}`,
            en: `${String(openSubSteps.count)} step(s) of the sub-plan were open; reason: ${openSubSteps.reason}`,
          })}
        </Typography.Text>
      )}
      {text !== null && text !== "" && (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
          {text}
        </Typography.Paragraph>
      )}
      {percent !== null && (
        <Progress
          percent={percent}
          size="small"
          style={{ maxWidth: 240 }}
          aria-label={t({ zh: "完成比例", en: "Percent done" })}
        />
      )}
      {completedOn !== null && (
        <span>
          {t({ zh: "完成日期", en: "Completed on" })} {completedOn}
        </span>
      )}
      {newDue !== null && (
        <span>
          {t({ zh: "新的完成时限", en: "New due date" })} {newDue}
        </span>
      )}
      {level !== null && (
        <span>
          <Tag color="volcano">{level}</Tag>
          {daysOverdue !== null &&
            t({ zh: `逾期 ${String(daysOverdue)} 天`, en: `${String(daysOverdue)} days overdue` })}
        </span>
      )}
      {noticeId !== null && numberText !== null && (
        <Flex gap={8} wrap>
          <NoticeLink id={noticeId} numberText={numberText} />
          <span>
            {t({
              zh: `发${textField(fields, "recipient") ?? ""} · 逾期 ${String(daysOverdue ?? 0)} 天 · ${replyDue ?? ""} 前反馈`,
              en: `to ${textField(fields, "recipient") ?? ""} · ${String(daysOverdue ?? 0)} days overdue · reply by ${replyDue ?? ""}`,
            })}
          </span>
        </Flex>
      )}
      {cited.length > 0 && (
        <Typography.Text type="secondary">
          {t({ zh: "引用：", en: "Cites: " })}
          {cited
            .map((c) => `${unitName(milestone, c.unitId)} ${c.actorName} ${c.entry.on}`)
            .join("；")}
        </Typography.Text>
      )}
      <Attachments ids={idsField(fields, "attachmentIds")} history={history} />
      {/* The request's fate; the office's comment comes in an entry of its own. */}
      {request !== undefined &&
        (fields.kind === "completion_declared" || fields.kind === "extension_requested") && (
          <Tag style={{ alignSelf: "flex-start" }}>{t(textOf(REQUEST_STATE, request.state))}</Tag>
        )}
    </Flex>
  );
};

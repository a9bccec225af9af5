import { FileWordOutlined } from "@ant-design/icons";
import { App, Button, Empty, Flex, Spin, Typography } from "antd";
import { api, type Answer, type Milestone, type Schema } from "../api.js";
import { useLanguage } from "../i18n.js";
import { ErrorAlert } from "../common/ErrorAlert.js";
import { useApi } from "../common/use-api.js";
import { useWorkflowWrite } from "./use-workflow-write.js";

type Notice = Schema<"Notice">;
type Notices = Answer<"/api/milestones/{id}/notices", "get">;

/** The browser saves the document under the name the server gives it (督办通知单〔2022〕第3号.docx). */
const download = (url: string): void => {
  const link = document.createElement("a");
  link.href = url;
  link.download = "";
  document.body.append(link);
  link.click();
  link.remove();
};

/** 督办通知单: the office confirms, the server numbers and records the notice, the browser downloads it. */
const IssueNoticeButton = ({ milestone, reload }: { milestone: Milestone; reload: () => void }) => {
  const { t } = useLanguage();
  const { message, modal } = App.useApp();
  const { run, error, busy } = useWorkflowWrite(reload);
  const lead = milestone.units.find((unit) => unit.role === "lead")?.unit ?? "";
  const issue = async () => {
    let issued: Notice | undefined;
    const sent = await run(async () => {
      issued = await api<Notice>("POST", `/api/milestones/${String(milestone.id)}/notices`, {});
    });
    if (!sent || issued === undefined) return;
    void message.success(
      t({
        zh: `已发出督办通知单${issued.numberText}，${issued.replyDue}前反馈`,
        en: `Supervision notice ${issued.numberText} issued; reply due ${issued.replyDue}`,
      }),
    );
    download(issued.documentUrl);
  };
  const confirm = () => {
    void modal.confirm({
      title: t({ zh: "发出督办通知单？", en: "Issue a supervision notice?" }),
      content: t({
        zh: `向${lead}发出督办通知单：按本年度督办通知单序号编号，记入该节点计划的历史，并下载 Word 文档。`,
        en: `A supervision notice to ${lead}: numbered in this year's sequence, recorded in the milestone's history, downloaded as Word.`,
      }),
      okText: t({ zh: "发出并下载", en: "Issue and download" }),
      cancelText: t({ zh: "取消", en: "Cancel" }),
      onOk: issue,
    });
  };
  return (
    <>
      <Button danger icon={<FileWordOutlined />} loading={busy} onClick={confirm}>
        {t({ zh: "督办通知单", en: "Supervision notice" })}
      </Button>
      <ErrorAlert error={error} />
    </>
  );
};

/** A notice's line: its number as the download link, to whom, and by when the reply is due. */
export const NoticeLink = ({ id, numberText }: { id: number; numberText: string }) => (
  <a href={`/api/notices/${String(id)}/document`} download>
    <FileWordOutlined /> 督办通知单{numberText}
  </a>
);

const NoticeList = ({ notices }: { notices: readonly Notice[] }) => {
  const { t } = useLanguage();
  return (
    <Flex vertical gap={6} data-testid="notice-list">
      {notices.map((notice) => (
        <Flex key={notice.id} gap={8} wrap>
          <NoticeLink id={notice.id} numberText={notice.numberText} />
          <Typography.Text type="secondary">
            {t({
              zh: `${notice.issuedOn} 发 ${notice.recipientUnit} · 逾期 ${String(notice.daysOverdue)} 天 · ${notice.replyDue} 前反馈`,
              en: `${notice.issuedOn} to ${notice.recipientUnit} · ${String(notice.daysOverdue)} days overdue · reply by ${notice.replyDue}`,
            })}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
};

/**
 * The supervision notices (督办通知单) of a milestone, for everyone who sees
 * it, and the office's button to issue one while the milestone is overdue.
 */
export const NoticesPanel = ({
  milestone,
  reload,
}: {
  milestone: Milestone;
  reload: () => void;
}) => {
  const { t } = useLanguage();
  const loaded = useApi<Notices>(`/api/milestones/${String(milestone.id)}/notices`);
  const mayIssue =
    milestone.can.issueNotice &&
    milestone.status === "overdue" &&
    milestone.removedInRevision === null;
  const reloadAll = () => {
    loaded.reload();
    reload();
  };
  if (loaded.data === undefined) {
    return loaded.error === undefined ? <Spin /> : <ErrorAlert error={loaded.error} />;
  }
  return (
    <Flex vertical gap={12}>
      {loaded.data.notices.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t({ zh: "尚未发过督办通知单", en: "No supervision notice yet" })}
        />
      ) : (
        <NoticeList notices={loaded.data.notices} />
      )}
      {mayIssue && (
        <div>
          <IssueNoticeButton milestone={milestone} reload={reloadAll} />
        </div>
      )}
    </Flex>
  );
};

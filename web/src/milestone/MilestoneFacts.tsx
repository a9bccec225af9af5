import { Descriptions, Flex, Progress, Tag, Typography } from "antd";
import type { Milestone } from "../api.js";
import { useLanguage } from "../i18n.js";
import { StatusLight } from "../common/StatusLight.js";
import {
  deadlineText,
  extendedFrom,
  milestoneLabel,
  unitsInOrder,
} from "../common/milestone-text.js";

const Units = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  return (
    <>
      {unitsInOrder(milestone).map((u) => (
        <Tag key={u.unitId} color={u.role === "lead" ? "blue" : undefined}>
          {u.unit}
          {u.role === "lead" ? ` · ${t({ zh: "牵头", en: "lead" })}` : ""}
        </Tag>
      ))}
    </>
  );
};

const Deadline = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  const original = extendedFrom(milestone);
  return (
    <>
      {deadlineText(milestone)}
      {milestone.due !== null && (
        <Typography.Text type="secondary"> （{milestone.due}）</Typography.Text>
      )}
      {original !== null && (
        <Tag color="blue" style={{ marginLeft: 8 }}>
          {t({ zh: `原定 ${original}，已延期`, en: `Extended from ${original}` })}
        </Tag>
      )}
    </>
  );
};

const Status = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  return (
    <>
      <StatusLight milestone={milestone} />
      {milestone.escalationLevel !== null && (
        <Tag color="volcano" style={{ marginLeft: 8 }}>
          {milestone.escalationLevel}
        </Tag>
      )}
      {milestone.workflow.phase === "completion_pending" && (
        <Tag color="gold" style={{ marginLeft: 8 }}>
          {t({ zh: "完成申报待审核", en: "Completion under review" })}
        </Tag>
      )}
      {milestone.reportMissing && (
        <Tag color="gold" style={{ marginLeft: 8 }}>
          {t({ zh: "缺本期报告", en: "Report missing" })}
        </Tag>
      )}
      {milestone.workflow.focus && (
        <Tag color="purple" style={{ marginLeft: 8 }}>
          {t({ zh: "重点关注", en: "Focus" })}
        </Tag>
      )}
    </>
  );
};

const Acknowledged = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  if (milestone.acknowledgedOn !== null) return <>{milestone.acknowledgedOn}</>;
  return (
    <>
      <Typography.Text type="secondary">{t({ zh: "未签收", en: "Not yet" })}</Typography.Text>
      {milestone.acknowledgementOverdue && (
        <Tag color="red" style={{ marginLeft: 8 }}>
          {t({ zh: "签收超期", en: "Acknowledgement overdue" })}
        </Tag>
      )}
    </>
  );
};

const LatestReport = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  const report = milestone.latestReport;
  if (report === null)
    return (
      <Typography.Text type="secondary">{t({ zh: "尚未报告", en: "None yet" })}</Typography.Text>
    );
  return (
    <Flex vertical gap={4}>
      <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
        {report.text}
      </Typography.Paragraph>
      {report.percent !== null && (
        <Progress percent={report.percent} size="small" style={{ maxWidth: 240 }} />
      )}
      <Typography.Text type="secondary">
        {t({ zh: "报告于", en: "Reported on" })} {report.on}
      </Typography.Text>
    </Flex>
  );
};

/** People named for the task and for this step (责任领导), as the table wrote them. */
const personsOf = (milestone: Milestone): string =>
  [...milestone.task.persons, ...milestone.persons]
    .map((person) => `${person.name}（${person.role}）`)
    .join("、");

/** What the latest imported table's progress column said: the office's record, not a report. */
const ImportedProgress = ({
  progress,
}: {
  progress: NonNullable<Milestone["importedProgress"]>;
}) => {
  const { t } = useLanguage();
  return (
    <Flex vertical gap={4}>
      {progress.entries.map((entry, index) => (
        // Two progress columns may share a header; their order is fixed.
        <Typography.Paragraph
          key={`${String(index)}:${entry.header}`}
          style={{ margin: 0, whiteSpace: "pre-wrap" }}
        >
          <Typography.Text strong>{entry.header}：</Typography.Text>
          {entry.text}
        </Typography.Paragraph>
      ))}
      <Typography.Text type="secondary">
        {t({
          zh: `第${String(progress.revision)}版导入的表格所载`,
          en: `As the table imported in revision ${String(progress.revision)} states`,
        })}
      </Typography.Text>
    </Flex>
  );
};

/** The milestone as the table issued it, and where it stands as of the server's today. */
export const MilestoneFacts = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  const done =
    milestone.completedOn === null ? null : (
      <>
        {milestone.completedOn}
        {milestone.late === true && (
          <Tag color="orange" style={{ marginLeft: 8 }}>
            {t({ zh: "逾期完成", en: "Late" })}
          </Tag>
        )}
      </>
    );
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { whiteSpace: "nowrap" } }}
      items={[
        {
          key: "task",
          label: t({ zh: "工作任务", en: "Task" }),
          children: `${milestone.task.label} ${milestone.task.title}`,
        },
        {
          key: "milestone",
          label: t({ zh: "节点计划", en: "Milestone" }),
          children: milestoneLabel(milestone),
        },
        {
          key: "units",
          label: t({ zh: "责任单位", en: "Units" }),
          children: <Units milestone={milestone} />,
        },
        ...(personsOf(milestone) === ""
          ? []
          : [
              {
                key: "persons",
                label: t({ zh: "责任人", en: "Persons" }),
                children: personsOf(milestone),
              },
            ]),
        {
          key: "due",
          label: t({ zh: "完成时限", en: "Deadline" }),
          children: <Deadline milestone={milestone} />,
        },
        {
          key: "status",
          label: t({ zh: "状态", en: "Status" }),
          children: <Status milestone={milestone} />,
        },
        ...(done === null
          ? []
          : [{ key: "done", label: t({ zh: "完成日期", en: "Done on" }), children: done }]),
        {
          key: "acknowledged",
          label: t({ zh: "签收", en: "Acknowledged" }),
          children: <Acknowledged milestone={milestone} />,
        },
        {
          key: "report",
          label: t({ zh: "最新进展", en: "Latest progress" }),
          children: <LatestReport milestone={milestone} />,
        },
        ...(milestone.importedProgress === null
          ? []
          : [
              {
                key: "imported",
                label: t({ zh: "表格所载进展", en: "Progress in the table" }),
                children: <ImportedProgress progress={milestone.importedProgress} />,
              },
            ]),
      ]}
    />
  );
};

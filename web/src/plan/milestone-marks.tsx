import { AuditOutlined, MessageOutlined, StarFilled } from "@ant-design/icons";
import { Space, Tooltip } from "antd";
import type { ReactNode } from "react";
import type { Milestone } from "../api.js";
import { useLanguage, type Text } from "../i18n.js";

type Marks = Milestone["marks"];

const REVIEW_LABEL: Readonly<Record<Marks["pendingReview"][number], Text>> = {
  completion: { zh: "完成申报待审核", en: "Completion awaiting review" },
  extension: { zh: "延期申请待审核", en: "Extension awaiting review" },
};

interface Mark {
  readonly key: string;
  readonly icon: ReactNode;
  /** Dark enough for 4.5:1 on white: the icon is the mark, its name is for screen readers. */
  readonly color: string;
  readonly label: Text;
  /** What the row's mark says, or null when the row has none of it. */
  readonly on: (marks: Marks) => Text | null;
}

/** The plan table's marks, in the order they appear on a row and in the legend. */
const MARKS: readonly Mark[] = [
  {
    key: "focus",
    icon: <StarFilled />,
    color: "#c41d7f",
    label: { zh: "重点关注", en: "Focus" },
    on: (marks) => (marks.focus ? { zh: "重点关注", en: "Focus" } : null),
  },
  {
    key: "review",
    icon: <AuditOutlined />,
    color: "#0958d9",
    label: { zh: "待审核", en: "Awaiting review" },
    on: (marks) => {
      const labels = marks.pendingReview.map((kind) => REVIEW_LABEL[kind]);
      return labels.length === 0
        ? null
        : {
            zh: labels.map((label) => label.zh).join("、"),
            en: labels.map((label) => label.en).join(", "),
          };
    },
  },
  {
    key: "instructions",
    icon: <MessageOutlined />,
    color: "#531dab",
    label: { zh: "有在办批示", en: "Open instructions" },
    on: (marks) =>
      marks.openInstructions === 0
        ? null
        : {
            zh: `${String(marks.openInstructions)} 条在办批示`,
            en: `${String(marks.openInstructions)} open instruction(s)`,
          },
  },
];

const MarkIcon = ({ mark, name }: { mark: Mark; name: string }) => (
  <Tooltip title={name}>
    <span role="img" aria-label={name} className="plan-mark" style={{ color: mark.color }}>
      {mark.icon}
    </span>
  </Tooltip>
);

/** A row's marks as icons, each named in words for screen readers and on hover. */
export const MilestoneMarks = ({ marks }: { marks: Marks }) => {
  const { t } = useLanguage();
  const shown = MARKS.flatMap((mark) => {
    const said = mark.on(marks);
    return said === null ? [] : [{ mark, name: t(said) }];
  });
  if (shown.length === 0) return null;
  return (
    <Space size={4} className="plan-marks">
      {shown.map(({ mark, name }) => (
        <MarkIcon key={mark.key} mark={mark} name={name} />
      ))}
    </Space>
  );
};

/** What each mark means, above the table and on paper. */
export const MarksLegend = () => {
  const { t } = useLanguage();
  return (
    <Space size={16} wrap aria-label={t({ zh: "标记图例", en: "Legend of marks" })} role="note">
      {MARKS.map((mark) => (
        <span key={mark.key}>
          <span aria-hidden="true" style={{ color: mark.color }}>
            {mark.icon}
          </span>{" "}
          {t(mark.label)}
        </span>
      ))}
    </Space>
  );
};

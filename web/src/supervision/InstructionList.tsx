import { Empty, Flex, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useLanguage } from "../i18n.js";
import { STATE_TAG, stateOf, targetName, type Instruction } from "./instruction-state.js";
import { formatInstant } from "./words.js";
import { PRIMARY_COLOR } from "../theme.js";

const ITEM_STYLE = {
  display: "block",
  padding: "10px 12px",
  borderRadius: 8,
  border: "1px solid #f0f0f0",
  color: "inherit",
} as const;

const SELECTED_STYLE = {
  ...ITEM_STYLE,
  borderColor: PRIMARY_COLOR,
  background: "#e6f4ff",
} as const;

/**
 * The instructions as links to their details; the open one is marked as the
 * current page. With plan titles (a list of several plans), each says its plan.
 */
export const InstructionList = ({
  instructions,
  awaiting,
  selected,
  office,
  planTitles,
}: {
  instructions: readonly Instruction[];
  awaiting: ReadonlySet<number>;
  selected: number | null;
  office: boolean;
  planTitles: ReadonlyMap<number, string> | null;
}) => {
  const { t } = useLanguage();
  if (instructions.length === 0)
    return <Empty description={t({ zh: "没有批示", en: "No instructions" })} />;
  return (
    <nav aria-label={t({ zh: "批示列表", en: "Instructions" })}>
      <Flex component="ul" vertical gap={8} style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {instructions.map((instruction) => {
          const state = stateOf(instruction, awaiting);
          const tag = STATE_TAG[state];
          const current = instruction.id === selected;
          return (
            <li key={instruction.id}>
              <Link
                to={`/instructions/${instruction.id}`}
                style={current ? SELECTED_STYLE : ITEM_STYLE}
                aria-current={current ? "page" : undefined}
              >
                <Flex gap={6} align="center" wrap>
                  <Tag color={tag.colour} style={{ marginInlineEnd: 0 }}>
                    {t(office ? tag.office : tag.unit)}
                  </Tag>
                  <Typography.Text strong>{t(targetName(instruction))}</Typography.Text>
                  <Typography.Text type="secondary">{instruction.issuedBy}</Typography.Text>
                </Flex>
                {planTitles !== null && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {planTitles.get(instruction.planId)}
                  </Typography.Text>
                )}
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: "4px 0" }}>
                  {instruction.text}
                </Typography.Paragraph>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatInstant(instruction.createdAt)}
                  {instruction.responseDue === null
                    ? ""
                    : ` · ${t({ zh: "反馈时限", en: "answer by" })} ${instruction.responseDue}`}
                  {` · ${t({ zh: `答复 ${instruction.responses.length} 条`, en: `${instruction.responses.length} answers` })}`}
                </Typography.Text>
              </Link>
            </li>
          );
        })}
      </Flex>
    </nav>
  );
};

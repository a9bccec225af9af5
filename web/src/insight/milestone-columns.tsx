import type { ColumnsType } from "antd/es/table";
import { Link } from "react-router";
import type { Milestone } from "../api.js";
import type { Text } from "../i18n.js";
import { StatusLight } from "../common/StatusLight.js";
import { leadUnits, milestoneName } from "./milestone-words.js";

/** Milestones listed in words, each a link to its page: what a chart or a calendar cell stands for. */
export const milestoneColumns = <Row,>(
  t: (text: Text) => string,
  milestoneOf: (row: Row) => Milestone,
): ColumnsType<Row> => [
  {
    title: t({ zh: "节点", en: "Milestone" }),
    render: (_, row) => {
      const milestone = milestoneOf(row);
      return (
        <Link to={`/milestones/${String(milestone.id)}`}>
          {milestoneName(milestone)} {milestone.text}
        </Link>
      );
    },
  },
  {
    title: t({ zh: "牵头单位", en: "Lead unit" }),
    render: (_, row) => leadUnits(milestoneOf(row)),
  },
  {
    title: t({ zh: "到期", en: "Due" }),
    render: (_, row) => milestoneOf(row).due,
  },
  {
    title: t({ zh: "状态", en: "Status" }),
    render: (_, row) => {
      const milestone = milestoneOf(row);
      return <StatusLight milestone={milestone} />;
    },
  },
];

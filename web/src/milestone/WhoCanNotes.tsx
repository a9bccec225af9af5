import { Flex, Typography } from "antd";
import { InfoCircleOutlined } from "@ant-design/icons";
import type { Milestone } from "../api.js";
import { useLanguage, type Text } from "../i18n.js";

/**
 * Where the viewer cannot take a step, who can: the server says who
 * (milestone.whoCan, read off its permission table); this only words it.
 */
const notesOf = (milestone: Milestone): Text[] => {
  const lead = milestone.units
    .filter((u) => u.role === "lead")
    .map((u) => u.unit)
    .join("、");
  const { whoCan, can } = milestone;
  const notes: Text[] = [];
  if (whoCan.acknowledge !== null) {
    notes.push({ zh: `签收由牵头单位（${lead}）办理`, en: `The lead unit (${lead}) acknowledges` });
  }
  if (whoCan.report !== null) {
    notes.push({
      zh: `本节点由牵头单位（${lead}）报送进展`,
      en: `The lead unit (${lead}) reports this milestone's progress`,
    });
  }
  const leaderStep = (step: Text, mayDraft: boolean): Text =>
    mayDraft
      ? {
          zh: `${step.zh}由单位负责人确认后报送督查室；您可起草`,
          en: `${step.en} goes to the office once the unit leader confirms it; you may draft it`,
        }
      : {
          zh: `${step.zh}由牵头单位（${lead}）负责人报送督查室`,
          en: `${step.en} is submitted to the office by the lead unit's (${lead}) leader`,
        };
  if (whoCan.declareCompletion === "lead_unit_leader") {
    notes.push(leaderStep({ zh: "申报完成", en: "Declaring completion" }, can.draftCompletion));
  }
  if (whoCan.requestExtension === "lead_unit_leader") {
    notes.push(leaderStep({ zh: "申请延期", en: "Requesting an extension" }, can.draftExtension));
  }
  if (whoCan.review === "office" && milestone.workflow.phase === "completion_pending") {
    notes.push({ zh: "审核由督查室进行", en: "The office reviews it" });
  }
  return notes;
};

export const WhoCanNotes = ({ milestone }: { milestone: Milestone }) => {
  const { t } = useLanguage();
  const notes = notesOf(milestone);
  if (notes.length === 0) return null;
  return (
    <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid="who-can">
      {notes.map((note) => (
        <Typography.Text key={note.zh} type="secondary">
          <InfoCircleOutlined aria-hidden /> {t(note)}
        </Typography.Text>
      ))}
    </Flex>
  );
};

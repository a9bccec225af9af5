import { Alert, Checkbox } from "antd";
import { useLanguage } from "../i18n.js";
import type { PlanMatch } from "./import-outcome.js";

/**
 * A stored plan has the table's title: the table becomes a plan of its own
 * unless the administrator confirms that it revises that plan. Ticking the
 * box previews it as that plan's next revision.
 */
export const PlanMatchChoice = ({
  match,
  chosen,
  onChoose,
}: {
  match: PlanMatch;
  chosen: boolean;
  onChoose: (revise: boolean) => void;
}) => {
  const { t } = useLanguage();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="import-plan-match"
      title={t({
        zh: `已有同名计划「${match.title}」（第 ${String(match.revision)} 版）`,
        en: `A plan of the same title exists: "${match.title}" (revision ${String(match.revision)})`,
      })}
      description={
        <Checkbox
          checked={chosen}
          onChange={(event) => {
            onChoose(event.target.checked);
          }}
        >
          {t({
            zh: "确认本表是该计划的新版本（不勾选则导入为新计划）",
            en: "This table is a new revision of that plan (otherwise it becomes a new plan)",
          })}
        </Checkbox>
      }
    />
  );
};
